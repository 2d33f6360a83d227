## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = 此副本提供給 { $name }。
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = 依照我的選擇，計畫中有 { $count } 個部分未包括在內。
