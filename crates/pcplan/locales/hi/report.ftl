## जाँच रिपोर्ट, जैसे समन्वयक इसे पढ़ते हैं: योजना के भाग, गंभीरता, सारांश।

severity-error = त्रुटि
severity-warning = चेतावनी
severity-info = टिप्पणी
finding-fix = कैसे ठीक करें
finding-value = मान
report-summary = { $errors ->
        [0] कोई त्रुटि नहीं
        [one] { $errors } त्रुटि
       *[other] { $errors } त्रुटियाँ
    }, { $warnings ->
        [0] कोई चेतावनी नहीं।
        [one] { $warnings } चेतावनी।
       *[other] { $warnings } चेतावनियाँ।
    }

section-plan = पूरी योजना
section-effectivePeriod = योजना की तारीख़ें
section-person = व्यक्ति के बारे में
section-representatives = प्रतिनिधि
section-profile = परिचय
section-needs = ज़रूरतें
section-goals = लक्ष्य
section-supports = सहायता
section-risks = जोखिम
section-backupPlan = बैकअप योजना
section-settingChoice = रहने की जगह
section-serviceChoice = सेवाओं और सेवा प्रदाताओं का चुनाव
section-modifications = अधिकारों पर सीमाएँ
section-team = टीम
section-planner = योजना बनाने वाले
section-planMonitor = योजना की निगरानी करने वाले
section-meetings = बैठकें
section-monitoring = निगरानी
section-feedback = प्रतिक्रिया
section-review = समीक्षा
section-lifeEvents = जीवन की घटनाएँ
section-updateRequests = बदलाव के अनुरोध
section-signatures = हस्ताक्षर
section-distribution = योजना की प्रतियाँ
section-programSections = कार्यक्रम के भाग
