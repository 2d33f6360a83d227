## योजना का दस्तावेज़ (Markdown, HTML और PDF)। योजना व्यक्ति की अपनी आवाज़ में बोलती है: “मेरा”, “मैं”, “मुझे”।
## लेबल अपने ही विराम चिह्न के साथ ख़त्म होते हैं (हिंदी में कोलन), क्योंकि भाषाओं में विराम चिह्न अलग होते हैं।
## संदेशों में डाले गए मान पहले से फ़ॉर्मेट होते हैं: तारीख़ें और संख्याएँ दस्तावेज़ की भाषा के लिए।

## दस्तावेज़ का ढाँचा

# दस्तावेज़ का शीर्षक। $name: वह नाम जिससे व्यक्ति बुलाया जाना चाहते हैं।
plan-title = मेरी व्यक्ति-केंद्रित योजना: { $name }
# HTML पेज का शीर्षक (ब्राउज़र टैब में)। $name: व्यक्ति का पसंदीदा नाम।
html-title = { $name }: मेरी व्यक्ति-केंद्रित योजना
# हर पृष्ठ का ऊपरी शीर्ष (PDF)। $name: पसंदीदा नाम; $version: योजना का संस्करण नंबर।
running-header = { $name }, व्यक्ति-केंद्रित योजना, संस्करण { $version }
# हर पृष्ठ का निचला भाग (PDF)। $page: मौजूदा पृष्ठ नंबर; $pages: कुल पृष्ठ।
running-footer = पृष्ठ { $page } / { $pages }
# शीर्षक के नीचे। $version: योजना का संस्करण; $start और $end: फ़ॉर्मेट की हुई तारीख़ें।
plan-period = मेरी योजना का संस्करण { $version }। यह { $start } से { $end } तक लागू है।
# शीर्षक के नीचे, बिना अंतिम तारीख़ वाली योजना के लिए। $version: योजना का संस्करण; $start: फ़ॉर्मेट की हुई तारीख़।
plan-period-open = मेरी योजना का संस्करण { $version }। यह { $start } से लागू है।
label-latest-change = इस संस्करण में क्या बदला:
changes-heading = पिछले संस्करण के बाद क्या बदला
# तालिका के उस ख़ाने में दिखता है जिसमें कुछ दर्ज नहीं है।
not-recorded = दर्ज नहीं

## मेरे बारे में

