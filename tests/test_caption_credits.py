"""A photo credit closing a caption between two paragraphs goes and the caption stays, as French
and Vietnamese captions do (<lang>.credit.photo-in-caption in hi, fa, ur, pl, sw, tl, id): unknown,
the credit was kept glued to the caption. Polish "fot." and "im." no longer end a sentence before a
name (segment.toml), or the credit's name stood alone as a sentence of its own."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

# language: (headline, [paragraphs], caption, credit as glued to it)
PAGES = {
    "pl": (
        "Nowy most na Wiśle w Płocku otwarty dla ruchu",
        ["Nowy most drogowy na Wiśle w Płocku został w niedzielę oddany do użytku po ponad trzech latach budowy.",
         "Przeprawa ma 1,2 km długości i kosztowała 850 mln zł, z czego połowę pokryły fundusze unijne.",
         "Według zarządu dróg miejskich nowy most ma odciążyć stary most im. Legionów o połowę.",
         "Ruch ciężarówek po moście zostanie dopuszczony od stycznia."],
        "Most w Płocku", ", fot. Tomasz Nowak / Agencja Wyborcza.pl",
    ),
    "hi": (
        "दिल्ली में प्रदूषण बढ़ा, ग्रैप का तीसरा चरण लागू",
        ["दिल्ली में वायु गुणवत्ता सूचकांक 400 के पार पहुंचने के बाद ग्रैप का तीसरा चरण लागू कर दिया गया है।",
         "इसके तहत निर्माण कार्यों पर रोक लगा दी गई है और प्राथमिक स्कूलों में ऑनलाइन कक्षाएं चलेंगी।",
         "पर्यावरण मंत्री ने लोगों से निजी वाहनों का कम इस्तेमाल करने की अपील की।",
         "मौसम विभाग के अनुसार अगले दो दिन हवा की रफ्तार कम रहेगी।"],
        "इंडिया गेट के पास छाई धुंध।", " फोटो: पीटीआई",
    ),
    "fa": (
        "پرسپولیس با دو گل استقلال خوزستان را برد",
        ["پرسپولیس در هفته دوازدهم لیگ برتر با دو گل استقلال خوزستان را شکست داد و به صدر جدول بازگشت.",
         "گل‌های این بازی را مهدی ترابی و اوستون اورونوف به ثمر رساندند.",
         "سرمربی پرسپولیس پس از بازی گفت که تیمش در نیمه دوم بهتر بازی کرد.",
         "هفته آینده پرسپولیس به مصاف تراکتور می‌رود."],
        "هواداران پرسپولیس در ورزشگاه آزادی", " / عکس: امیر حسینی",
    ),
    "ur": (
        "پاکستان نے تیسرے ون ڈے میں جنوبی افریقہ کو 5 وکٹوں سے ہرا دیا",
        ["پاکستان نے جوہانسبرگ میں کھیلے گئے تیسرے ون ڈے میچ میں جنوبی افریقہ کو پانچ وکٹوں سے شکست دے دی۔",
         "بابر اعظم نے 88 رنز کی اننگز کھیلی اور مین آف دی میچ قرار پائے۔",
         "اس جیت کے ساتھ پاکستان نے سیریز دو ایک سے اپنے نام کر لی۔",
         "دونوں ٹیموں کے درمیان ٹی ٹوئنٹی سیریز جمعہ سے شروع ہوگی۔"],
        "پاکستانی کھلاڑی جیت کا جشن منا رہے ہیں", " — فوٹو: اے ایف پی",
    ),
    "sw": (
        "Mvua kubwa yasababisha mafuriko Dar es Salaam, barabara kadhaa zafungwa",
        ["Mvua kubwa iliyonyesha usiku wa kuamkia Jumapili imesababisha mafuriko katika maeneo kadhaa ya jiji la Dar es Salaam.",
         "Mamlaka ya Hali ya Hewa Tanzania (TMA) imesema mvua hizo zitaendelea hadi Jumanne.",
         "Jeshi la Zimamoto limewaokoa watu 14 waliokuwa wamekwama kwenye nyumba zao.",
         "Serikali imewataka wananchi kuepuka kuvuka mito iliyojaa maji."],
        "Wakazi wa Jangwani wakivuka maji kwa miguu.", " Picha na Juma Mwinyi",
    ),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_captions_credit_goes_and_the_caption_stays(lang: str) -> None:
    headline, paragraphs, caption, credit = PAGES[lang]
    page = "\n".join([headline, *paragraphs[:2], caption + credit, *paragraphs[2:]]) + "\n"
    out = clean_text(page).text
    lines = out.splitlines()
    assert credit.strip(" ,/—") not in out, (lang, out)
    for line in [headline, *paragraphs, caption]:
        assert line in lines, (lang, line, out)
    assert clean_text(out).text == out
