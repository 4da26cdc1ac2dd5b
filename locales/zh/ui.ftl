# 界面文字（简体中文）
site-title = Offer之后
site-tagline = 拒绝、撤回与回头的实用指南——附可直接填写的信函模板。
skip-to-content = 跳到正文
nav-home = 首页
nav-label = 指南栏目
language-switcher-label = 语言
breadcrumbs-label = 当前位置
toc-title = 本页目录
pager-label = 本栏目的其他文章
previous-page = 上一篇：
next-page = 下一篇：
reading-time = 阅读约需 { $minutes } 分钟
updated-on = 更新于 { $date }
fallback-notice = 本页尚无{ $missing_code ->
        [zh] 中文
        [en] 英文
        [de] 德文
        [da] 丹麦文
       *[other] { $missing }
    }版本，您正在阅读的是{ $shown_code ->
        [zh] 中文
        [en] 英文
        [de] 德文
        [da] 丹麦文
       *[other] { $shown }
    }版本。
fallback-help = 欢迎帮助翻译。
not-found-title = 页面不存在
not-found-text = 抱歉，您访问的页面不存在。请选择语言，回到指南首页：
chooser-prompt = 请选择语言
feed-title = Atom 订阅
edit-page = 编辑本页
date-long = { $year }年{ $month }月{ $day }日
letters-title = 可填写的信函模板
letters-intro = 每个环节都有现成的信函：填好空白处，核对预览，然后复制、用邮件发送、下载或打印。
letter-open-page = 在单独页面中打开此信函
letter-form-intro = 请填写空白处，信函会随输入实时更新。您输入的内容不会离开您的设备。如果点“用邮件打开”没有反应（只用网页邮箱时常见），请点“复制”，再粘贴到邮箱里。
letter-optional = （选填）
letter-remember = 在此设备上记住我的信息
letter-remember-hint = 只有勾选后才会保存，而且只保存在本浏览器中；您的姓名还会自动填入其他信函。
letter-forget = 清除我的信息
letter-forgotten = 您保存的信息已从此设备删除。
letter-preview-label = 您的信函
letter-subject = 主题：
letter-copy = 复制
letter-mail = 用邮件打开
letter-download = 下载 .txt
letter-print = 打印
letter-reset = 清空表单
letter-copied = 已复制到剪贴板。
letter-copy-failed = 浏览器不允许复制。信函已选中，请按 Ctrl+C（或 ⌘+C）复制。
letter-nojs = 发送前，请把 [方括号] 中的空白处替换为您自己的信息。
outdated-notice = 自本页翻译以来，原文（{ $source_code ->
        [zh] 中文
        [en] 英文
        [de] 德文
        [da] 丹麦文
       *[other] { $source }
    }）已有改动。
outdated-link = 阅读原文（{ $source_code ->
        [zh] 中文
        [en] 英文
        [de] 德文
        [da] 丹麦文
       *[other] { $source }
    }）。
translations-link = 各语言的翻译进度，请见翻译状态页。
translations-title = 翻译状态
translations-intro = 本指南在各语言中的翻译进度，以及尚缺或已过时的内容。欢迎参与，详见“关于本指南”页面。
translations-summary = 各语言已翻译条目
translations-language = 语言
translations-articles = 页面
translations-letters = 信函
translations-strings = 界面文字
translations-source = （源语言）
translations-counts = 共 { $total } 项，已翻译 { $translated } 项{ $outdated ->
    [0] {""}
   *[other] ，{ $outdated } 项已过时
}{ $missing ->
    [0] {""}
   *[other] ，{ $missing } 项尚未翻译
}
translations-item = 页面或信函
translations-state = 状态
translations-file = 文件
translations-missing-strings = 尚待翻译的界面文字：
state-translated = 已翻译
state-untracked = 已翻译（尚未跟踪）
state-outdated = 已过时
state-missing = 未翻译
# 搜索：页眉中的搜索框、搜索结果和搜索页（搜索页同时列出全部页面，没有 JavaScript 也能使用）。
search-label = 搜索本指南
search-placeholder = 搜索本指南
search-kind-article = 文章
search-kind-letter = 信函模板
search-kind-section = 栏目
search-kind-home = 首页
search-button = 搜索
search-title = 搜索
search-intro = 在全部中文文章和信函中搜索，或浏览下方的完整列表。
search-found = 找到 { $count } 个页面
search-none = 没有找到与“{ $query }”相关的内容。请换个关键词再试，或在搜索页浏览全部页面列表。
search-loading = 正在搜索……
search-unavailable = 此浏览器无法使用搜索功能，您可以在搜索页浏览全部页面列表。
search-all-results = 查看“{ $query }”的全部结果
search-all-pages = 全部页面

# 默认主题的标题、分隔符和导航。`separator` 用于“2026年11月22日 · 阅读约需 5 分钟”这类行内各部分之间；
# `breadcrumbs-separator` 用于面包屑导航各级之间（屏幕阅读器不会读出）。
page-title = { $page }｜{ $site }
home-title = { $site }｜{ $page }
separator = {" · "}
breadcrumbs-separator = ›
nav-letters = 信函
menu-button = 菜单
language-menu = 语言：{ $language }
letters-more = 其他信函
# 信函工作区：文章中的信函卡片、各栏的示例、空白处计数，以及按钮旁的提示。
letter-explained-in = 指南中的相关文章
letter-example = 例如：{ $example }
letter-fill-in = 填写这封信
letter-hide = 收起表单
letter-see = 查看信函
letter-blanks = { $count ->
    [0] 空白处已全部填好
   *[other] 还有 { $count } 处空白未填
}
letter-next-blank = 下一处空白
letter-copied-blanks = 已复制，但 [方括号] 中的空白处还没有填。
letter-mail-opened = 您的邮件程序应该已经打开。如果没有反应，请改用“复制”。
letter-mail-blanks = 您的邮件程序应该已经打开，但 [方括号] 中的空白处还没有填。
letter-downloaded = 已保存为 { $file }。
letter-downloaded-blanks = 已保存为 { $file }，但 [方括号] 中的空白处还没有填。
letter-cleared = 表单已清空。
translations-arrow = ←
# 表示行首省略了部分文字（手机上信函底部栏中）。
ellipsis = ……
# 页面旧地址（别名）上的跳转页，引导读者前往新地址。
redirect-title = 已迁移：{ $page }
redirect-text = 此页面已迁移。如果浏览器没有自动跳转，请点击以下链接：
