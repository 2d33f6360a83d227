## Cov lus siv ua ke: lub npe ntawm hom lus no thiab hom ntawv sau hnub tim (CLDR tsis muaj cov ntaub ntawv rau lus Hmoob).

# Lub npe ntawm hom lus no, sau ua hom lus no.
language-name = Hmoob

# CLDR has no date data for Hmong: this pattern is used. Day, month, year, the Hmong order.
date-format = hnub tim { $day } { $month } xyoo { $year }
month-1 = lub Ib Hlis
month-2 = lub Ob Hlis
month-3 = lub Peb Hlis
month-4 = lub Plaub Hlis
month-5 = lub Tsib Hlis
month-6 = lub Rau Hli
month-7 = lub Xya Hli
month-8 = lub Yim Hli
month-9 = lub Cuaj Hli
month-10 = lub Kaum Hli
month-11 = lub Kaum Ib Hlis
month-12 = lub Kaum Ob Hlis
