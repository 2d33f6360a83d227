## A copy made for one recipient (see the copy module): who it is for, how much was left out.

# $name: the recipient's name.
copy-for = This copy is for { $name }.
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = { $count ->
    [one] One part of the plan was left out, as I chose.
   *[other] { $count } parts of the plan were left out, as I chose.
}
