## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me" (ฉัน).
## Labels end with their own punctuation (a colon in Thai too). Thai sentences end without a period.
## Values inserted into messages are already formatted: dates and numbers for the document's language.

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = แผนที่ยึดตัวฉันเป็นศูนย์กลาง: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: แผนที่ยึดตัวฉันเป็นศูนย์กลาง
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name } แผนที่ยึดบุคคลเป็นศูนย์กลาง ฉบับที่ { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = หน้า { $page } จาก { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = แผนของฉันฉบับที่ { $version } มีผลตั้งแต่ { $start } ถึง { $end }
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = แผนของฉันฉบับที่ { $version } มีผลตั้งแต่ { $start }
label-latest-change = สิ่งที่เปลี่ยนไปในฉบับนี้:
changes-heading = สิ่งที่เปลี่ยนไปจากฉบับก่อน
# Shown where a table cell has nothing recorded.
not-recorded = ไม่ได้บันทึกไว้

## About me

about-me-heading = เกี่ยวกับตัวฉัน
label-preferred-name = ชื่อที่ฉันอยากให้เรียก:
label-pronouns = คำสรรพนามของฉัน:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] เขา (ผู้ชาย)
    [she] เธอ (ผู้หญิง)
   *[they] เขา (ไม่ระบุเพศ)
}
label-identity-language = คำที่ฉันอยากให้ใช้เรียกฉัน:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] ภาษาที่เน้นบุคคลก่อน (เช่น “บุคคลที่มีความพิการ”)
    [identity-first] ภาษาที่เน้นอัตลักษณ์ก่อน (เช่น “คนพิการ”)
   *[other] ไม่มีความชอบเป็นพิเศษ
}
label-identity-terms = คำที่ฉันใช้เรียกตัวเอง:
label-languages = ภาษาของฉัน:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = ฉันพูด{ $spoken } ฉันอ่านและเขียน{ $written }
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = เมื่อการประชุมใช้ภาษาอื่น ฉันต้องการล่าม{ $languages }
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] ดีมาก
    [good] ดี
    [fair] พอใช้ได้
   *[poor] นิดหน่อย
})
label-residence = ที่ที่ฉันอาศัยอยู่ตอนนี้:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] ในบ้านของฉันเอง
    [with-family-or-friends] กับครอบครัวหรือเพื่อน
    [shelter] ในที่พักพิง
    [domestic-violence-shelter] ในที่พักพิงที่ปลอดภัย
    [transitional-housing] ในที่พักชั่วคราว (transitional housing)
    [recuperative-care] ในสถานที่ดูแลระหว่างพักฟื้น
    [supportive-housing] ในที่อยู่อาศัยที่มีบริการสนับสนุน
    [group-home] ในบ้านพักกลุ่ม (group home)
    [assisted-living] ในที่พักที่มีผู้ช่วยดูแลชีวิตประจำวัน (assisted living)
    [nursing-facility] ในสถานพยาบาลดูแลระยะยาว (nursing facility)
    [hospital] ในโรงพยาบาล
    [incarcerated] ในเรือนจำหรือที่คุมขัง
    [unsheltered] ไม่มีที่พัก
   *[other] ที่อื่น
}
# $date: a date.
residence-since = ตั้งแต่ { $date }
label-name-as-written = ชื่อของฉันตามที่ฉันเขียน:
label-formats = ฉันต้องการเอกสารในรูปแบบ:
label-birth-date = วันเกิดของฉัน:
label-legal-name = ชื่อตามกฎหมายของฉัน (สำหรับระบุตัวตน):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] หมายเลข Medi-Cal ของฉัน (CIN):
    [state-id] บัตรประจำตัวที่ออกโดยรัฐของฉัน:
    [medical-record-number] หมายเลขเวชระเบียนของฉัน:
    [member-id] หมายเลขสมาชิกแผนประกันสุขภาพของฉัน:
   *[other] หมายเลขประจำตัวของฉัน:
}
representatives-heading = คนที่ช่วยฉันตัดสินใจ
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] ผู้ปกครองตามกฎหมายของฉัน
    [conservator] ผู้พิทักษ์ (conservator) ของฉัน
    [authorized-representative] ผู้แทนที่ได้รับมอบอำนาจของฉัน
    [power-of-attorney] ผู้ถือหนังสือมอบอำนาจ (power of attorney) ของฉัน
    [supported-decision-maker] ผู้ช่วยสนับสนุนการตัดสินใจของฉัน
   *[other] ผู้แทนของฉัน
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] บุคคลนี้มีอำนาจตามกฎหมายในการตัดสินใจแทนฉัน
    [when-person-cannot-decide] บุคคลนี้มีอำนาจตามกฎหมายในการตัดสินใจแทนฉัน เฉพาะเมื่อฉันตัดสินใจเองไม่ได้
   *[conditional] บุคคลนี้มีอำนาจตามกฎหมายในการตัดสินใจแทนฉัน ภายใต้เงื่อนไขเหล่านี้:
}
label-authority-areas = ในเรื่อง:

