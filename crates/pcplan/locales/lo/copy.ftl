## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = ສຳເນົານີ້ແມ່ນສຳລັບ { $name }.
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = ມີ { $count } ສ່ວນຂອງແຜນຖືກເອົາອອກ, ຕາມທີ່ຂ້ອຍເລືອກ.