about-me-heading = मेरे बारे में
label-preferred-name = मुझे किस नाम से बुलाएँ:
label-pronouns = मेरे सर्वनाम:
# सर्वनामों का एक मानक सेट, इस भाषा में। $set: he, she या they (एकवचन)।
pronoun-set = { $set ->
    [he] वह (पुल्लिंग)
    [she] वह (स्त्रीलिंग)
   *[they] वे (लिंग-निरपेक्ष)
}
label-identity-language = मेरे बारे में कैसे बात करें:
# $preference: person-first, identity-first या no-preference।
identity-preference = { $preference ->
    [person-first] पहले व्यक्ति, फिर विकलांगता (जैसे, “विकलांगता वाला व्यक्ति”)
    [identity-first] पहचान पहले (जैसे, “विकलांग व्यक्ति”)
   *[other] कोई ख़ास पसंद नहीं
}
label-identity-terms = अपने बारे में मेरे अपने शब्द:
label-languages = मेरी भाषाएँ:
# $spoken और $written: भाषाओं के नाम ("language" संदेश से)।
languages-spoken-written = बोलने की मेरी भाषा: { $spoken }। पढ़ने और लिखने की मेरी भाषा: { $written }।
# $languages: वे भाषाएँ (एक सूची) जिनके लिए व्यक्ति को दुभाषिए की ज़रूरत है।
interpreter-needed-for = जब बैठक किसी दूसरी भाषा में होती है, तब मुझे { $languages } के दुभाषिए की ज़रूरत होती है।
# एक भाषा, और व्यक्ति उसे कितनी अच्छी तरह इस्तेमाल करते हैं। $language: उसका नाम; $proficiency: excellent, good, fair या poor।
language-proficiency = { $language } ({ $proficiency ->
    [excellent] बहुत अच्छी तरह
    [good] अच्छी तरह
    [fair] कुछ हद तक
   *[poor] थोड़ी-सी
})
label-residence = अभी मेरे रहने की जगह:
# $kind: जगह का प्रकार।
residence-kind = { $kind ->
    [own-home] मेरा अपना घर
    [with-family-or-friends] परिवार या दोस्तों के साथ
    [shelter] आश्रय-स्थल
    [domestic-violence-shelter] सुरक्षित आश्रय-स्थल
    [transitional-housing] अस्थायी आवास (ट्रांज़िशनल हाउसिंग)
    [recuperative-care] स्वस्थ होने तक देखभाल वाली जगह (रिकुपरेटिव केयर)
    [supportive-housing] सहायक आवास (सपोर्टिव हाउसिंग)
    [group-home] ग्रुप होम
    [assisted-living] सहायता के साथ रहने की जगह (असिस्टेड लिविंग)
    [nursing-facility] नर्सिंग होम
    [hospital] अस्पताल
    [incarcerated] जेल
    [unsheltered] रहने की कोई जगह नहीं
   *[other] कोई और जगह
}
# $date: एक तारीख़।
residence-since = { $date } से
label-name-as-written = अपने तरीके से लिखा मेरा नाम:
label-formats = लिखी हुई सामग्री मुझे इस रूप में चाहिए:
label-birth-date = मेरी जन्म तिथि:
label-legal-name = मेरा कानूनी नाम (पहचान के लिए):
# $type: पहचान नंबर का प्रकार।
identifier-type = { $type ->
    [medicaid-number] मेरा Medi-Cal नंबर (CIN):
    [state-id] मेरा राज्य पहचान पत्र नंबर:
    [medical-record-number] मेरा मेडिकल रिकॉर्ड नंबर:
    [member-id] मेरी स्वास्थ्य योजना का सदस्य नंबर:
   *[other] मेरा पहचान नंबर:
}
representatives-heading = वे लोग जो निर्णय लेने में मेरी मदद करते हैं
# $kind: प्रतिनिधि का प्रकार।
representative-kind = { $kind ->
    [guardian] मेरे अभिभावक
    [conservator] मेरे संरक्षक (कंज़र्वेटर)
    [authorized-representative] मेरे अधिकृत प्रतिनिधि
    [power-of-attorney] मेरा मुख़्तारनामा (पावर ऑफ़ अटॉर्नी) रखने वाले
    [supported-decision-maker] निर्णय लेने में मेरे सहायक
   *[other] मेरे प्रतिनिधि
}
# $applies: always, when-person-cannot-decide या conditional। इसके बाद व्यक्ति के अपने शब्दों में शर्तें आ सकती हैं।
representative-authority = { $applies ->
    [always] इन्हें मेरे लिए निर्णय लेने का कानूनी अधिकार है।
    [when-person-cannot-decide] इन्हें मेरे लिए निर्णय लेने का कानूनी अधिकार केवल तब है, जब मेरे लिए ख़ुद निर्णय लेना संभव न हो।
   *[conditional] इन्हें इन स्थितियों में मेरे लिए निर्णय लेने का कानूनी अधिकार है:
}
label-authority-areas = इन बातों के लिए:

## भाषाएँ और फ़ॉर्मेट

# किसी भाषा का नाम। $code: भाषा का कोड, जैसे "es" या "zh-Hant"।
language = { $code ->
    [en] अंग्रेज़ी
    [es] स्पेनिश
    [zh-Hant] चीनी (पारंपरिक लिपि)
    [zh-Hans] चीनी (सरलीकृत लिपि)
    [zh] चीनी
    [yue] कैंटोनीज़
    [cmn] मैंडेरिन
    [vi] वियतनामी
    [ko] कोरियाई
    [tl] तागालोग
    [fil] फ़िलिपीनो
    [hy] आर्मेनियाई
    [hyw] पश्चिमी आर्मेनियाई
    [ru] रूसी
    [fa] फ़ारसी
    [ar] अरबी
    [km] ख़मेर
    [hmn] ह्मोंग
    [mww] ह्मोंग
    [pa] पंजाबी
    [hi] हिंदी
    [ja] जापानी
    [th] थाई
    [lo] लाओ
    [uk] यूक्रेनी
    [ium] मिएन
   *[other] { $code }
}
# $format: दस्तावेज़ का फ़ॉर्मेट।
document-format = { $format ->
    [standard-print] सामान्य छपाई
    [large-print] बड़े अक्षरों में छपाई
    [audio] ऑडियो
    [braille] ब्रेल
   *[accessible-electronic] सुलभ इलेक्ट्रॉनिक फ़ॉर्मेट
}