## Languages and formats

# The name of a language in Thai. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] ภาษาอังกฤษ
    [es] ภาษาสเปน
    [zh-Hant] ภาษาจีน (ตัวเต็ม)
    [zh-Hans] ภาษาจีน (ตัวย่อ)
    [zh] ภาษาจีน
    [yue] ภาษากวางตุ้ง
    [cmn] ภาษาจีนกลาง
    [vi] ภาษาเวียดนาม
    [ko] ภาษาเกาหลี
    [tl] ภาษาตากาล็อก
    [fil] ภาษาฟิลิปปินส์
    [hy] ภาษาอาร์เมเนีย
    [hyw] ภาษาอาร์เมเนียตะวันตก
    [ru] ภาษารัสเซีย
    [fa] ภาษาเปอร์เซีย (ฟาร์ซี)
    [ar] ภาษาอาหรับ
    [km] ภาษาเขมร
    [hmn] ภาษาม้ง
    [mww] ภาษาม้ง
    [pa] ภาษาปัญจาบ
    [hi] ภาษาฮินดี
    [ja] ภาษาญี่ปุ่น
    [th] ภาษาไทย
    [lo] ภาษาลาว
    [uk] ภาษายูเครน
    [ium] ภาษาเมี่ยน
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] ตัวพิมพ์ปกติ
    [large-print] ตัวพิมพ์ใหญ่
    [audio] เสียง
    [braille] อักษรเบรลล์
   *[accessible-electronic] ไฟล์อิเล็กทรอนิกส์ที่ทุกคนเข้าถึงได้
}

## Who I am

like-and-admire-heading = สิ่งที่คนอื่นชอบและชื่นชมในตัวฉัน
important-to-heading = สิ่งที่สำคัญสำหรับฉัน
how-to-support-heading = วิธีช่วยเหลือฉัน
more-about-me-heading = จุดแข็ง ความสนใจ และความสามารถของฉัน
strengths-heading = จุดแข็งของฉัน
interests-heading = ความสนใจของฉัน
talents-heading = ความสามารถพิเศษของฉัน
preferences-heading = สิ่งที่ฉันชอบ
needs-heading = เรื่องที่ฉันต้องการความช่วยเหลือ
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] สุขภาพกายของฉัน:
    [oral-health] ฟันและช่องปากของฉัน:
    [behavioral-health] สุขภาพจิตของฉัน:
    [substance-use] แอลกอฮอล์และยาเสพติด:
    [daily-living] การใช้ชีวิตประจำวัน:
    [housing] ที่อยู่อาศัย:
    [food] อาหาร:
    [transportation] การเดินทาง:
    [social] ผู้คนและชุมชน:
    [financial] เงินและสวัสดิการ:
    [employment] การทำงาน:
    [education] การเรียนรู้:
    [communication] การสื่อสาร:
    [safety] ความปลอดภัย:
    [end-of-life] การวางแผนสำหรับช่วงท้ายของชีวิต:
   *[other] อื่น ๆ:
}

## Goals

goals-heading = เป้าหมายของฉัน
# $number: the goal's number in the plan.
goal-heading = เป้าหมายที่ { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] ด้วยคำพูดของฉันเอง:
    [person-with-support] ด้วยคำพูดของฉันเอง โดยมีคนช่วย:
    [representative] ด้วยคำพูดของผู้แทนของฉัน:
   *[team] ตามที่ทีมของฉันเขียนไว้:
}
own-words-translation-intro = คำแปล:
label-goal-statement = เป้าหมายของฉัน:
label-target-date = เวลาที่ฉันหวังว่าจะทำได้สำเร็จ:
label-goal-status = ความคืบหน้า:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] ยังไม่ได้เริ่ม
    [active] กำลังทำอยู่
    [achieved] ทำสำเร็จแล้ว
    [on-hold] พักไว้ก่อน ตามที่ฉันเลือก
   *[discontinued] ฉันไม่ต้องการเป้าหมายนี้แล้ว
}
steps-heading = ขั้นตอนสู่เป้าหมายนี้
step-by-me = ฉันทำเอง
# $names: the team members (a list) the person does the step with.
step-by-me-with = ฉันทำร่วมกับ { $names }
# $who: the name of the team member who helps.
step-who = { $who } ช่วย
step-who-unknown = ไม่ได้บันทึกว่าใครช่วย
# $names: the team members (a list) who do the step together with the person.
step-together-with = ร่วมกับ { $names }
# $date: a formatted date.
step-by-date = ภายใน { $date }
step-done = เสร็จแล้ว
goal-supports-heading = การสนับสนุนที่ช่วยเป้าหมายนี้

