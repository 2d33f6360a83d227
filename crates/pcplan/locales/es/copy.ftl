## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = Esta copia es para { $name }.
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = { $count ->
    [one] Se dejó fuera una parte del plan, como yo lo decidí.
   *[other] Se dejaron fuera { $count } partes del plan, como yo lo decidí.
}
