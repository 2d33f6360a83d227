## A copy made for one recipient (see the copy module): who it is for, how much was left out.
## Draft translation; needs review by a qualified translator.

# $name: the recipient's name.
copy-for = 이 사본은 { $name }을(를) 위한 것입니다.
# $count: how many parts of the plan (needs, supports, an address…) the copy left out.
copy-withheld = 제 선택에 따라 계획의 { $count }개 부분을 뺐습니다.