## मैं कौन हूँ

like-and-admire-heading = लोगों को मेरी कौन-सी बातें पसंद हैं और वे मेरी किन बातों की तारीफ़ करते हैं
important-to-heading = मेरे लिए क्या महत्वपूर्ण है
how-to-support-heading = मेरी सहायता कैसे करें
more-about-me-heading = मेरी ख़ूबियाँ, रुचियाँ और प्रतिभाएँ
strengths-heading = मेरी ख़ूबियाँ
interests-heading = मेरी रुचियाँ
talents-heading = मेरी प्रतिभाएँ
preferences-heading = मेरी पसंद
needs-heading = मुझे किन बातों में मदद चाहिए
# $category: आकलन से पता चली ज़रूरत की श्रेणी।
need-category = { $category ->
    [physical-health] मेरा शारीरिक स्वास्थ्य:
    [oral-health] मेरे दाँत और मुँह:
    [behavioral-health] मेरा मानसिक स्वास्थ्य:
    [substance-use] शराब और नशीले पदार्थ:
    [daily-living] रोज़मर्रा का जीवन:
    [housing] आवास:
    [food] खाना:
    [transportation] आना-जाना:
    [social] लोग और समुदाय:
    [financial] पैसे और सरकारी लाभ:
    [employment] काम:
    [education] पढ़ाई:
    [communication] बातचीत:
    [safety] सुरक्षा:
    [end-of-life] जीवन के अंत की योजना:
   *[other] अन्य:
}

## लक्ष्य

goals-heading = मेरे लक्ष्य
# $number: योजना में लक्ष्य का नंबर।
goal-heading = लक्ष्य { $number }
# व्यक्ति के अपने शब्दों में लिखे लक्ष्य से पहले। $expressed: लक्ष्य किसने कहा।
own-words-intro = { $expressed ->
    [person] मेरे अपने शब्दों में:
    [person-with-support] मेरे अपने शब्दों में, किसी की मदद से:
    [representative] मेरे प्रतिनिधि के शब्दों में:
   *[team] जैसा मेरी टीम ने लिखा:
}
own-words-translation-intro = अनुवाद:
label-goal-statement = मेरा लक्ष्य:
label-target-date = मुझे इसे कब तक पूरा करने की उम्मीद है:
label-goal-status = अभी यह कहाँ तक पहुँचा:
# $status: लक्ष्य की स्थिति।
goal-status = { $status ->
    [proposed] अभी शुरू नहीं हुआ
    [active] इस पर काम चल रहा है
    [achieved] पूरा हो गया
    [on-hold] मेरी मर्ज़ी से अभी रुका हुआ है
   *[discontinued] अब मुझे यह लक्ष्य नहीं चाहिए
}
steps-heading = इस लक्ष्य की ओर कदम
step-by-me = यह मेरी अपनी ज़िम्मेदारी है
# $names: टीम के वे सदस्य (एक सूची) जिनके साथ मिलकर व्यक्ति यह कदम उठाते हैं।
step-by-me-with = यह मेरी ज़िम्मेदारी है, साथ में: { $names }
# $who: टीम के उस सदस्य का नाम जो मदद करते हैं।
step-who = मदद: { $who }
step-who-unknown = मदद कौन करता है, यह दर्ज नहीं है
# $names: टीम के वे सदस्य (एक सूची) जो व्यक्ति के साथ मिलकर यह कदम उठाते हैं।
step-together-with = साथ में: { $names }
# $date: फ़ॉर्मेट की हुई तारीख़।
step-by-date = { $date } तक
step-done = पूरा हुआ
goal-supports-heading = इस लक्ष्य में मदद करने वाली सहायता

## सहायता