## Supports

supports-heading = การสนับสนุนของฉัน
paid-supports-heading = บริการที่มีค่าใช้จ่าย
paid-supports-caption = บริการที่มีค่าใช้จ่ายในแผนของฉัน
natural-supports-heading = การสนับสนุนจากครอบครัว เพื่อน และชุมชน
natural-supports-caption = การสนับสนุนที่ไม่มีค่าใช้จ่ายจากคนในชีวิตของฉัน
natural-supports-none = ทีมของฉันและฉันได้มองหาการสนับสนุนที่ไม่มีค่าใช้จ่ายจากครอบครัว เพื่อน และชุมชนแล้ว และตอนนี้ยังไม่พบ
col-support = การสนับสนุน
col-provider = ผู้ให้บริการ
col-amount = มากเท่าไรและบ่อยแค่ไหน
col-dates = เมื่อไร
col-location = ที่ไหน
col-how-i-want-it = แบบที่ฉันต้องการ
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = รหัสบริการและการอนุมัติ
billing-caption = สำหรับผู้ให้บริการของฉันและแผนประกันสุขภาพของฉัน: รหัสและการอนุมัติของบริการที่มีค่าใช้จ่ายของฉัน
col-service-code = รหัสบริการ
col-authorization = การอนุมัติ
col-authorized-units = หน่วยที่ได้รับอนุมัติ
col-rate = อัตราต่อหน่วย
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# The currency code comes first, as in CLDR for this language.
billing-rate = { $currency } { $rate }
label-place-of-service = สถานที่ให้บริการ:
self-directed = ฉันกำหนดบริการนี้ด้วยตัวเอง
# How much support and how often. $count: the number (Thai has no plural forms: only "other"); $quantity: the
# same number formatted for the language; $unit: the unit of service; $interval: how often (or "none").
support-amount =
    { $unit ->
        [minute]
            { $count ->
               *[other] { $quantity } นาที
            }
        [quarter-hour]
            { $count ->
               *[other] { $quantity } ช่วง 15 นาที
            }
        [hour]
            { $count ->
               *[other] { $quantity } ชั่วโมง
            }
        [half-day]
            { $count ->
               *[other] { $quantity } ครึ่งวัน
            }
        [day]
            { $count ->
               *[other] { $quantity } วัน
            }
        [visit]
            { $count ->
               *[other] { $quantity } ครั้งที่มาเยี่ยม
            }
        [session]
            { $count ->
               *[other] { $quantity } ครั้ง
            }
        [meal]
            { $count ->
               *[other] { $quantity } มื้อ
            }
        [trip]
            { $count ->
               *[other] { $quantity } เที่ยว
            }
        [mile]
            { $count ->
               *[other] { $quantity } ไมล์
            }
        [dollar]
            { $count ->
               *[other] { $quantity } ดอลลาร์
            }
       *[item]
            { $count ->
               *[other] { $quantity } ชิ้น
            }
    }{ $interval ->
        [day] {" "}ต่อวัน
        [week] {" "}ต่อสัปดาห์
        [month] {" "}ต่อเดือน
        [year] {" "}ต่อปี
        [one-time] {" "}ครั้งเดียว
        [as-needed] {" "}เมื่อฉันขอ
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] ทุกวัน
    [week] ทุกสัปดาห์
    [month] ทุกเดือน
    [year] ทุกปี
    [one-time] ครั้งเดียว
   *[as-needed] เมื่อฉันขอ
}
# $start and $end: formatted dates.
date-range = { $start } ถึง { $end }
# $start: a formatted date.
date-from = ตั้งแต่ { $start }

## Safety

