## बिलिंग के निष्कर्ष (SV1–SV7): सेवा रिकॉर्ड बनाम बिलिंग शर्तें और प्राधिकरण।
## हर संदेश में `.help` विशेषता है जो बताती है कि कैसे ठीक करें। तर्क केवल गिनतियाँ हैं, रिकॉर्ड का डेटा कभी नहीं।

services-unknown-support = यह रिकॉर्ड ऐसी सहायता का नाम देता है जिसकी कोई बिलिंग शर्तें नहीं हैं, इसलिए इसका बिल नहीं बनता।
    .help = सहायता की बिलिंग शर्तें (प्रक्रिया कोड, सेवा इकाई, दर) जोड़ें, या रिकॉर्ड में सहायता की आईडी सुधारें।
services-outside-billing-period = यह सेवा बिलिंग अवधि के बाहर दी गई थी, इसलिए यह इस दावे में नहीं है।
    .help = इसका बिल उसी अवधि के साथ बनाएँ जिसमें सेवा दी गई थी।
services-outside-authorization = यह सेवा अपने प्राधिकरण की तारीखों के बाहर है, इसलिए इसका बिल नहीं बनता।
    .help = स्वास्थ्य योजना से प्राधिकरण बढ़ाने या नवीनीकृत करने को कहें, या रिकॉर्ड की तारीख सुधारें।
services-units-capped = { $requested } में से केवल { $billed } इकाइयों का बिल बना: प्राधिकरण कुल { $authorized } इकाइयों की अनुमति देता है।
    .help = स्वास्थ्य योजना से और इकाइयाँ माँगें, या बाकी का बिल तभी बनाएँ जब योजना प्राधिकरण से अधिक भुगतान के लिए सहमत हो।
services-units-above-authorization = { $authorized } अधिकृत इकाइयों से अधिक { $over } इकाइयों का बिल बन रहा है।
    .help = दावा भेजने से पहले स्वास्थ्य योजना से पुष्टि करें: प्राधिकरण से अधिक इकाइयाँ प्रायः अस्वीकार होती हैं।
services-missing-minutes = समय-आधारित सेवा के इस रिकॉर्ड में न मिनट हैं न इकाइयाँ, इसलिए इसका बिल नहीं बनता।
    .help = लिखें कि सेवा में कितने मिनट लगे।
services-below-one-unit = उस दिन के मिनट किसी भी बिल योग्य इकाई तक नहीं पहुँचते।
    .help = यदि रिकॉर्ड सही है तो कुछ ठीक करने की ज़रूरत नहीं: पूर्णांकन नियम के अनुसार छोटे संपर्क का बिल नहीं बनता।

## निगरानी के निष्कर्ष (SM1–SM6): दी गई सेवाएँ बनाम योजना में लिखी बातें। तर्क केवल गिनतियाँ हैं।

monitor-not-in-plan = यह रिकॉर्ड ऐसी सहायता का नाम देता है जो योजना में नहीं है।
    .help = रिकॉर्ड में सहायता की आईडी सुधारें, या सेवा देने से पहले व्यक्ति के साथ मिलकर उसे योजना में जोड़ें।
monitor-outside-support-dates = यह सेवा योजना में लिखी सहायता की तारीखों के बाहर दी गई थी।
    .help = रिकॉर्ड की तारीख सुधारें, या व्यक्ति के साथ मिलकर योजना में सहायता की तारीखें अपडेट करें।
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = इस अवधि में योजना में लिखी मात्रा का केवल { $percent }% ही दिया गया।
    .help = व्यक्ति और सेवा प्रदाता से पूछें कि क्या रुकावट आई, और कमी पूरी करने का या व्यक्ति के साथ मिलकर योजना बदलने का तरीका खोजें।
monitor-above-plan = इस अवधि में योजना में लिखी मात्रा का { $percent }% दिया गया।
    .help = जाँचें कि रिकॉर्ड सही हैं; अगर व्यक्ति को और ज़रूरत है, तो उनके साथ मिलकर योजना (और प्राधिकरण) अपडेट करें।
monitor-missing-authorization = सेवाएँ ऐसे कोड के तहत दी गईं जिसका भुगतान स्वास्थ्य योजना केवल प्राधिकरण होने पर करती है, और इस सहायता का कोई प्राधिकरण नहीं है।
    .help = स्वास्थ्य योजना से प्राधिकरण माँगें और उसका नंबर सहायता में दर्ज करें; तब तक इन सेवाओं का भुगतान नहीं होगा।
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = लगातार { $missed } निर्धारित बार यह सेवा नहीं दी गई (इस अवधि में कुल { $scheduled } बार निर्धारित)।
    .help = व्यक्ति और सेवा प्रदाता से संपर्क करें: लंबे अंतराल का मतलब हो सकता है कि सेवा रुक गई है और किसी ने ध्यान नहीं दिया।

## "मेरी सेवाएँ कैसी चल रही हैं": व्यक्ति के लिए दस्तावेज़ कि उन्हें क्या मिला, और साथ में उनकी योजना क्या कहती है।

# The document's title. $name: the person's name.
services-title = मेरी सेवाएँ कैसी चल रही हैं: { $name }
services-heading = मेरी सेवाएँ कैसी चल रही हैं
# $from and $to: the first and last day of the period, already formatted.
services-intro = यह पेज दिखाता है कि { $from } से { $to } के बीच मुझे अपनी सेवाओं से क्या मिला, और साथ में यह भी कि मेरी योजना क्या कहती है।
services-plan-says = मेरी योजना कहती है:
services-i-got = मुझे क्या मिला:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }, { $count } बार
services-none-delivered = इस अवधि के लिए कुछ भी दर्ज नहीं है।
services-last = पिछली बार:
services-as-planned = यह लगभग उतना ही है जितना मेरी योजना कहती है।
services-below = यह मेरी योजना में लिखे से कम है।
services-above = यह मेरी योजना में लिखे से ज़्यादा है।
# $missed: how many scheduled times in a row went by without the service.
services-gap = लगातार { $missed } बार, सेवा तब नहीं आई जब मेरी योजना के अनुसार उसे आना था।
services-none = इस अवधि के लिए कोई सेवा दर्ज नहीं है।
services-talk = अगर कुछ ठीक नहीं है, तो मुझे अपने देखभाल समन्वयक से बात करने का अधिकार है। मुझे कभी भी अपनी योजना बदलने के लिए कहने का अधिकार है।

## स्टाफ़ के लिए उपयोग तालिका: अवधि के दौरान हर सहायता के लिए एक पंक्ति।

# $from and $to: the first and last day of the period, already formatted.
utilization-title = { $from } से { $to } तक की सेवाएँ
utilization-col-support = सहायता
utilization-col-planned = योजना के अनुसार
utilization-col-delivered = दी गई
utilization-col-services = सेवाओं की संख्या
utilization-col-authorization = प्राधिकरण
utilization-col-used = इस्तेमाल हुई इकाइयाँ
utilization-col-remaining = बची हुई इकाइयाँ
utilization-col-missed = सबसे लंबा अंतराल
utilization-not-tracked = इन रिकॉर्ड में नहीं
utilization-findings = निष्कर्ष