supports-heading = मेरी सहायता
paid-supports-heading = भुगतान वाली सेवाएँ
paid-supports-caption = मेरी योजना में भुगतान वाली सेवाएँ
natural-supports-heading = परिवार, दोस्तों और समुदाय से सहायता
natural-supports-caption = मेरे जीवन के लोगों से बिना भुगतान वाली सहायता
natural-supports-none = मैंने और मेरी टीम ने परिवार, दोस्तों और समुदाय से बिना भुगतान वाली सहायता ढूँढी, लेकिन अभी कोई नहीं मिली।
col-support = सहायता
col-provider = कौन देता है
col-amount = कितनी और कितनी बार
col-dates = कब
col-location = कहाँ
col-how-i-want-it = मुझे यह कैसे चाहिए
# कोड और मंज़ूरियों की तालिका, सिर्फ़ सेवा प्रदाता या स्वास्थ्य योजना के लिए बनी प्रतियों में (व्यक्ति की अपनी
# प्रति में सेवाओं के नाम आसान शब्दों में होते हैं)।
billing-heading = सेवा कोड और प्राधिकरण
billing-caption = मेरे सेवा प्रदाताओं और मेरी स्वास्थ्य योजना के लिए: मेरी भुगतान वाली सेवाओं के कोड और मंज़ूरियाँ
col-service-code = सेवा कोड
col-authorization = प्राधिकरण
col-authorized-units = अधिकृत इकाइयाँ
col-rate = प्रति इकाई दर
# प्रति इकाई दर। $rate: संख्या; $currency: उसका ISO 4217 कोड, जैसे USD।
# CLDR की तरह हिंदी में मुद्रा का कोड पहले आता है।
billing-rate = { $currency } { $rate }
label-place-of-service = सेवा का स्थान:
self-directed = इस सेवा का संचालन मेरे अपने हाथ में है।
# कितनी सहायता और कितनी बार। $count: एकवचन या बहुवचन चुनने के लिए संख्या; $quantity: वही संख्या, भाषा के लिए
# फ़ॉर्मेट की हुई; $unit: सेवा की इकाई; $interval: कितनी बार (या "none")।
support-amount =
    { $unit ->
        [minute]
            { $count ->
                [one] { $quantity } मिनट
               *[other] { $quantity } मिनट
            }
        [quarter-hour]
            { $count ->
                [one] { $quantity } चौथाई घंटा
               *[other] { $quantity } चौथाई घंटे
            }
        [hour]
            { $count ->
                [one] { $quantity } घंटा
               *[other] { $quantity } घंटे
            }
        [half-day]
            { $count ->
                [one] { $quantity } आधा दिन
               *[other] { $quantity } आधे दिन
            }
        [day]
            { $count ->
                [one] { $quantity } दिन
               *[other] { $quantity } दिन
            }
        [visit]
            { $count ->
                [one] { $quantity } मुलाक़ात
               *[other] { $quantity } मुलाक़ातें
            }
        [session]
            { $count ->
                [one] { $quantity } सत्र
               *[other] { $quantity } सत्र
            }
        [meal]
            { $count ->
                [one] { $quantity } बार का भोजन
               *[other] { $quantity } बार का भोजन
            }
        [trip]
            { $count ->
                [one] { $quantity } यात्रा
               *[other] { $quantity } यात्राएँ
            }
        [mile]
            { $count ->
                [one] { $quantity } मील
               *[other] { $quantity } मील
            }
        [dollar]
            { $count ->
                [one] { $quantity } डॉलर
               *[other] { $quantity } डॉलर
            }
       *[item]
            { $count ->
                [one] { $quantity } वस्तु
               *[other] { $quantity } वस्तुएँ
            }
    }{ $interval ->
        [day] {" "}प्रति दिन
        [week] {" "}प्रति सप्ताह
        [month] {" "}प्रति माह
        [year] {" "}प्रति वर्ष
        [one-time] , एक बार
        [as-needed] , जब मैं माँगूँ
       *[none] {""}
    }
# कितनी बार, जब कोई मात्रा दर्ज नहीं है। $interval: कितनी बार।
support-interval-only = { $interval ->
    [day] हर दिन
    [week] हर सप्ताह
    [month] हर महीने
    [year] हर साल
    [one-time] एक बार
   *[as-needed] जब मैं माँगूँ
}
# $start और $end: फ़ॉर्मेट की हुई तारीख़ें।
date-range = { $start } से { $end } तक
# $start: फ़ॉर्मेट की हुई तारीख़।
date-from = { $start } से

## सुरक्षा

safety-heading = जोखिम जिन्हें उठाना मेरा अपना चुनाव है, और हम मुझे सुरक्षित कैसे रखते हैं
risks-caption = जोखिम, मेरे चुनाव, और हम सुरक्षित कैसे रहते हैं
col-risk = जोखिम
col-my-choice = मेरा चुनाव
col-stay-safe = हम सुरक्षित कैसे रहते हैं
backup-plan-heading = मेरी बैकअप योजना
backup-contacts-intro = किसे फ़ोन करें, इस क्रम में:
# अलग-अलग सहायताओं की बैकअप योजनाओं का शीर्षक ("अगर मेरी सवारी न आए")।
support-backups-heading = अगर मेरी कोई सहायता न मिले
emergency-contacts-heading = आपातकाल के लिए मेरे संपर्क

