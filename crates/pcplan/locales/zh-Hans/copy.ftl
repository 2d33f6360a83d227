## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = 此副本提供给 { $name }。
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = 按照我的选择，计划中有 { $count } 个部分未包括在内。