safety-heading = ความเสี่ยงที่ฉันเลือกรับ และวิธีที่เราดูแลให้ฉันปลอดภัย
risks-caption = ความเสี่ยง สิ่งที่ฉันเลือก และวิธีที่เราดูแลความปลอดภัย
col-risk = ความเสี่ยง
col-my-choice = สิ่งที่ฉันเลือก
col-stay-safe = วิธีที่เราดูแลความปลอดภัย
backup-plan-heading = แผนสำรองของฉัน
backup-contacts-intro = คนที่ต้องโทรหา ตามลำดับนี้:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = ถ้าการสนับสนุนอย่างใดอย่างหนึ่งของฉันไม่มา
emergency-contacts-heading = ผู้ติดต่อในกรณีฉุกเฉินของฉัน

## Setting and choice

setting-heading = ที่ที่ฉันอาศัยอยู่และสิ่งที่ฉันเลือก
label-setting = ที่ที่ฉันอาศัยอยู่:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] บ้านของฉันเอง
    [family-home] บ้านของครอบครัวฉัน
    [supportive-housing] ที่อยู่อาศัยที่มีบริการสนับสนุน
    [shared-living] บ้านที่อยู่ร่วมกัน
    [residential-facility] สถานดูแลที่พักอาศัย
    [unhoused] ที่พักพิงชั่วคราว หรือไม่มีที่อยู่ประจำ
   *[other] ที่อื่น
}
setting-chosen = ฉันเลือกที่อยู่อาศัยเอง
setting-not-chosen = ฉันไม่ได้เลือกที่อยู่อาศัยเอง
alternatives-heading = ที่อื่นที่ฉันเคยพิจารณา
services-offered = ฉันได้รับตัวเลือกบริการ
services-not-offered = ฉันไม่ได้รับตัวเลือกบริการ
services-selected = ฉันได้ช่วยเลือกบริการของฉัน
services-not-selected = ฉันไม่ได้ช่วยเลือกบริการของฉัน
providers-offered = ฉันได้เลือกว่าใครจะเป็นผู้ให้บริการแต่ละอย่าง
providers-not-offered = ฉันไม่ได้รับตัวเลือกว่าใครจะเป็นผู้ให้บริการของฉัน
providers-informed = ฉันมีข้อมูลที่ต้องใช้ในการเลือกผู้ให้บริการ
providers-not-informed = ฉันไม่มีข้อมูลที่ต้องใช้ในการเลือกผู้ให้บริการ
services-agree = ฉันเห็นด้วยกับบริการในแผนของฉัน
services-not-agree = ฉันไม่เห็นด้วยกับบริการบางอย่างในแผนของฉัน
label-reason-not-offered = เหตุผลที่ฉันไม่มีตัวเลือก:

## Modifications of my rights

modifications-heading = การเปลี่ยนแปลงสิทธิของฉันในที่ที่ฉันอาศัยอยู่
modifications-intro = สิทธิจะถูกจำกัดได้ก็ต่อเมื่อมีเหตุผลที่เขียนไว้ที่นี่ และฉันยินยอม และต้องมีการทบทวนตามกำหนดเวลา
# $number: the number of the change.
modification-heading = การเปลี่ยนแปลงที่ { $number }
label-right-modified = สิทธิที่ถูกจำกัด:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] ความต้องการที่เป็นเหตุผลของการเปลี่ยนแปลงนี้:
    [prior-interventions] สิ่งที่เราลองทำก่อน:
    [less-intrusive-methods] วิธีที่จำกัดน้อยกว่าที่เราลองแล้ว และเหตุผลที่ไม่ได้ผล:
    [condition-description] ข้อจำกัดคืออะไรแน่:
    [data-collection] วิธีที่เราตรวจสอบว่าได้ผลหรือไม่:
    [review-time-limits] เวลาที่เราทบทวน:
    [informed-consent] ความยินยอมของฉัน:
   *[no-harm-assurance] วิธีที่เราดูแลให้แน่ใจว่าไม่เป็นอันตรายต่อฉัน:
}

## Programs

