# Textos internos da interface do tema padrão: português (do Brasil; tratamento por “você”).

skip-to-content = Ir para o conteúdo
nav-home = Início
nav-label = Seções
nav-letters = Cartas
menu-button = Menu
language-switcher-label = Idioma
language-menu = Idioma: { $language }
breadcrumbs-label = Você está aqui
breadcrumbs-separator = ›
toc-title = Nesta página
pager-label = Mais nesta seção
previous-page = Anterior:
next-page = Próximo:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } minuto de leitura
   *[other] { $minutes } minutos de leitura
}
updated-on = atualizado em { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
date-long = { $day ->
    [1] 1º
   *[other] { $day }
} de { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }

language-in = { $code ->
    [ar] em árabe
    [da] em dinamarquês
    [de] em alemão
    [en] em inglês
    [es] em espanhol
    [fr] em francês
    [it] em italiano
    [ja] em japonês
    [ko] em coreano
    [nb] em norueguês
    [nl] em holandês
    [pl] em polonês
    [pt] em português
    [sv] em sueco
    [zh] em chinês
    [zh-Hant] em chinês tradicional
   *[other] em { $name }
}
fallback-notice = Esta página ainda não está disponível { $missing }; por isso, você está lendo a versão { $shown }.
fallback-help = Ajude a traduzi-la.
outdated-notice = O original desta página mudou desde que foi traduzido.
outdated-link = Ler o original { $source }.

not-found-title = Página não encontrada
not-found-text = Desculpe, não há nenhuma página neste endereço. Escolha um idioma para recomeçar pela página inicial:
chooser-prompt = Escolha seu idioma
feed-title = Feed Atom
edit-page = Editar esta página

letters-title = Cartas para preencher
letters-intro = Cartas prontas: preencha os campos, confira a prévia e depois copie, envie por e-mail, baixe ou imprima sua carta.
letters-more = Mais cartas
letter-open-page = Abrir esta carta em uma página separada
letter-explained-in = Explicada no guia
letter-fill-in = Preencher esta carta
letter-hide = Ocultar o formulário
letter-see = Ver a carta
letter-form-intro = Preencha os campos; a carta é atualizada enquanto você digita. Nada do que você digitar sai do seu dispositivo.
letter-optional = (opcional)
letter-example = ex.: { $example }
letter-remember = Lembrar meus dados neste dispositivo
letter-remember-hint = Os dados ficam salvos apenas neste navegador, e só se você marcar a caixa. Assim, seu nome também é preenchido nas outras cartas.
letter-forget = Apagar meus dados
letter-forgotten = Seus dados salvos foram apagados deste dispositivo.
letter-preview-label = Sua carta
letter-subject = Assunto:
letter-blanks = { $count ->
    [0] Todos os campos estão preenchidos
    [one] Falta { $count } campo
   *[other] Faltam { $count } campos
}
letter-next-blank = Próximo campo
letter-copy = Copiar
letter-mail = Abrir como e-mail
letter-download = Baixar .txt
letter-print = Imprimir
letter-reset = Limpar o formulário
letter-copied = Copiado para a área de transferência.
letter-copied-blanks = Copiado, mas os campos entre [colchetes] ainda estão vazios.
letter-copy-failed = Seu navegador não permitiu copiar. A carta está selecionada: pressione Ctrl+C (ou ⌘+C) para copiá-la.
letter-mail-opened = Seu programa de e-mail deve abrir em instantes. Se nada acontecer, copie o texto.
letter-mail-blanks = Seu programa de e-mail deve abrir em instantes, mas os campos entre [colchetes] ainda estão vazios.
letter-downloaded = Salvo como { $file }.
letter-downloaded-blanks = Salvo como { $file }, mas os campos entre [colchetes] ainda estão vazios.
letter-cleared = O formulário foi limpo.
letter-nojs = Antes de enviar a carta, substitua os campos entre [colchetes] pelos seus dados.
ellipsis = …

translations-link = Veja o andamento de cada tradução na página de status das traduções.
translations-title = Status das traduções
translations-intro = Quanto deste site está traduzido para cada idioma e o que falta ou está desatualizado.
translations-summary = Itens traduzidos por idioma
translations-language = Idioma
translations-articles = Páginas
translations-letters = Cartas
translations-strings = Textos da interface
translations-source = (idioma de origem)
translations-counts = { $total ->
    [one] { $translated } de { $total } traduzido
   *[other] { $translated } de { $total } traduzidos
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } desatualizado
   *[other] , { $outdated } desatualizados
}{ $missing ->
    [0] {""}
    [one] , { $missing } pendente
   *[other] , { $missing } pendentes
}
translations-item = Página ou carta
translations-state = Status
translations-file = Arquivo
translations-arrow = ←
translations-missing-strings = Textos da interface ainda não traduzidos:
state-translated = traduzido
state-untracked = traduzido (ainda sem acompanhamento)
state-outdated = desatualizado
state-missing = pendente

search-label = Pesquisar
search-placeholder = Pesquisar
search-button = Pesquisar
search-title = Pesquisa
search-kind-article = Artigo
search-kind-letter = Carta
search-kind-section = Seção
search-kind-home = Página inicial
search-intro = Pesquise em todos os artigos e cartas em português ou veja a lista completa abaixo.
search-found = Páginas encontradas: { $count }
search-none = Nenhum resultado para “{ $query }”. Tente outra palavra ou veja a lista de todas as páginas na página de pesquisa.
search-loading = Pesquisando…
search-unavailable = A pesquisa não funciona neste navegador, mas você pode ver a lista de todas as páginas na página de pesquisa.
search-no-script = A pesquisa precisa de JavaScript, que está desativado neste navegador. A lista de todas as páginas está logo abaixo.
search-all-results = Todos os resultados para “{ $query }”
search-all-pages = Todas as páginas
# Títulos dos destaques (> [!NOTE] … em Markdown), acima do texto.
callout-note = Observação
callout-tip = Dica
callout-important = Importante
callout-warning = Aviso
callout-caution = Cuidado
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Página movida: { $page }
redirect-text = Esta página mudou de endereço. Se o seu navegador não levar você até lá, siga este link:
