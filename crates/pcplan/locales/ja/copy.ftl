## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = この写しは { $name } のためのものです。
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = 私の選択により、計画の { $count } か所を省いています。
