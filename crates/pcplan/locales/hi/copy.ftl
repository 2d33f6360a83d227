## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = यह प्रति { $name } के लिए है।
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = मेरी पसंद के अनुसार योजना के { $count } भाग छोड़े गए।
