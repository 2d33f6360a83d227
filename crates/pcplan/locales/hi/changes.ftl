## योजना के पिछले संस्करण के बाद क्या बदला: हर बदलाव के लिए एक वाक्य, व्यक्ति से सीधे कहा गया (“आपकी”)।
## योजना का पाठ पहले से दस्तावेज़ की भाषा में, बिना पूर्ण विराम के आता है: $goal (लक्ष्य), $name (सहायता, टीम के
## सदस्य या प्रतिनिधि), $text (ज़रूरत), $risk, $step, $right (सीमित किया गया अधिकार)।
## योजना का पाठ “ ” उद्धरण चिह्नों में रखा जाता है। तारीख़ें ($date) और संख्याएँ पहले से फ़ॉर्मेट होकर आती हैं।
## $case: "added" (पहले कोई मान नहीं था), "removed" (अब कोई मान नहीं है) या "changed"।
## $field: योजना का कौन-सा हिस्सा बदला (योजना फ़ाइल में फ़ील्ड का नाम); हाँ/नहीं वाले बदलावों में $after
## "true" या "false" होता है।

## सहायता की मात्रा, दूसरे वाक्यों के अंदर: “12 घंटे प्रति सप्ताह”, “2,350 डॉलर एक बार”।

# $quantity: बहुवचन चुनने के लिए संख्या; $number: वही संख्या, फ़ॉर्मेट की हुई। $unit: इकाई।
change-amount-unit = { $unit ->
    [minute] { $quantity ->
        [one] { $number } मिनट
       *[other] { $number } मिनट
    }
    [quarter-hour] { $quantity ->
        [one] { $number } चौथाई घंटा
       *[other] { $number } चौथाई घंटे
    }
    [hour] { $quantity ->
        [one] { $number } घंटा
       *[other] { $number } घंटे
    }
    [half-day] { $quantity ->
        [one] { $number } आधा दिन
       *[other] { $number } आधे दिन
    }
    [day] { $quantity ->
        [one] { $number } दिन
       *[other] { $number } दिन
    }
    [visit] { $quantity ->
        [one] { $number } मुलाक़ात
       *[other] { $number } मुलाक़ातें
    }
    [session] { $quantity ->
        [one] { $number } सत्र
       *[other] { $number } सत्र
    }
    [meal] { $quantity ->
        [one] { $number } बार का भोजन
       *[other] { $number } बार का भोजन
    }
    [trip] { $quantity ->
        [one] { $number } सवारी
       *[other] { $number } सवारियाँ
    }
    [mile] { $quantity ->
        [one] { $number } मील
       *[other] { $number } मील
    }
    [dollar] { $quantity ->
        [one] { $number } डॉलर
       *[other] { $number } डॉलर
    }
    [item] { $quantity ->
        [one] { $number } वस्तु
       *[other] { $number } वस्तुएँ
    }
   *[none] { $number }
}

# $amount: इकाई के साथ मात्रा (ऊपर वाला संदेश)। $interval: कितनी बार।
change-amount-interval = { $interval ->
    [day] { $amount } प्रति दिन
    [week] { $amount } प्रति सप्ताह
    [month] { $amount } प्रति माह
    [year] { $amount } प्रति वर्ष
    [one-time] { $amount } एक बार
    [as-needed] { $amount } जब आप माँगें
   *[none] { $amount }
}

# ऐसी सहायता जिसकी कोई मात्रा दर्ज नहीं है।
change-amount-none = कोई तय मात्रा नहीं

## पूरी योजना।

# $field: योजना की "start" (शुरुआत) या "end" (अंत)।
change-plan-period = { $field ->
    [start] आपकी योजना अब { $date } को शुरू होती है।
   *[end] { $case ->
        [removed] आपकी योजना के ख़त्म होने की अब कोई तारीख़ नहीं है।
       *[other] आपकी योजना अब { $date } को ख़त्म होती है।
    }
}

# व्यक्ति के बारे में कुछ बदला। वाक्य केवल बताता है कि किस तरह की जानकारी बदली।
change-person = { $field ->
    [legalName] योजना में आपका कानूनी नाम बदल गया।
    [preferredNames] जिस नाम से आपको बुलाया जाए, वह बदल गया।
    [pronouns] आपके सर्वनाम बदल गए।
    [identityLanguage] आपके बारे में बात करने के आपके पसंदीदा शब्द बदल गए।
    [birthDate] आपकी जन्म तिथि बदल गई।
    [identifiers] आपके पहचान नंबर बदल गए।
    [contact] आपकी संपर्क जानकारी बदल गई।
    [emergencyContacts] आपातकाल के लिए आपके संपर्क बदल गए।
    [language] भाषा या फ़ॉर्मेट के बारे में आपकी पसंद बदल गई।
    [residence] आपके रहने की जगह बदल गई।
   *[other] आपकी निजी जानकारी बदल गई।
}

