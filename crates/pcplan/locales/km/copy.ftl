## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = ច្បាប់ចម្លងនេះសម្រាប់ { $name }។
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = ផ្នែក { $count } នៃផែនការត្រូវបានដកចេញ តាមការជ្រើសរើសរបស់ខ្ញុំ។