## रहने की जगह और चुनाव

setting-heading = मेरे रहने की जगह और मेरे चुनाव
label-setting = मेरे रहने की जगह:
# $setting: जगह का प्रकार।
setting-type = { $setting ->
    [own-home] मेरा अपना घर
    [family-home] मेरे परिवार का घर
    [supportive-housing] सहायक आवास (सपोर्टिव हाउसिंग)
    [shared-living] साझा आवास वाला घर
    [residential-facility] आवासीय देखभाल घर
    [unhoused] आश्रय-स्थल, या कोई स्थायी पता नहीं
   *[other] कोई और जगह
}
setting-chosen = मैं कहाँ रहूँ, यह मैंने ख़ुद चुना।
setting-not-chosen = मैं कहाँ रहूँ, यह मैंने नहीं चुना।
alternatives-heading = दूसरी जगहें जिनके बारे में मैंने सोचा
services-offered = मुझे सेवाएँ चुनने का विकल्प दिया गया।
services-not-offered = मुझे सेवाएँ चुनने का विकल्प नहीं दिया गया।
services-selected = अपनी सेवाएँ चुनने में मैंने हिस्सा लिया।
services-not-selected = अपनी सेवाएँ चुनने में मैंने हिस्सा नहीं लिया।
providers-offered = मुझे यह चुनने का विकल्प दिया गया कि हर सेवा कौन देगा।
providers-not-offered = मुझे यह चुनने का विकल्प नहीं दिया गया कि मेरी सेवाएँ कौन देगा।
providers-informed = अपने सेवा प्रदाता चुनने के लिए मेरे पास ज़रूरी जानकारी थी।
providers-not-informed = अपने सेवा प्रदाता चुनने के लिए मेरे पास ज़रूरी जानकारी नहीं थी।
services-agree = मैं अपनी योजना की सेवाओं से सहमत हूँ।
services-not-agree = मैं अपनी योजना की सभी सेवाओं से सहमत नहीं हूँ।
label-reason-not-offered = मेरे पास विकल्प क्यों नहीं था:

## मेरे अधिकारों पर सीमाएँ

modifications-heading = जहाँ मेरा घर है, वहाँ मेरे अधिकारों पर सीमाएँ
modifications-intro = किसी अधिकार पर सीमा केवल यहाँ लिखे कारण से, मेरी सहमति से लगाई जा सकती है, और तय समय पर इसकी समीक्षा होती है।
# $number: सीमा का नंबर।
modification-heading = सीमा { $number }
label-right-modified = कौन-सा अधिकार सीमित है:
# $item: उन आठ बातों में से एक जो कानून हर सीमा के लिए माँगता है।
modification-item = { $item ->
    [assessed-need] इस सीमा के पीछे की ज़रूरत:
    [prior-interventions] हमने पहले क्या आज़माया:
    [less-intrusive-methods] कम रोक-टोक वाले जो तरीके हमने आज़माए, और वे क्यों काम नहीं आए:
    [condition-description] सीमा असल में क्या है:
    [data-collection] हम कैसे जाँचते हैं कि यह काम कर रही है या नहीं:
    [review-time-limits] हम इसकी समीक्षा कब करते हैं:
    [informed-consent] मेरी सहमति:
   *[no-harm-assurance] हम कैसे पक्का करते हैं कि इससे मुझे कोई नुकसान न हो:
}

## कार्यक्रम

ecm-heading = मेरा उन्नत देखभाल प्रबंधन (ECM)
label-lead-care-manager = मेरे मुख्य देखभाल प्रबंधक:
label-assessment-date = मेरा आकलन इस तारीख़ को हुआ:
label-care-domains = मेरी योजना में शामिल हैं:
# $domain: ECM का देखभाल क्षेत्र।
care-domain = { $domain ->
    [physical] शारीरिक स्वास्थ्य
    [behavioral] मानसिक स्वास्थ्य
    [substance-use] शराब और नशीले पदार्थों का सेवन
    [ltss] लंबे समय की सेवाएँ और सहायता
    [oral] दाँतों का स्वास्थ्य
    [palliative] आराम देने वाली (पैलिएटिव) देखभाल
   *[social-needs] आवास, खाना और रोज़ की दूसरी ज़रूरतें
}
housing-heading = मेरी आवास सहायता योजना
housing-barriers-heading = मेरे लिए आवास पाने या बनाए रखने में क्या मुश्किल है
housing-short-term-heading = आवास के लिए मेरे कम समय के लक्ष्य
housing-long-term-heading = आवास के लिए मेरे लंबे समय के लक्ष्य
housing-other-services-heading = मदद करने वाली दूसरी सेवाएँ
label-measure = हमें कैसे पता चलेगा:

## टीम

team-heading = मेरी टीम
team-caption = मेरी टीम के लोग
col-name = नाम
col-role = भूमिका
col-organization = संस्था या रिश्ता
col-contact = संपर्क
# $role: टीम के सदस्य की भूमिका।
team-role = { $role ->
    [care-coordinator] देखभाल समन्वयक
    [lead-care-manager] मुख्य देखभाल प्रबंधक
    [housing-navigator] आवास मार्गदर्शक
    [provider] सेवा प्रदाता
    [clinician] स्वास्थ्य सेवा प्रदाता
    [family] परिवार
    [friend] दोस्त
    [peer-support] साथी सहायक (पीयर सपोर्टर)
    [representative] प्रतिनिधि
    [decision-supporter] निर्णय लेने में सहायक
   *[other] टीम के सदस्य
}

## अधिकार

rights-heading = मेरे अधिकार
right-review-any-time = मुझे कभी भी अपनी योजना की समीक्षा माँगने का अधिकार है।
# $language: व्यक्ति की लिखित भाषा का नाम ("language" संदेश से)।
right-copy = मुझे अपनी योजना की प्रति { $language } में और मेरी ज़रूरत के फ़ॉर्मेट में मिलती है।
right-say-no = मुझे अपनी योजना की किसी भी सेवा को मना करने का अधिकार है।

## समीक्षा

review-heading = मेरी योजना की समीक्षा
label-last-review = पिछली समीक्षा:
label-next-review = अगली समीक्षा इस तारीख़ तक:
label-plan-monitor = वे व्यक्ति जो जाँचते हैं कि मेरी योजना मेरे लिए काम कर रही है:
review-triggers-intro = हम मेरी योजना की समीक्षा तब भी करते हैं:
# $trigger: समीक्षा किस वजह से होती है।
review-trigger = { $trigger ->
    [annual] साल में कम से कम एक बार
    [change-in-circumstances] जब मेरा जीवन या मेरी ज़रूरतें बदलें
    [person-request] जब मैं माँगूँ
    [hospital-discharge] अस्पताल में रहने के बाद
   *[provider-change] जब कोई सेवा प्रदाता बदले
}
monitoring-heading = मेरी योजना कैसी चल रही है
delivered-as-planned = मेरी सहायता योजना के अनुसार मिली।
not-delivered-as-planned = मेरी पूरी सहायता योजना के अनुसार नहीं मिली।
# $from: प्रतिक्रिया किसने दी।
feedback-from = { $from ->
    [person] मैंने जो कहा
    [representative] मेरे प्रतिनिधि ने जो कहा
    [natural-support] मेरे किसी क़रीबी ने जो कहा
   *[provider] किसी सेवा प्रदाता ने जो कहा
}

## हस्ताक्षर और प्रतियाँ

signatures-heading = हस्ताक्षर
signatures-caption = मेरी योजना पर किसने हस्ताक्षर किए
col-date = तारीख़
# $role: कौन हस्ताक्षर करता है।
signer-role = { $role ->
    [person] मैं
    [representative] मेरे प्रतिनिधि
    [planner] मेरी योजना बनाने वाले
    [provider] सेवा प्रदाता
   *[witness] गवाह
}
unable-to-sign = हस्ताक्षर नहीं हो सके:
# $witness: गवाह का नाम।
unable-to-sign-witness = (गवाह: { $witness })
distribution-heading = किसे प्रति मिली
distribution-caption = मेरी योजना की प्रतियाँ
col-language = भाषा
col-format = फ़ॉर्मेट
# $role: प्रति किसे मिली।
recipient-role = { $role ->
    [person] मैं
    [representative] मेरे प्रतिनिधि
    [provider] सेवा प्रदाता
    [team-member] टीम के सदस्य
   *[health-plan] मेरी स्वास्थ्य योजना
}