## प्रतिनिधि। $name: उनका नाम; $role: उनका प्रकार, change-representative-kind से।

change-representative-kind = { $kind ->
    [guardian] अभिभावक
    [conservator] संरक्षक (कंज़र्वेटर)
    [authorized-representative] अधिकृत प्रतिनिधि
    [power-of-attorney] मुख़्तारनामा (पावर ऑफ़ अटॉर्नी) धारक
    [supported-decision-maker] निर्णय लेने में मदद करने वाले सहायक
   *[other] प्रतिनिधि
}
change-representative-added = { $name } अब आपकी योजना में आपके { $role } के रूप में दर्ज हैं।
change-representative-removed = { $name } अब आपकी योजना में आपके { $role } के रूप में दर्ज नहीं हैं।
change-representative-changed = आपके { $role } { $name } के बारे में जानकारी बदल गई।

## परिचय। $field: कौन-सी सूची।

change-profile = { $field ->
    [likeAndAdmire] लोगों को आपकी कौन-सी बातें पसंद हैं और वे आपकी किन बातों की तारीफ़ करते हैं, यह अपडेट किया गया।
    [strengths] आपकी ख़ूबियाँ अपडेट की गईं।
    [interests] आपकी रुचियाँ अपडेट की गईं।
    [talents] आपकी प्रतिभाएँ अपडेट की गईं।
    [importantTo] आपके लिए क्या महत्वपूर्ण है, यह अपडेट किया गया।
    [howToSupport] आपकी सबसे अच्छी सहायता कैसे करें, यह अपडेट किया गया।
    [preferences] आपकी पसंद अपडेट की गई।
   *[other] आपका परिचय अपडेट किया गया।
}

## ज़रूरतें। $text: ज़रूरत, सीधे-सादे शब्दों में।

change-need-added = आपकी योजना में एक ज़रूरत जोड़ी गई: “{ $text }”।
change-need-removed = यह ज़रूरत अब आपकी योजना में नहीं है: “{ $text }”।
change-need-changed = { $field ->
    [description] आपकी योजना की एक ज़रूरत अब इस तरह लिखी है: “{ $text }”।
    [confidential] इस ज़रूरत को कौन देख सकता है, यह बदल गया: “{ $text }”।
   *[other] इस ज़रूरत की जानकारी अपडेट की गई: “{ $text }”।
}

## लक्ष्य। $goal: लक्ष्य, सीधे-सादे शब्दों में।

change-goal-added = आपकी योजना में एक नया लक्ष्य है: “{ $goal }”।
change-goal-removed = यह लक्ष्य अब आपकी योजना में नहीं है: “{ $goal }”।
# $field: "statement" (सीधे-सादे शब्दों में लक्ष्य) या "ownWords" (व्यक्ति के अपने शब्द)। $before, $after: शब्द।
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] लक्ष्य “{ $goal }” के लिए आपके अपने शब्द हटा दिए गए।
       *[other] एक लक्ष्य के लिए आपके अपने शब्द अब ये हैं: “{ $after }”।
    }
   *[statement] आपका लक्ष्य “{ $before }” अब इस तरह लिखा है: “{ $after }”।
}
# $status: लक्ष्य की नई स्थिति।
change-goal-status = { $status ->
    [proposed] आपका लक्ष्य “{ $goal }” अब प्रस्तावित है।
    [active] अब आपके लक्ष्य “{ $goal }” पर काम चल रहा है।
    [achieved] आपने अपना लक्ष्य “{ $goal }” पा लिया।
    [on-hold] आपका लक्ष्य “{ $goal }” अभी के लिए रुका हुआ है।
   *[discontinued] आपके लक्ष्य “{ $goal }” पर अब काम नहीं चल रहा है।
}
# $field: "targetDate", "expressedBy" (लक्ष्य किसने कहा) या "needIds" (किन ज़रूरतों से जुड़ा है)।
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] आपके लक्ष्य “{ $goal }” की अब कोई लक्ष्य-तारीख़ नहीं है।
       *[other] आपके लक्ष्य “{ $goal }” की लक्ष्य-तारीख़ अब { $date } है।
    }
    [expressedBy] आपका लक्ष्य “{ $goal }” किसने कहा, इसका रिकॉर्ड बदल गया।
    [confidential] आपका लक्ष्य “{ $goal }” कौन देख सकता है, यह बदल गया।
   *[other] आपका लक्ष्य “{ $goal }” जिन ज़रूरतों से जुड़ा है, वे बदल गईं।
}

