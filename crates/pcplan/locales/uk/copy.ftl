## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = Ця копія для { $name }.
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = { $count ->
    [one] { $count } частину плану не включено, як я вирішив(-ла).
    [few] { $count } частини плану не включено, як я вирішив(-ла).
   *[other] { $count } частин плану не включено, як я вирішив(-ла).
}
