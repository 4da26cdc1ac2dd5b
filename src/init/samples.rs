//! The sample text `letterpress init` writes for each language: the site's name, the home
//! page, a section, an article and a letter. English, German, Danish and Chinese have their own;
//! every other built-in language gets the English text, marked as such. Text only: it never
//! decides paths or writes files.

/// The words of one language's sample site.
pub struct Sample {
    /// Whether the text is in the language itself (not the English stand-in).
    pub native: bool,
    pub site_title: &'static str,
    pub site_tagline: &'static str,
    pub home_title: &'static str,
    pub home_description: &'static str,
    pub home_body: &'static str,
    pub section_title: &'static str,
    pub section_slug: &'static str,
    pub section_description: &'static str,
    pub section_body: &'static str,
    pub article_title: &'static str,
    pub article_slug: &'static str,
    pub article_description: &'static str,
    /// Markdown; `{lang}` stands for the language's folder, `{letter}` for the letter's fence.
    pub article_body: &'static str,
    /// The letter's translation (`locales/<lang>/letters/thank-you.ftl`).
    pub letter: &'static str,
}

/// The sample of built-in language `tag` (`de`, `zh-Hant` …): its own, or the English one.
pub fn sample(tag: &str) -> Sample {
    match tag {
        "de" => GERMAN,
        "da" => DANISH,
        "zh" => CHINESE,
        "en" => ENGLISH,
        _ => Sample {
            native: false,
            ..ENGLISH
        },
    }
}

/// What the English stand-in says at the top of a page in another language.
pub const STAND_IN_NOTE: &str = "> **Sample text in English.** Letterpress has no sample text in this language: translate this page, or replace it with your own.\n\n";

const ENGLISH: Sample = Sample {
    native: true,
    site_title: "My Guide",
    site_tagline: "A guide in several languages, made with Letterpress.",
    home_title: "Welcome",
    home_description: "The home page of a new guide.",
    home_body: "This is the home page of your new guide. Change its text in `content/{lang}/_index.md`.\n\nThe sections and articles of the guide are listed below.\n",
    section_title: "Guide",
    section_slug: "guide",
    section_description: "The articles of the guide.",
    section_body: "Each article of this section is a Markdown file in `content/{lang}/guide/`.\n",
    article_title: "Your first article",
    article_slug: "first-article",
    article_description: "How this page is made, and how to write the next one.",
    article_body: "This page is the file `content/{lang}/guide/first-article.md`. Change it and save it: `letterpress serve` shows the new version at once.\n\n## Translations\n\nA file with the same name in another language's folder is a translation of this page. Readers switch between them with the language menu. `letterpress translate guide/first-article --to <code>` starts a translation into a language listed in `site.yaml` that does not have one yet, and `letterpress status` shows what each language still lacks.\n\n## A letter to fill in\n\nThe letter below is declared in `content/letters/thank-you.yaml`, and its text is in `locales/{lang}/letters/thank-you.ftl`. Readers fill in the blanks and copy, send or print it.\n\n{letter}",
    letter: r#"title = Thank-you note
slug = thank-you-note
description = A short note to thank someone for their time.
subject = Thank you for your time
body =
    Dear { $contact },

    Thank you for taking the time to talk with me. I enjoyed our conversation and hope we stay in touch.

    Best regards,
    { $sender_name }
field-contact = Name of the person
    .hint = As you would write it after "Dear".
    .example = Ms Jensen
field-sender_name = Your name
    .hint = How you sign your letters.
    .example = Sam Taylor
"#,
};

const GERMAN: Sample = Sample {
    native: true,
    site_title: "Mein Ratgeber",
    site_tagline: "Ein mehrsprachiger Ratgeber, erstellt mit Letterpress.",
    home_title: "Willkommen",
    home_description: "Die Startseite eines neuen Ratgebers.",
    home_body: "Dies ist die Startseite Ihres neuen Ratgebers. Ihren Text ändern Sie in `content/{lang}/_index.md`.\n\nDie Bereiche und Artikel des Ratgebers stehen unten.\n",
    section_title: "Ratgeber",
    section_slug: "ratgeber",
    section_description: "Die Artikel des Ratgebers.",
    section_body: "Jeder Artikel dieses Bereichs ist eine Markdown-Datei in `content/{lang}/guide/`.\n",
    article_title: "Ihr erster Artikel",
    article_slug: "erster-artikel",
    article_description: "Wie diese Seite entsteht und wie Sie die nächste schreiben.",
    article_body: "Diese Seite ist die Datei `content/{lang}/guide/first-article.md`. Ändern und speichern Sie sie: `letterpress serve` zeigt sofort die neue Fassung.\n\n## Übersetzungen\n\nEine Datei mit demselben Namen im Ordner einer anderen Sprache ist eine Übersetzung dieser Seite. Über das Sprachmenü wechseln Leserinnen und Leser zwischen ihnen. `letterpress translate guide/first-article --to <Code>` beginnt eine Übersetzung in eine Sprache aus `site.yaml`, die noch keine hat, und `letterpress status` zeigt, was jeder Sprache noch fehlt.\n\n## Ein Brief zum Ausfüllen\n\nDer Brief unten ist in `content/letters/thank-you.yaml` angelegt, sein Text steht in `locales/{lang}/letters/thank-you.ftl`. Leserinnen und Leser füllen die Lücken aus und kopieren, verschicken oder drucken ihn.\n\n{letter}",
    letter: r#"title = Dankesnotiz
slug = dankesnotiz
description = Eine kurze Notiz, mit der Sie sich für die Zeit einer Person bedanken.
subject = Vielen Dank für Ihre Zeit
body =
    Guten Tag { $contact },

    vielen Dank, dass Sie sich Zeit für unser Gespräch genommen haben. Es hat mich sehr gefreut, und ich hoffe, wir bleiben in Kontakt.

    Mit freundlichen Grüßen
    { $sender_name }
field-contact = Name der Person
    .hint = So, wie Sie ihn nach „Guten Tag“ schreiben würden.
    .example = Frau Schneider
field-sender_name = Ihr Name
    .hint = So, wie Sie Ihre Briefe unterschreiben.
    .example = Kim Berger
"#,
};