## लक्ष्य की ओर कदम। $step: कदम; $goal: उसका लक्ष्य।

change-step-added = आपके लक्ष्य “{ $goal }” की ओर एक नया कदम: “{ $step }”।
change-step-removed = यह कदम अब आपके लक्ष्य “{ $goal }” का हिस्सा नहीं है: “{ $step }”।
# $who: टीम के वे सदस्य जो अब यह कदम उठाएँगे (ख़ाली हो सकता है)।
change-step-changed = { $field ->
    [description] आपके लक्ष्य “{ $goal }” की ओर एक कदम अब इस तरह लिखा है: “{ $step }”।
    [responsibleId] { $case ->
        [removed] कदम “{ $step }” कौन उठाएगा, यह बदल गया।
       *[other] कदम “{ $step }” की ज़िम्मेदारी अब { $who } की है।
    }
    [byPerson] { $after ->
        [true] कदम “{ $step }” की ज़िम्मेदारी अब ख़ुद आपकी है।
       *[other] कदम “{ $step }” की ज़िम्मेदारी अब आपकी टीम के किसी सदस्य की है।
    }
    [withIds] कदम “{ $step }” आपके साथ मिलकर कौन उठाएगा, यह बदल गया।
    [targetDate] { $case ->
        [removed] कदम “{ $step }” की अब कोई लक्ष्य-तारीख़ नहीं है।
       *[other] कदम “{ $step }” की लक्ष्य-तारीख़ अब { $date } है।
    }
    [done] { $after ->
        [true] कदम “{ $step }” पूरा हो गया।
       *[other] कदम “{ $step }” अब पूरा होने के रूप में दर्ज नहीं है।
    }
   *[other] कदम “{ $step }” अपडेट किया गया।
}

## सहायता। $name: सहायता का नाम।

# $case "amount" होता है जब $amount (जैसे “12 घंटे प्रति सप्ताह”) दिया गया हो।
change-support-added = { $case ->
    [amount] आपकी योजना में सहायता “{ $name }” जोड़ी गई: { $amount }।
   *[other] आपकी योजना में सहायता “{ $name }” जोड़ी गई।
}
change-support-removed = सहायता “{ $name }” अब आपकी योजना में नहीं है।
# $before, $after: पुराना और नया नाम।
change-support-renamed = आपकी सहायता “{ $before }” का नाम अब “{ $after }” है।
# $before: पुरानी मात्रा, या केवल उसकी संख्या जब इकाई और बारंबारता वही रहें (“10 से बदलकर 12 घंटे प्रति सप्ताह”)।
change-support-amount = आपकी सहायता “{ $name }” { $before } से बदलकर { $after } हो गई है।
# $before, $after: पुराने और नए सेवा प्रदाता के नाम।
change-support-provider = { $case ->
    [added] आपकी सहायता “{ $name }” अब { $after } की ओर से मिलेगी।
    [removed] आपकी सहायता “{ $name }” के लिए अब किसी सेवा प्रदाता का नाम नहीं है।
   *[changed] आपकी सहायता “{ $name }” अब { $before } की जगह { $after } की ओर से मिलेगी।
}
# $field: "startDate" या "endDate"।
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] आपकी सहायता “{ $name }” के शुरू होने की अब कोई तारीख़ नहीं है।
       *[other] आपकी सहायता “{ $name }” अब { $date } को शुरू होती है।
    }
   *[endDate] { $case ->
        [removed] आपकी सहायता “{ $name }” के ख़त्म होने की अब कोई तारीख़ नहीं है।
       *[other] आपकी सहायता “{ $name }” अब { $date } को ख़त्म होती है।
    }
}
# $after: "true" जब सहायता अब भुगतान वाली सेवा है।
change-support-paid = { $after ->
    [true] आपकी सहायता “{ $name }” अब भुगतान वाली सेवा है।
   *[other] आपकी सहायता “{ $name }” अब आपके जीवन के लोगों से मिलने वाली बिना भुगतान की सहायता है।
}
# $field: सहायता की कौन-सी बात बदली।
change-support-changed = { $field ->
    [description] आपकी सहायता “{ $name }” क्या करती है, यह नए शब्दों में लिखा गया।
    [location] आपको सहायता “{ $name }” कहाँ मिलती है, यह बदल गया।
    [fundingSource] आपकी सहायता “{ $name }” का भुगतान कौन करता है, यह बदल गया।
    [selfDirected] { $after ->
        [true] आपकी सहायता “{ $name }” का संचालन अब आपके अपने हाथ में है।
       *[other] आपकी सहायता “{ $name }” का संचालन अब आपके अपने हाथ में नहीं है।
    }
    [deliveryPreferences] आपकी सहायता “{ $name }” किस तरह दी जाए, इस बारे में आपकी पसंद बदल गई।
    [critical] { $after ->
        [true] आपकी योजना में अब लिखा है कि आपका स्वास्थ्य या सुरक्षा आपकी सहायता “{ $name }” पर निर्भर है।
       *[other] आपकी योजना में अब यह नहीं लिखा है कि आपका स्वास्थ्य या सुरक्षा आपकी सहायता “{ $name }” पर निर्भर है।
    }
    [backup] अगर आपकी सहायता “{ $name }” न मिले, तो क्या होगा, यह बदल गया।
    [ratePerUnit] आपकी सहायता “{ $name }” के लिए भुगतान की दर बदल गई।
    [goalIds] आपकी सहायता “{ $name }” जिन लक्ष्यों में मदद करती है, वे बदल गए।
    [needIds] आपकी सहायता “{ $name }” जिन ज़रूरतों में मदद करती है, वे बदल गईं।
    [code] आपकी सहायता “{ $name }” का सेवा कोड बदल गया।
    [schedule] आपको सहायता “{ $name }” कब मिलती है, यह बदल गया।
    [authorization] आपकी सहायता “{ $name }” के लिए स्वास्थ्य योजना की मंज़ूरी बदल गई।
    [confidential] आपकी सहायता “{ $name }” कौन देख सकता है, यह बदल गया।
   *[other] आपकी सहायता “{ $name }” की जानकारी बदल गई।
}
# $after: "true" जब टीम अब दर्ज करती है कि बिना भुगतान वाली कोई सहायता नहीं मिली।
change-natural-supports-none = { $after ->
    [true] आपकी योजना में अब लिखा है कि आपके जीवन के लोगों से बिना भुगतान वाली कोई सहायता नहीं मिली।
   *[other] आपकी योजना में अब यह नहीं लिखा है कि बिना भुगतान वाली कोई सहायता नहीं मिली।
}

