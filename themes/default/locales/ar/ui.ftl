# النصوص المدمجة لواجهة القالب الافتراضي: العربية الفصحى (من اليمين إلى اليسار).
# الأزرار بصيغة المصدر (نسخ، طباعة)، والجمل بصيغة المبني للمجهول قدر الإمكان لتجنّب التذكير والتأنيث.
# صيغ الأعداد: zero (0)، one (1)، two (2)، few (3–10)، many (11–99)، other (100–102 …).

skip-to-content = الانتقال إلى المحتوى
nav-home = الرئيسية
nav-label = الأقسام
nav-letters = الرسائل
menu-button = القائمة
language-switcher-label = اللغة
language-menu = اللغة: { $language }
breadcrumbs-label = موقعك الحالي
breadcrumbs-separator = ›
toc-title = في هذه الصفحة
pager-label = المزيد في هذا القسم
previous-page = السابق:
next-page = التالي:
reading-time = { NUMBER($minutes) ->
    [zero] أقل من دقيقة للقراءة
    [one] دقيقة واحدة للقراءة
    [two] دقيقتان للقراءة
    [few] { $minutes } دقائق للقراءة
    [many] { $minutes } دقيقة للقراءة
   *[other] { $minutes } دقيقة للقراءة
}
updated-on = حُدِّثت في { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
date-long = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }

language-in = { $code ->
    [ar] بالعربية
    [da] بالدنماركية
    [de] بالألمانية
    [en] بالإنجليزية
    [es] بالإسبانية
    [fr] بالفرنسية
    [it] بالإيطالية
    [ja] باليابانية
    [ko] بالكورية
    [nb] بالنرويجية
    [nl] بالهولندية
    [pl] بالبولندية
    [pt] بالبرتغالية
    [sv] بالسويدية
    [zh] بالصينية المبسطة
    [zh-Hant] بالصينية التقليدية
   *[other] بلغة { $name }
}
fallback-notice = هذه الصفحة غير متوفرة بعد { $missing }، لذلك تُعرض هنا { $shown }.
fallback-help = المساعدة في ترجمتها مرحَّب بها.
outdated-notice = تغيّر النص الأصلي لهذه الصفحة منذ ترجمتها.
outdated-link = قراءة النص الأصلي { $source }.

not-found-title = الصفحة غير موجودة
not-found-text = عذرًا، لا توجد صفحة على هذا العنوان. يمكن اختيار لغة للعودة إلى الصفحة الرئيسية:
chooser-prompt = اختيار اللغة
feed-title = موجز Atom
edit-page = تعديل هذه الصفحة

letters-title = رسائل جاهزة للتعبئة
letters-intro = رسائل جاهزة للاستخدام: تُملأ الفراغات وتُراجع المعاينة، ثم يمكن نسخ الرسالة أو إرسالها بالبريد الإلكتروني أو تنزيلها أو طباعتها.
letters-more = رسائل أخرى
letter-open-page = فتح هذه الرسالة في صفحة مستقلة
letter-explained-in = الشرح في الدليل
letter-fill-in = تعبئة هذه الرسالة
letter-hide = إخفاء النموذج
letter-see = عرض الرسالة
letter-form-intro = تتحدّث الرسالة مع كل حرف يُكتب في الفراغات. لا يغادر شيء مما يُكتب هنا هذا الجهاز.
letter-optional = (اختياري)
letter-example = مثال: { $example }
letter-remember = تذكّر بياناتي على هذا الجهاز
letter-remember-hint = تُحفظ في هذا المتصفح فقط، وفقط عند تحديد المربع. وعندئذٍ يُملأ الاسم في الرسائل الأخرى أيضًا.
letter-forget = حذف بياناتي
letter-forgotten = حُذفت البيانات المحفوظة من هذا الجهاز.
letter-preview-label = الرسالة
letter-subject = الموضوع:
letter-blanks = { $count ->
    [0] امتلأت جميع الفراغات
    [one] بقي فراغ واحد
    [two] بقي فراغان
    [few] بقيت { $count } فراغات
    [many] بقي { $count } فراغًا
   *[other] بقي { $count } فراغ
}
letter-next-blank = الفراغ التالي
letter-copy = نسخ
letter-mail = فتح في البريد الإلكتروني
letter-download = تنزيل ‎.txt
letter-print = طباعة
letter-reset = مسح النموذج
letter-copied = نُسخت إلى الحافظة.
letter-copied-blanks = نُسخت، لكن الفراغات بين [قوسين معقوفين] ما زالت فارغة.
letter-copy-failed = لم يسمح المتصفح بالنسخ. الرسالة محدّدة: يمكن الضغط على Ctrl+C (أو ⌘+C) لنسخها.
letter-mail-opened = من المفترض أن يُفتح برنامج البريد الآن. إن لم يحدث شيء، يمكن نسخ النص بدلًا من ذلك.
letter-mail-blanks = من المفترض أن يُفتح برنامج البريد الآن، لكن الفراغات بين [قوسين معقوفين] ما زالت فارغة.
letter-downloaded = حُفظت باسم { $file }.
letter-downloaded-blanks = حُفظت باسم { $file }، لكن الفراغات بين [قوسين معقوفين] ما زالت فارغة.
letter-cleared = أصبح النموذج فارغًا من جديد.
letter-nojs = قبل إرسال الرسالة، تُستبدل الفراغات بين [قوسين معقوفين] بالبيانات الشخصية.
ellipsis = …

