## Rule P9: copies given out (draft translation; needs review by a qualified translator).

p9-copy-to-declined = Tus neeg xaiv tsis qhia txoj kev npaj rau tus neeg txais no, tiam sis tau muab ib daim rau.
    .help = Qhia rau tus neeg. Thov tus neeg txais xa rov qab los yog rhuav daim ntawv, thiab ua raws li lub koom haum txoj kev tiv thaiv ntiag tug.
p9-copy-not-entitled = Tus neeg txais no tau txais tag nrho txoj kev npaj, suav nrog cov feem uas nws tsis tsim nyog pom.
    .help = Muab daim uas ua rau nws. Qhia rau tus neeg, thiab ua raws li txoj kev tiv thaiv ntiag tug.
