## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = Bản sao này dành cho { $name }.
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = { $count } phần của kế hoạch đã được bỏ ra, theo lựa chọn của tôi.