## जोखिम। $risk: जोखिम, सीधे-सादे शब्दों में; $after: नया पाठ।

change-risk-added = आपकी योजना में एक नया जोखिम लिखा गया: “{ $risk }”।
change-risk-removed = यह जोखिम अब आपकी योजना में नहीं है: “{ $risk }”।
change-risk-mitigation = { $case ->
    [removed] आपकी योजना में अब यह नहीं लिखा है कि जोखिम “{ $risk }” के साथ आपकी सुरक्षा कैसे होगी।
   *[other] जोखिम “{ $risk }” के साथ आपकी सुरक्षा अब इस तरह होगी: “{ $after }”।
}
# $field: "description" (जोखिम ख़ुद) या "personChoice" (इसके बारे में व्यक्ति का अपना चुनाव)।
change-risk-changed = { $field ->
    [description] आपकी योजना का एक जोखिम अब इस तरह लिखा है: “{ $risk }”।
    [confidential] जोखिम “{ $risk }” कौन देख सकता है, यह बदल गया।
   *[other] जोखिम “{ $risk }” के बारे में आपका चुनाव अपडेट किया गया।
}

change-backup-plan = { $case ->
    [added] आपकी योजना में अब आपात स्थिति के लिए एक बैकअप योजना है।
    [removed] आपकी योजना में अब आपात स्थिति के लिए कोई बैकअप योजना नहीं है।
   *[changed] आपात स्थिति के लिए आपकी बैकअप योजना बदल गई।
}

## व्यक्ति कहाँ रहते हैं। $after ($field "setting" के साथ): जगह का प्रकार।

