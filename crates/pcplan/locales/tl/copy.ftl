## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = Ang kopyang ito ay para kay { $name }.
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = { $count } bahagi ng plano ang hindi isinama, ayon sa pinili ko.