ecm-heading = การจัดการดูแลแบบเข้มข้น (ECM) ของฉัน
label-lead-care-manager = ผู้จัดการดูแลหลัก (Lead Care Manager) ของฉัน:
label-assessment-date = ฉันได้รับการประเมินเมื่อ:
label-care-domains = แผนของฉันครอบคลุม:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] สุขภาพกาย
    [behavioral] สุขภาพจิต
    [substance-use] การใช้แอลกอฮอล์และยาเสพติด
    [ltss] บริการและการสนับสนุนระยะยาว
    [oral] สุขภาพฟัน
    [palliative] การดูแลเพื่อความสุขสบาย
   *[social-needs] ที่อยู่อาศัย อาหาร และความต้องการในชีวิตประจำวันอื่น ๆ
}
housing-heading = แผนสนับสนุนด้านที่อยู่อาศัยของฉัน
housing-barriers-heading = สิ่งที่ทำให้การมีที่อยู่อาศัยเป็นเรื่องยากสำหรับฉัน
housing-short-term-heading = เป้าหมายด้านที่อยู่อาศัยระยะสั้นของฉัน
housing-long-term-heading = เป้าหมายด้านที่อยู่อาศัยระยะยาวของฉัน
housing-other-services-heading = บริการอื่นที่ช่วยได้
label-measure = เราจะรู้ได้อย่างไร:

## Team

team-heading = ทีมของฉัน
team-caption = คนในทีมของฉัน
col-name = ชื่อ
col-role = บทบาท
col-organization = องค์กรหรือความสัมพันธ์
col-contact = ข้อมูลติดต่อ
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] ผู้ประสานงานการดูแล
    [lead-care-manager] ผู้จัดการดูแลหลัก
    [housing-navigator] ผู้ช่วยหาที่อยู่อาศัย
    [provider] ผู้ให้บริการ
    [clinician] ผู้ให้บริการด้านสุขภาพ
    [family] ครอบครัว
    [friend] เพื่อน
    [peer-support] ผู้สนับสนุนที่มีประสบการณ์คล้ายกัน
    [representative] ผู้แทน
    [decision-supporter] ผู้ช่วยสนับสนุนการตัดสินใจ
   *[other] สมาชิกทีม
}

## Rights

rights-heading = สิทธิของฉัน
right-review-any-time = ฉันขอให้ทบทวนแผนของฉันได้ทุกเมื่อ
# $language: the name of the person's written language (from the "language" message).
right-copy = ฉันได้รับสำเนาแผนของฉันเป็น{ $language } และในรูปแบบที่ฉันต้องการ
right-say-no = ฉันปฏิเสธบริการใดก็ได้ในแผนของฉัน

## Review

review-heading = การทบทวนแผนของฉัน
label-last-review = การทบทวนครั้งล่าสุด:
label-next-review = ต้องทบทวนครั้งต่อไปภายใน:
label-plan-monitor = ผู้ที่ตรวจสอบว่าแผนของฉันได้ผลสำหรับฉัน:
review-triggers-intro = เราจะทบทวนแผนของฉันด้วย:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] อย่างน้อยปีละครั้ง
    [change-in-circumstances] เมื่อชีวิตหรือความต้องการของฉันเปลี่ยนไป
    [person-request] เมื่อฉันขอ
    [hospital-discharge] หลังจากฉันออกจากโรงพยาบาล
   *[provider-change] เมื่อมีการเปลี่ยนผู้ให้บริการ
}
monitoring-heading = แผนของฉันเป็นไปอย่างไร
delivered-as-planned = ฉันได้รับการสนับสนุนตามแผน
not-delivered-as-planned = ฉันไม่ได้รับการสนับสนุนทั้งหมดตามแผน
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] สิ่งที่ฉันพูด
    [representative] สิ่งที่ผู้แทนของฉันพูด
    [natural-support] สิ่งที่คนใกล้ชิดของฉันพูด
   *[provider] สิ่งที่ผู้ให้บริการพูด
}

## Signatures and copies

signatures-heading = ลายมือชื่อ
signatures-caption = ผู้ที่ลงลายมือชื่อในแผนของฉัน
col-date = วันที่
# $role: who signs.
signer-role = { $role ->
    [person] ฉัน
    [representative] ผู้แทนของฉัน
    [planner] ผู้จัดทำแผนของฉัน
    [provider] ผู้ให้บริการ
   *[witness] พยาน
}
unable-to-sign = ลงลายมือชื่อไม่ได้:
# $witness: the witness's name.
unable-to-sign-witness = (พยาน: { $witness })
distribution-heading = ผู้ที่ได้รับสำเนา
distribution-caption = สำเนาแผนของฉัน
col-language = ภาษา
col-format = รูปแบบ
# $role: who received the copy.
recipient-role = { $role ->
    [person] ฉัน
    [representative] ผู้แทนของฉัน
    [provider] ผู้ให้บริการ
    [team-member] สมาชิกทีม
   *[health-plan] แผนประกันสุขภาพของฉัน
}