change-setting = { $field ->
    [setting] { $after ->
        [own-home] आपकी योजना में अब लिखा है कि आपके रहने की जगह आपका अपना घर है।
        [family-home] आपकी योजना में अब लिखा है कि आपके रहने की जगह परिवार के किसी सदस्य का घर है।
        [supportive-housing] आपकी योजना में अब लिखा है कि आपके रहने की जगह सहायक आवास (सपोर्टिव हाउसिंग) है।
        [shared-living] आपकी योजना में अब लिखा है कि आपके रहने की जगह साझा आवास वाला घर है।
        [residential-facility] आपकी योजना में अब लिखा है कि आपके रहने की जगह लाइसेंस वाला आवासीय देखभाल घर है।
        [unhoused] आपकी योजना में अब लिखा है कि आपके रहने की जगह कोई आश्रय-स्थल है या आपका कोई स्थायी पता नहीं है।
       *[other] आपकी योजना में अब लिखा है कि आपके रहने की जगह कोई और है।
    }
    [description] आप अपने रहने की जगह के बारे में जो बताते हैं, वह विवरण बदल गया।
    [chosenByPerson] { $after ->
        [true] आपकी योजना में अब लिखा है कि आपने ख़ुद चुना कि आप कहाँ रहें।
       *[other] आपकी योजना में अब यह नहीं लिखा है कि आपने ख़ुद चुना कि आप कहाँ रहें।
    }
    [alternativesConsidered] रहने की जिन दूसरी जगहों के बारे में आपने सोचा, वे अपडेट की गईं।
   *[other] आप कहाँ रहते हैं और क्यों, इसका रिकॉर्ड बदल गया।
}

change-service-choice = सेवाओं और सेवा प्रदाताओं के आपके चुनाव का रिकॉर्ड बदल गया।

## जहाँ व्यक्ति रहते हैं, वहाँ उनके अधिकारों पर सीमाएँ। $right: सीमित किया गया अधिकार।

change-modification-added = आपकी योजना में आपके एक अधिकार पर सीमा जोड़ी गई: “{ $right }”।
change-modification-removed = आपके अधिकारों पर यह सीमा अब आपकी योजना में नहीं है: “{ $right }”।
change-modification-changed = आपके अधिकार “{ $right }” पर लगी सीमा की जानकारी बदल गई।

## टीम। $name: टीम के सदस्य का नाम; $role: उनकी भूमिका, change-team-role से।

change-team-role = { $role ->
    [care-coordinator] आपके देखभाल समन्वयक
    [lead-care-manager] आपके मुख्य देखभाल प्रबंधक
    [housing-navigator] आपके आवास मार्गदर्शक
    [provider] एक सेवा प्रदाता
    [clinician] एक स्वास्थ्य सेवा प्रदाता
    [family] परिवार के सदस्य
    [friend] एक दोस्त
    [peer-support] एक साथी सहायक (पीयर सपोर्टर)
    [representative] आपके प्रतिनिधि
    [decision-supporter] निर्णय लेने में आपके सहायक
   *[other] टीम के एक सदस्य
}
change-team-added = { $name } अब आपकी टीम में { $role } के रूप में शामिल हैं।
change-team-removed = { $name } अब आपकी टीम में नहीं हैं।
change-team-role-changed = { $name } अब आपकी टीम में { $role } के रूप में हैं।
# $field: कौन-सी जानकारी बदली।
change-team-changed = { $field ->
    [contact] { $name } की संपर्क जानकारी बदल गई।
    [chosenByPerson] आपकी योजना में यह जानकारी बदल गई कि { $name } को आपकी टीम के लिए आपने चुना या नहीं।
   *[other] आपकी टीम में { $name } के बारे में जानकारी बदल गई।
}

## योजना कौन लिखता है और कौन उस पर नज़र रखता है। $name: नए व्यक्ति का नाम (ख़ाली हो सकता है)।

change-planner = आपकी योजना लिखने में आपकी मदद करने वाले व्यक्ति बदल गए।
change-plan-monitor = { $case ->
    [removed] आपकी योजना में अब यह नाम नहीं है कि उस पर नज़र कौन रखता है।
   *[other] अब यह देखने की ज़िम्मेदारी { $name } की है कि आपकी योजना पर अमल हो।
}

## समीक्षाएँ।

change-last-review = { $case ->
    [removed] आपकी योजना में अब आपकी पिछली समीक्षा की तारीख़ नहीं है।
   *[other] आपकी योजना की पिछली समीक्षा की तारीख़ अब { $date } है।
}
change-next-review = { $case ->
    [removed] आपकी योजना में अब आपकी अगली समीक्षा की तारीख़ नहीं है।
   *[other] आपकी योजना की अगली समीक्षा अब { $date } तक होनी है।
}
# $field: "triggers" (समीक्षा कब होती है) या "updateRequestMethod" (बदलाव कैसे माँगें)।
change-review = { $field ->
    [triggers] आपकी योजना की समीक्षा किन हालात में होती है, यह बदल गया।
   *[other] अपनी योजना में बदलाव माँगने का तरीका बदल गया।
}

# $field: "ecm" (उन्नत देखभाल प्रबंधन) या "housingSupportPlan"।
change-program-section = { $field ->
    [ecm] आपके देखभाल प्रबंधन वाला भाग बदल गया।
   *[other] आपकी आवास सहायता योजना बदल गई।
}
