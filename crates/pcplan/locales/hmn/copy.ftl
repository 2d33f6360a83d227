## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = Daim ntawv no yog rau { $name }.
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = Muaj { $count } feem ntawm txoj kev npaj raug tshem tawm, raws li kuv xaiv.
