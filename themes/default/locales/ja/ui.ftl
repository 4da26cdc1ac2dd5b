# 既定テーマの組み込みインターフェース文字列：日本語（です・ます調）。数には助数詞を付け、複数形はありません。

skip-to-content = 本文へ移動
nav-home = ホーム
nav-label = セクション
nav-letters = 文例
menu-button = メニュー
language-switcher-label = 言語
language-menu = 言語：{ $language }
breadcrumbs-label = 現在の位置
breadcrumbs-separator = ›
toc-title = 目次
pager-label = このセクションのほかの記事
previous-page = 前の記事：
next-page = 次の記事：
reading-time = { $minutes ->
   *[other] 約{ $minutes }分で読めます
}
updated-on = { $date }更新
separator = {" · "}
page-title = { $page } | { $site }
home-title = { $site } | { $page }
date-long = { $year }年{ $month }月{ $day }日

language-in = { $code ->
    [ar] アラビア語
    [da] デンマーク語
    [de] ドイツ語
    [en] 英語
    [es] スペイン語
    [fr] フランス語
    [it] イタリア語
    [ja] 日本語
    [ko] 韓国語
    [nb] ノルウェー語
    [nl] オランダ語
    [pl] ポーランド語
    [pt] ポルトガル語
    [sv] スウェーデン語
    [zh] 中国語（簡体字）
    [zh-Hant] 中国語（繁体字）
   *[other] { $name }
}
fallback-notice = このページはまだ{ $missing }版がないため、{ $shown }版を表示しています。
fallback-help = 翻訳にご協力ください。
outdated-notice = このページの翻訳後に、原文が更新されています。
outdated-link = { $source }の原文を読む

not-found-title = ページが見つかりません
not-found-text = 申し訳ありません。このアドレスのページは見つかりませんでした。言語を選んで、ホームページからお探しください。
chooser-prompt = 言語を選んでください
feed-title = Atom フィード
edit-page = このページを編集

letters-title = 記入して使える文例
letters-intro = すぐに使える文例です。空欄を埋めてプレビューで確認したら、コピー、メール送信、ダウンロード、印刷ができます。
letters-more = その他の文例
letter-open-page = この文例を専用ページで開く
letter-explained-in = 解説記事
letter-fill-in = この文例に記入する
letter-hide = フォームを閉じる
letter-see = 文面を見る
letter-form-intro = 空欄を埋めると、入力に合わせて文面が更新されます。入力した内容がお使いの端末の外に送られることはありません。
letter-optional = （任意）
letter-example = 例：{ $example }
letter-remember = この端末に入力内容を保存する
letter-remember-hint = チェックを入れた場合に限り、このブラウザーにのみ保存されます。保存したお名前は、ほかの文例にも自動で入力されます。
letter-forget = 保存した内容を消去
letter-forgotten = 保存した内容をこの端末から削除しました。
letter-preview-label = 文面
letter-subject = 件名：
letter-blanks = { $count ->
    [0] すべての空欄が埋まりました
   *[other] 空欄があと{ $count }か所あります
}
letter-next-blank = 次の空欄
letter-copy = コピー
letter-mail = メールで開く
letter-download = .txt でダウンロード
letter-print = 印刷
letter-reset = フォームをクリア
letter-copied = クリップボードにコピーしました。
letter-copied-blanks = コピーしましたが、[角かっこ]の空欄がまだ埋まっていません。
letter-copy-failed = ブラウザーがコピーを許可しませんでした。文面は選択されています。Ctrl+C（または ⌘+C）でコピーしてください。
letter-mail-opened = メールアプリが開きます。何も起こらない場合は、文面をコピーしてください。
letter-mail-blanks = メールアプリが開きますが、[角かっこ]の空欄がまだ埋まっていません。
letter-downloaded = { $file } として保存しました。
letter-downloaded-blanks = { $file } として保存しましたが、[角かっこ]の空欄がまだ埋まっていません。
letter-cleared = フォームをクリアしました。
letter-nojs = 送る前に、[角かっこ]の空欄をご自身の情報に書き換えてください。
ellipsis = …

translations-link = 各言語の翻訳の進み具合は、翻訳状況のページでご覧いただけます。
translations-title = 翻訳状況
translations-intro = このサイトの各言語への翻訳状況と、未翻訳の項目や更新が必要な翻訳を示します。
translations-summary = 言語ごとの翻訳済み項目
translations-language = 言語
translations-articles = ページ
translations-letters = 文例
translations-strings = UI 文字列
translations-source = （翻訳元）
translations-counts = { $total ->
   *[other] { $total }件中{ $translated }件が翻訳済み
}{ $outdated ->
    [0] {""}
   *[other] 、{ $outdated }件が要更新
}{ $missing ->
    [0] {""}
   *[other] 、{ $missing }件が未翻訳
}
translations-item = ページまたは文例
translations-state = 状態
translations-file = ファイル
translations-arrow = ←
translations-missing-strings = 未翻訳の UI 文字列：
state-translated = 翻訳済み
state-untracked = 翻訳済み（未追跡）
state-outdated = 要更新
state-missing = 未翻訳

search-label = サイト内検索
search-placeholder = 検索
search-button = 検索
search-title = 検索
search-kind-article = 記事
search-kind-letter = 文例
search-kind-section = セクション
search-kind-home = ホーム
search-intro = 日本語のすべての記事と文例を検索できます。下の一覧からも探せます。
search-found = 見つかったページ：{ $count }件
search-none = 「{ $query }」に一致するページは見つかりませんでした。別のキーワードで検索するか、検索ページで全ページの一覧をご覧ください。
search-loading = 検索中…
search-unavailable = このブラウザーでは検索を利用できませんが、検索ページで全ページの一覧をご覧いただけます。
search-no-script = 検索には JavaScript が必要ですが、このブラウザーでは無効になっています。下の一覧から全ページをご覧いただけます。
search-all-results = 「{ $query }」の検索結果をすべて表示
search-all-pages = すべてのページ
# 囲み（Markdown の > [!NOTE] など）の見出し。本文の上に表示されます。
callout-note = 注記
callout-tip = ヒント
callout-important = 重要
callout-warning = 警告
callout-caution = 注意
# The page at an old address of a page (an alias), leading on to it.
redirect-title = 移動しました：{ $page }
redirect-text = このページは移転しました。自動的に移動しない場合は、下のリンクを開いてください。
