# Textos integrados de la interfaz del tema predeterminado: español (tratamiento de tú).

skip-to-content = Ir al contenido
nav-home = Inicio
nav-label = Secciones
nav-letters = Cartas
menu-button = Menú
language-switcher-label = Idioma
language-menu = Idioma: { $language }
breadcrumbs-label = Estás aquí
breadcrumbs-separator = ›
toc-title = En esta página
pager-label = Más en esta sección
previous-page = Anterior:
next-page = Siguiente:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } minuto de lectura
   *[other] { $minutes } minutos de lectura
}
updated-on = actualizado el { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
date-long = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }

language-in = { $code ->
    [ar] en árabe
    [da] en danés
    [de] en alemán
    [en] en inglés
    [es] en español
    [fr] en francés
    [it] en italiano
    [ja] en japonés
    [ko] en coreano
    [nb] en noruego
    [nl] en neerlandés
    [pl] en polaco
    [pt] en portugués
    [sv] en sueco
    [zh] en chino
    [zh-Hant] en chino tradicional
   *[other] en { $name }
}
fallback-notice = Esta página aún no está disponible { $missing }, así que se muestra { $shown }.
fallback-help = Ayúdanos a traducirla.
outdated-notice = El original de esta página ha cambiado desde que se tradujo.
outdated-link = Leer el original { $source }.

not-found-title = Página no encontrada
not-found-text = Lo sentimos, no hay ninguna página en esta dirección. Elige un idioma para volver a la página de inicio:
chooser-prompt = Elige tu idioma
feed-title = Canal Atom
edit-page = Editar esta página

letters-title = Cartas para rellenar
letters-intro = Cartas listas para usar: rellena los campos, revisa la vista previa y después copia, envía por correo electrónico, descarga o imprime tu carta.
letters-more = Más cartas
letter-open-page = Abrir esta carta en una página aparte
letter-explained-in = Explicada en la guía
letter-fill-in = Rellenar esta carta
letter-hide = Ocultar el formulario
letter-see = Ver la carta
letter-form-intro = Rellena los campos; la carta se actualiza mientras escribes. Nada de lo que escribas sale de tu dispositivo.
letter-optional = (opcional)
letter-example = p. ej., { $example }
letter-remember = Recordar mis datos en este dispositivo
letter-remember-hint = Se guardan únicamente en este navegador y solo si marcas la casilla. Así, tu nombre también aparecerá en las demás cartas.
letter-forget = Borrar mis datos
letter-forgotten = Tus datos guardados se han borrado de este dispositivo.
letter-preview-label = Tu carta
letter-subject = Asunto:
letter-blanks = { $count ->
    [0] Todos los campos están completos
    [one] Falta { $count } campo
   *[other] Faltan { $count } campos
}
letter-next-blank = Siguiente campo
letter-copy = Copiar
letter-mail = Abrir en el correo
letter-download = Descargar .txt
letter-print = Imprimir
letter-reset = Vaciar el formulario
letter-copied = Copiado al portapapeles.
letter-copied-blanks = Copiado, pero los campos entre [corchetes] siguen vacíos.
letter-copy-failed = Tu navegador no ha permitido copiar. La carta está seleccionada: pulsa Ctrl+C (o ⌘+C) para copiarla.
letter-mail-opened = Tu programa de correo debería abrirse ahora. Si no pasa nada, copia el texto.
letter-mail-blanks = Tu programa de correo debería abrirse ahora, pero los campos entre [corchetes] siguen vacíos.
letter-downloaded = Guardado como { $file }.
letter-downloaded-blanks = Guardado como { $file }, pero los campos entre [corchetes] siguen vacíos.
letter-cleared = Se ha vaciado el formulario.
letter-nojs = Antes de enviar la carta, sustituye los campos entre [corchetes] por tus propios datos.
ellipsis = …

translations-link = Consulta el avance de cada traducción en la página de estado de las traducciones.
translations-title = Estado de las traducciones
translations-intro = Qué parte de este sitio está traducida a cada idioma y qué falta o está desactualizado.
translations-summary = Elementos traducidos por idioma
translations-language = Idioma
translations-articles = Páginas
translations-letters = Cartas
translations-strings = Textos de la interfaz
translations-source = (idioma de origen)
translations-counts = { $total ->
    [one] { $translated } de { $total } traducido
   *[other] { $translated } de { $total } traducidos
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } desactualizado
   *[other] , { $outdated } desactualizados
}{ $missing ->
    [0] {""}
    [one] , { $missing } pendiente
   *[other] , { $missing } pendientes
}
translations-item = Página o carta
translations-state = Estado
translations-file = Archivo
translations-arrow = ←
translations-missing-strings = Textos de la interfaz pendientes de traducir:
state-translated = traducido
state-untracked = traducido (aún sin seguimiento)
state-outdated = desactualizado
state-missing = pendiente

search-label = Buscar
search-placeholder = Buscar
search-button = Buscar
search-title = Búsqueda
search-kind-article = Artículo
search-kind-letter = Carta
search-kind-section = Sección
search-kind-home = Inicio
search-intro = Busca en todos los artículos y cartas en español o explora la lista completa más abajo.
search-found = Páginas encontradas: { $count }
search-none = No hay resultados para «{ $query }». Prueba con otra palabra o consulta la lista de todas las páginas en la página de búsqueda.
search-loading = Buscando…
search-unavailable = La búsqueda no funciona en este navegador, pero puedes consultar la lista de todas las páginas en la página de búsqueda.
search-no-script = La búsqueda necesita JavaScript, que está desactivado en este navegador. Más abajo tienes la lista de todas las páginas.
search-all-results = Todos los resultados para «{ $query }»
search-all-pages = Todas las páginas
# Títulos de los recuadros (> [!NOTE] … en Markdown), sobre su texto.
callout-note = Nota
callout-tip = Consejo
callout-important = Importante
callout-warning = Advertencia
callout-caution = Precaución
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Página trasladada: { $page }
redirect-text = Esta página ha cambiado de dirección. Si tu navegador no te lleva a ella, sigue este enlace:
