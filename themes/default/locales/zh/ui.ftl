# 默认主题的内置界面文字：简体中文。数字后用量词（“3 项”“5 分钟”），不需要复数形式。

skip-to-content = 跳到正文
nav-home = 首页
nav-label = 栏目
nav-letters = 信函
menu-button = 菜单
language-switcher-label = 语言
language-menu = 语言：{ $language }
breadcrumbs-label = 当前位置
breadcrumbs-separator = ›
toc-title = 本页目录
pager-label = 本栏目的其他文章
previous-page = 上一篇：
next-page = 下一篇：
reading-time = { $minutes ->
   *[other] 阅读约需 { $minutes } 分钟
}
updated-on = 更新于 { $date }
separator = {" · "}
page-title = { $page }｜{ $site }
home-title = { $site }｜{ $page }
date-long = { $year }年{ $month }月{ $day }日

language-in = { $code ->
    [ar] 阿拉伯文
    [da] 丹麦文
    [de] 德文
    [en] 英文
    [es] 西班牙文
    [fr] 法文
    [it] 意大利文
    [ja] 日文
    [ko] 韩文
    [nb] 挪威文
    [nl] 荷兰文
    [pl] 波兰文
    [pt] 葡萄牙文
    [sv] 瑞典文
    [zh] 简体中文
    [zh-Hant] 繁体中文
   *[other] { $name }
}
fallback-notice = 本页尚未译成{ $missing }，现以{ $shown }显示。
fallback-help = 欢迎参与翻译。
outdated-notice = 本页译出后，原文已有更新。
outdated-link = 阅读{ $source }原文。

not-found-title = 页面不存在
not-found-text = 抱歉，您访问的页面不存在。请选择语言，回到首页：
chooser-prompt = 请选择语言
feed-title = Atom 订阅
edit-page = 编辑本页

letters-title = 可填写的信函模板
letters-intro = 现成的信函模板：填好空白处，核对预览，然后复制、用邮件发送、下载或打印。
letters-more = 其他信函
letter-open-page = 在单独页面中打开此信函
letter-explained-in = 相关文章
letter-fill-in = 填写这封信
letter-hide = 收起表单
letter-see = 查看信函
letter-form-intro = 请填写空白处，信函会随输入实时更新。您输入的内容不会离开您的设备。
letter-optional = （选填）
letter-example = 例如：{ $example }
letter-remember = 在此设备上记住我的信息
letter-remember-hint = 勾选后才会保存，且只保存在此浏览器中；您的姓名还会自动填入其他信函。
letter-forget = 清除我的信息
letter-forgotten = 您保存的信息已从此设备删除。
letter-preview-label = 您的信函
letter-subject = 主题：
letter-blanks = { $count ->
    [0] 空白处已全部填好
   *[other] 还有 { $count } 处空白未填
}
letter-next-blank = 下一处空白
letter-copy = 复制
letter-mail = 用邮件打开
letter-download = 下载 .txt
letter-print = 打印
letter-reset = 清空表单
letter-copied = 已复制到剪贴板。
letter-copied-blanks = 已复制，但 [方括号] 中的空白处尚未填写。
letter-copy-failed = 浏览器不允许复制。信函已选中，请按 Ctrl+C（或 ⌘+C）复制。
letter-mail-opened = 正在打开您的邮件程序。如果没有反应，请改用“复制”。
letter-mail-blanks = 正在打开您的邮件程序，但 [方括号] 中的空白处尚未填写。
letter-downloaded = 已保存为 { $file }。
letter-downloaded-blanks = 已保存为 { $file }，但 [方括号] 中的空白处尚未填写。
letter-cleared = 表单已清空。
letter-nojs = 发送前，请把 [方括号] 中的空白处替换为您自己的信息。
ellipsis = ……

translations-link = 各语言的翻译进度，请见翻译状态页。
translations-title = 翻译状态
translations-intro = 本站各语言版本的翻译进度，以及尚缺或已过时的内容。
translations-summary = 各语言已翻译条目
translations-language = 语言
translations-articles = 页面
translations-letters = 信函
translations-strings = 界面文字
translations-source = （源语言）
translations-counts = { $total ->
   *[other] 共 { $total } 项，已翻译 { $translated } 项
}{ $outdated ->
    [0] {""}
   *[other] ，{ $outdated } 项已过时
}{ $missing ->
    [0] {""}
   *[other] ，{ $missing } 项未翻译
}
translations-item = 页面或信函
translations-state = 状态
translations-file = 文件
translations-arrow = ←
translations-missing-strings = 尚待翻译的界面文字：
state-translated = 已翻译
state-untracked = 已翻译（尚未跟踪）
state-outdated = 已过时
state-missing = 未翻译

search-label = 站内搜索
search-placeholder = 搜索
search-button = 搜索
search-title = 搜索
search-kind-article = 文章
search-kind-letter = 信函
search-kind-section = 栏目
search-kind-home = 首页
search-intro = 搜索全部中文文章和信函，或浏览下方的完整列表。
search-found = 找到 { $count } 个页面
search-none = 没有找到与“{ $query }”相关的内容。请换个关键词再试，或在搜索页浏览全部页面列表。
search-loading = 正在搜索……
search-unavailable = 此浏览器无法使用搜索功能，但您可以在搜索页浏览全部页面列表。
search-no-script = 搜索功能需要 JavaScript，但此浏览器已将其关闭。您可以浏览下方的全部页面列表。
search-all-results = 查看“{ $query }”的全部结果
search-all-pages = 全部页面
# 提示框（Markdown 中的 > [!NOTE] 等）的标题，显示在其文字上方。
callout-note = 备注
callout-tip = 提示
callout-important = 重要
callout-warning = 警告
callout-caution = 注意
# The page at an old address of a page (an alias), leading on to it.
redirect-title = 已迁移：{ $page }
redirect-text = 此页面已迁移。如果浏览器没有自动跳转，请点击以下链接：
