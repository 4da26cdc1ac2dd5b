# 기본 테마의 내장 인터페이스 문자열: 한국어(합니다체·해요체 존댓말). 숫자에는 단위를 붙이며 복수형은 없습니다.

skip-to-content = 본문으로 건너뛰기
nav-home = 홈
nav-label = 섹션
nav-letters = 편지
menu-button = 메뉴
language-switcher-label = 언어
language-menu = 언어: { $language }
breadcrumbs-label = 현재 위치
breadcrumbs-separator = ›
toc-title = 목차
pager-label = 이 섹션의 다른 글
previous-page = 이전 글:
next-page = 다음 글:
reading-time = { $minutes ->
   *[other] 읽는 데 약 { $minutes }분
}
updated-on = { $date } 업데이트
separator = {" · "}
page-title = { $page } | { $site }
home-title = { $site } | { $page }
date-long = { $year }년 { $month }월 { $day }일

language-in = { $code ->
    [ar] 아랍어
    [da] 덴마크어
    [de] 독일어
    [en] 영어
    [es] 스페인어
    [fr] 프랑스어
    [it] 이탈리아어
    [ja] 일본어
    [ko] 한국어
    [nb] 노르웨이어
    [nl] 네덜란드어
    [pl] 폴란드어
    [pt] 포르투갈어
    [sv] 스웨덴어
    [zh] 중국어(간체)
    [zh-Hant] 중국어(번체)
   *[other] { $name }
}
fallback-notice = 이 페이지는 아직 { $missing } 버전이 없어 { $shown } 버전을 보여 드립니다.
fallback-help = 번역에 참여해 주세요.
outdated-notice = 이 페이지가 번역된 뒤 원문이 수정되었습니다.
outdated-link = { $source } 원문 읽기

not-found-title = 페이지를 찾을 수 없습니다
not-found-text = 죄송합니다. 이 주소에는 페이지가 없습니다. 언어를 선택해 홈에서 다시 시작하세요.
chooser-prompt = 언어를 선택하세요
feed-title = Atom 피드
edit-page = 이 페이지 편집

letters-title = 빈칸을 채워 쓰는 편지
letters-intro = 바로 쓸 수 있는 편지입니다. 빈칸을 채우고 미리 보기를 확인한 뒤 복사하거나, 이메일로 보내거나, 내려받거나, 인쇄하세요.
letters-more = 다른 편지
letter-open-page = 이 편지를 별도 페이지에서 열기
letter-explained-in = 관련 글
letter-fill-in = 이 편지 작성하기
letter-hide = 양식 닫기
letter-see = 편지 보기
letter-form-intro = 빈칸을 채우면 입력하는 대로 편지가 바뀝니다. 입력한 내용은 기기 밖으로 전송되지 않습니다.
letter-optional = (선택)
letter-example = 예: { $example }
letter-remember = 이 기기에 내 정보 저장
letter-remember-hint = 체크한 경우에만 이 브라우저에 저장되며, 저장한 이름은 다른 편지에도 자동으로 채워집니다.
letter-forget = 내 정보 지우기
letter-forgotten = 저장한 정보를 이 기기에서 삭제했습니다.
letter-preview-label = 내 편지
letter-subject = 제목:
letter-blanks = { $count ->
    [0] 빈칸을 모두 채웠습니다
   *[other] 빈칸 { $count }개 남음
}
letter-next-blank = 다음 빈칸
letter-copy = 복사
letter-mail = 이메일로 열기
letter-download = .txt로 내려받기
letter-print = 인쇄
letter-reset = 양식 비우기
letter-copied = 클립보드에 복사했습니다.
letter-copied-blanks = 복사했지만 [대괄호] 안의 빈칸을 아직 채우지 않았습니다.
letter-copy-failed = 브라우저가 복사를 허용하지 않았습니다. 편지가 선택되어 있으니 Ctrl+C(또는 ⌘+C)를 눌러 복사하세요.
letter-mail-opened = 이메일 앱이 곧 열립니다. 아무 반응이 없으면 대신 텍스트를 복사하세요.
letter-mail-blanks = 이메일 앱이 곧 열리지만 [대괄호] 안의 빈칸을 아직 채우지 않았습니다.
letter-downloaded = { $file } 파일로 저장했습니다.
letter-downloaded-blanks = { $file } 파일로 저장했지만 [대괄호] 안의 빈칸을 아직 채우지 않았습니다.
letter-cleared = 양식을 비웠습니다.
letter-nojs = 편지를 보내기 전에 [대괄호] 안의 빈칸을 내 정보로 바꾸세요.
ellipsis = …

translations-link = 언어별 번역 진행 상황은 번역 현황 페이지에서 볼 수 있습니다.
translations-title = 번역 현황
translations-intro = 이 사이트의 언어별 번역 진행 상황과 아직 번역되지 않았거나 업데이트가 필요한 항목을 보여 줍니다.
translations-summary = 언어별 번역된 항목
translations-language = 언어
translations-articles = 페이지
translations-letters = 편지
translations-strings = 인터페이스 문자열
translations-source = (원본 언어)
translations-counts = { $total ->
   *[other] { $total }개 중 { $translated }개 번역됨
}{ $outdated ->
    [0] {""}
   *[other] , { $outdated }개 업데이트 필요
}{ $missing ->
    [0] {""}
   *[other] , { $missing }개 미번역
}
translations-item = 페이지 또는 편지
translations-state = 상태
translations-file = 파일
translations-arrow = ←
translations-missing-strings = 아직 번역되지 않은 인터페이스 문자열:
state-translated = 번역됨
state-untracked = 번역됨(추적 안 됨)
state-outdated = 업데이트 필요
state-missing = 미번역

search-label = 사이트 검색
search-placeholder = 검색
search-button = 검색
search-title = 검색
search-kind-article = 글
search-kind-letter = 편지
search-kind-section = 섹션
search-kind-home = 홈
search-intro = 한국어로 된 모든 글과 편지를 검색하거나 아래 전체 목록을 살펴보세요.
search-found = 찾은 페이지: { $count }개
search-none = ‘{ $query }’에 대한 검색 결과가 없습니다. 다른 검색어로 검색하거나 검색 페이지에서 전체 페이지 목록을 살펴보세요.
search-loading = 검색 중…
search-unavailable = 이 브라우저에서는 검색을 사용할 수 없지만 검색 페이지에서 전체 페이지 목록을 볼 수 있습니다.
search-no-script = 검색에는 JavaScript가 필요하지만 이 브라우저에서는 꺼져 있습니다. 아래에서 전체 페이지 목록을 볼 수 있습니다.
search-all-results = ‘{ $query }’ 검색 결과 모두 보기
search-all-pages = 모든 페이지
# 강조 상자(Markdown의 > [!NOTE] 등)의 제목으로, 본문 위에 표시됩니다.
callout-note = 참고
callout-tip = 팁
callout-important = 중요
callout-warning = 경고
callout-caution = 주의
# The page at an old address of a page (an alias), leading on to it.
redirect-title = 이동됨: { $page }
redirect-text = 이 페이지는 새 주소로 옮겨졌습니다. 자동으로 이동하지 않으면 아래 링크를 누르세요.