translations-link = تعرض صفحة حالة الترجمة مدى تقدّم كل ترجمة.
translations-title = حالة الترجمة
translations-intro = مقدار ما تُرجم من هذا الموقع إلى كل لغة، وما ينقص منه أو صار قديمًا.
translations-summary = العناصر المترجمة لكل لغة
translations-language = اللغة
translations-articles = الصفحات
translations-letters = الرسائل
translations-strings = نصوص الواجهة
translations-source = (لغة المصدر)
# صيغة "العنوان: العدد" تغني عن مطابقة المعدود للعدد، فالصيغ كلها متساوية.
translations-counts = { $total ->
    [zero] المترجَم: { $translated } من { $total }
    [one] المترجَم: { $translated } من { $total }
    [two] المترجَم: { $translated } من { $total }
    [few] المترجَم: { $translated } من { $total }
    [many] المترجَم: { $translated } من { $total }
   *[other] المترجَم: { $translated } من { $total }
}{ $outdated ->
    [0] {""}
    [one] ، القديم: { $outdated }
    [two] ، القديم: { $outdated }
    [few] ، القديم: { $outdated }
    [many] ، القديم: { $outdated }
   *[other] ، القديم: { $outdated }
}{ $missing ->
    [0] {""}
    [one] ، الناقص: { $missing }
    [two] ، الناقص: { $missing }
    [few] ، الناقص: { $missing }
    [many] ، الناقص: { $missing }
   *[other] ، الناقص: { $missing }
}
translations-item = الصفحة أو الرسالة
translations-state = الحالة
translations-file = الملف
# يقع بين مسارين لاتينيين فيُعرض من اليسار إلى اليمين كما في الإنجليزية: الملف ← الأصل.
translations-arrow = ←
translations-missing-strings = نصوص الواجهة التي لم تُترجم بعد:
state-translated = مترجَم
state-untracked = مترجَم (دون تتبّع)
state-outdated = قديم
state-missing = غير مترجَم

search-label = البحث في الموقع
search-placeholder = بحث
search-button = بحث
search-title = البحث
search-kind-article = مقالة
search-kind-letter = رسالة
search-kind-section = قسم
search-kind-home = الصفحة الرئيسية
search-intro = البحث في جميع المقالات والرسائل بالعربية، أو تصفّح القائمة الكاملة أدناه.
search-found = الصفحات التي عُثر عليها: { $count }
search-none = لا نتائج لـ«{ $query }». يمكن تجربة كلمة أخرى، أو تصفّح قائمة جميع الصفحات في صفحة البحث.
search-loading = جارٍ البحث…
search-unavailable = البحث لا يعمل في هذا المتصفح، لكن يمكن تصفّح قائمة جميع الصفحات في صفحة البحث.
search-all-results = جميع نتائج «{ $query }»
search-all-pages = جميع الصفحات
# The page at an old address of a page (an alias), leading on to it.
redirect-title = نُقلت الصفحة: { $page }
redirect-text = نُقلت هذه الصفحة. إن لم ينقلك المتصفح إليها تلقائيًا، فاتبع هذا الرابط:
