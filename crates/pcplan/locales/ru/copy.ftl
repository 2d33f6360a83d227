## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = Эта копия для { $name }.
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = { $count ->
    [one] { $count } часть плана не включена, как я решил(а).
    [few] { $count } части плана не включены, как я решил(а).
   *[other] { $count } частей плана не включены, как я решил(а).
}