const DANISH: Sample = Sample {
    native: true,
    site_title: "Min guide",
    site_tagline: "En flersproget guide lavet med Letterpress.",
    home_title: "Velkommen",
    home_description: "Forsiden af en ny guide.",
    home_body: "Dette er forsiden af din nye guide. Du ændrer teksten i `content/{lang}/_index.md`.\n\nGuidens afsnit og artikler står nedenfor.\n",
    section_title: "Guide",
    section_slug: "guide",
    section_description: "Guidens artikler.",
    section_body: "Hver artikel i dette afsnit er en Markdown-fil i `content/{lang}/guide/`.\n",
    article_title: "Din første artikel",
    article_slug: "foerste-artikel",
    article_description: "Hvordan denne side bliver til, og hvordan du skriver den næste.",
    article_body: "Denne side er filen `content/{lang}/guide/first-article.md`. Ret den, og gem den: `letterpress serve` viser straks den nye version.\n\n## Oversættelser\n\nEn fil med samme navn i et andet sprogs mappe er en oversættelse af denne side. Læserne skifter mellem dem i sprogmenuen. `letterpress translate guide/first-article --to <kode>` begynder en oversættelse til et sprog fra `site.yaml`, der endnu ikke har en, og `letterpress status` viser, hvad hvert sprog stadig mangler.\n\n## Et brev, du kan udfylde\n\nBrevet nedenfor er oprettet i `content/letters/thank-you.yaml`, og dets tekst står i `locales/{lang}/letters/thank-you.ftl`. Læserne udfylder felterne og kopierer, sender eller udskriver det.\n\n{letter}",
    letter: r#"title = Takkebrev
slug = takkebrev
description = En kort hilsen, hvor du takker en person for tiden.
subject = Tak for din tid
body =
    Kære { $contact }

    Tak, fordi du tog dig tid til at tale med mig. Jeg satte stor pris på vores samtale og håber, at vi holder kontakten.

    Venlig hilsen
    { $sender_name }
field-contact = Personens navn
    .hint = Som du ville skrive det efter »Kære«.
    .example = Anna
field-sender_name = Dit navn
    .hint = Som du skriver under på dine breve.
    .example = Sofie Madsen
"#,
};

const CHINESE: Sample = Sample {
    native: true,
    site_title: "我的指南",
    site_tagline: "用 Letterpress 制作的多语言指南。",
    home_title: "欢迎",
    home_description: "新指南的首页。",
    home_body: "这是您的新指南的首页。修改 `content/{lang}/_index.md` 即可更改这段文字。\n\n指南的栏目和文章列在下方。\n",
    section_title: "指南",
    section_slug: "guide",
    section_description: "指南中的文章。",
    section_body: "本栏目的每篇文章都是 `content/{lang}/guide/` 中的一个 Markdown 文件。\n",
    article_title: "您的第一篇文章",
    article_slug: "first-article",
    article_description: "本页是怎样生成的，以及如何写下一篇。",
    article_body: "本页就是文件 `content/{lang}/guide/first-article.md`。修改并保存后，`letterpress serve` 会立即显示新版本。\n\n## 翻译\n\n其他语言文件夹中的同名文件就是本页的译文，读者可以通过语言菜单在各版本之间切换。对于 `site.yaml` 中列出、但还没有译文的语言，运行 `letterpress translate guide/first-article --to <语言代码>` 即可开始翻译；`letterpress status` 会列出各语言尚缺的内容。\n\n## 可填写的信函\n\n下面的信函在 `content/letters/thank-you.yaml` 中声明，正文在 `locales/{lang}/letters/thank-you.ftl` 中。读者填好空白处后，可以复制、发送或打印。\n\n{letter}",
    letter: r#"title = 感谢信
slug = thank-you-note
description = 一封简短的感谢信，感谢对方抽出时间。
subject = 感谢您抽出时间
body =
    { $contact }，您好：

    感谢您抽出时间与我交流。这次谈话让我很有收获，希望今后保持联系。

    祝好！
    { $sender_name }
field-contact = 对方的称呼
    .hint = 写在“您好”之前的称呼。
    .example = 王经理
field-sender_name = 您的姓名
    .hint = 您在信末的署名。
    .example = 李明
"#,
};

/// The language's name in itself, for `site.yaml`.
pub fn native_name(tag: &str) -> &'static str {
    match tag {
        "ar" => "العربية",
        "da" => "Dansk",
        "de" => "Deutsch",
        "es" => "Español",
        "fr" => "Français",
        "it" => "Italiano",
        "ja" => "日本語",
        "ko" => "한국어",
        "nb" => "Norsk bokmål",
        "nl" => "Nederlands",
        "pl" => "Polski",
        "pt" => "Português",
        "sv" => "Svenska",
        "zh" => "中文",
        "zh-Hant" => "中文（繁體）",
        _ => "English",
    }
}
