# 預設主題的內建介面文字：繁體中文（臺灣用語）。數字後用量詞（「3 項」「5 分鐘」），不需要複數形式。

skip-to-content = 跳至主要內容
nav-home = 首頁
nav-label = 單元
nav-letters = 信函
menu-button = 選單
language-switcher-label = 語言
language-menu = 語言：{ $language }
breadcrumbs-label = 目前位置
breadcrumbs-separator = ›
toc-title = 本頁目錄
pager-label = 本單元的其他文章
previous-page = 上一篇：
next-page = 下一篇：
reading-time = { $minutes ->
   *[other] 閱讀約需 { $minutes } 分鐘
}
updated-on = 更新於 { $date }
separator = {" · "}
page-title = { $page }｜{ $site }
home-title = { $site }｜{ $page }
date-long = { $year }年{ $month }月{ $day }日

language-in = { $code ->
    [ar] 阿拉伯文
    [da] 丹麥文
    [de] 德文
    [en] 英文
    [es] 西班牙文
    [fr] 法文
    [it] 義大利文
    [ja] 日文
    [ko] 韓文
    [nb] 挪威文
    [nl] 荷蘭文
    [pl] 波蘭文
    [pt] 葡萄牙文
    [sv] 瑞典文
    [zh] 簡體中文
    [zh-Hant] 繁體中文
   *[other] { $name }
}
fallback-notice = 本頁尚未譯成{ $missing }，目前以{ $shown }顯示。
fallback-help = 歡迎協助翻譯。
outdated-notice = 本頁譯出後，原文已有更新。
outdated-link = 閱讀{ $source }原文。

not-found-title = 找不到網頁
not-found-text = 抱歉，找不到這個網址的網頁。請選擇語言，回到首頁：
chooser-prompt = 請選擇語言
feed-title = Atom 訂閱
edit-page = 編輯本頁

letters-title = 可填寫的信函範本
letters-intro = 現成的信函範本：填好空白處，核對預覽，然後複製、以電子郵件寄出、下載或列印。
letters-more = 其他信函
letter-open-page = 在獨立頁面開啟此信函
letter-explained-in = 相關文章
letter-fill-in = 填寫這封信
letter-hide = 收起表單
letter-see = 查看信函
letter-form-intro = 請填寫空白處，信函會隨輸入即時更新。您輸入的內容不會離開您的裝置。
letter-optional = （選填）
letter-example = 例如：{ $example }
letter-remember = 在這部裝置上記住我的資料
letter-remember-hint = 勾選後才會儲存，且只存在這個瀏覽器中；您的姓名也會自動填入其他信函。
letter-forget = 清除我的資料
letter-forgotten = 您儲存的資料已從這部裝置刪除。
letter-preview-label = 您的信函
letter-subject = 主旨：
letter-blanks = { $count ->
    [0] 空白處已全部填妥
   *[other] 還有 { $count } 處空白未填
}
letter-next-blank = 下一處空白
letter-copy = 複製
letter-mail = 以電子郵件開啟
letter-download = 下載 .txt
letter-print = 列印
letter-reset = 清除表單
letter-copied = 已複製到剪貼簿。
letter-copied-blanks = 已複製，但 [方括號] 中的空白處尚未填寫。
letter-copy-failed = 瀏覽器不允許複製。信函已選取，請按 Ctrl+C（或 ⌘+C）複製。
letter-mail-opened = 正在開啟您的郵件程式。如果沒有反應，請改用「複製」。
letter-mail-blanks = 正在開啟您的郵件程式，但 [方括號] 中的空白處尚未填寫。
letter-downloaded = 已儲存為 { $file }。
letter-downloaded-blanks = 已儲存為 { $file }，但 [方括號] 中的空白處尚未填寫。
letter-cleared = 表單已清空。
letter-nojs = 寄出前，請把 [方括號] 中的空白處換成您自己的資料。
ellipsis = ……

translations-link = 各語言的翻譯進度，請見翻譯狀態頁。
translations-title = 翻譯狀態
translations-intro = 本站各語言版本的翻譯進度，以及尚缺或已過時的內容。
translations-summary = 各語言已翻譯項目
translations-language = 語言
translations-articles = 頁面
translations-letters = 信函
translations-strings = 介面文字
translations-source = （來源語言）
translations-counts = { $total ->
   *[other] 共 { $total } 項，已翻譯 { $translated } 項
}{ $outdated ->
    [0] {""}
   *[other] ，{ $outdated } 項已過時
}{ $missing ->
    [0] {""}
   *[other] ，{ $missing } 項未翻譯
}
translations-item = 頁面或信函
translations-state = 狀態
translations-file = 檔案
translations-arrow = ←
translations-missing-strings = 尚待翻譯的介面文字：
state-translated = 已翻譯
state-untracked = 已翻譯（尚未追蹤）
state-outdated = 已過時
state-missing = 未翻譯

search-label = 站內搜尋
search-placeholder = 搜尋
search-button = 搜尋
search-title = 搜尋
search-kind-article = 文章
search-kind-letter = 信函
search-kind-section = 單元
search-kind-home = 首頁
search-intro = 搜尋所有繁體中文文章和信函，或瀏覽下方的完整清單。
search-found = 找到 { $count } 個頁面
search-none = 找不到與「{ $query }」相關的內容。請換個關鍵字再試，或在搜尋頁瀏覽所有頁面的清單。
search-loading = 搜尋中……
search-unavailable = 這個瀏覽器無法使用搜尋功能，但您可以在搜尋頁瀏覽所有頁面的清單。
search-no-script = 搜尋功能需要 JavaScript，但這個瀏覽器已將其關閉。您可以瀏覽下方所有頁面的清單。
search-all-results = 查看「{ $query }」的所有結果
search-all-pages = 所有頁面
# 提示框（Markdown 中的 > [!NOTE] 等）的標題，顯示在其文字上方。
callout-note = 備註
callout-tip = 提示
callout-important = 重要
callout-warning = 警告
callout-caution = 注意
# The page at an old address of a page (an alias), leading on to it.
redirect-title = 已搬移：{ $page }
redirect-text = 此網頁已搬移。如果瀏覽器沒有自動轉址，請點選以下連結：
