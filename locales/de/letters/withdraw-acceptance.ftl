# source_hash: 1381e596f06f9479
title = Zusage zurückziehen
slug = zusage-zurueckziehen
description = Für den schwierigen Fall, dass Sie ein Angebot bereits angenommen oder den Vertrag sogar unterschrieben haben und die Stelle doch nicht antreten. Schicken Sie diese E-Mail erst, nachdem Sie angerufen haben. Bei einem unterschriebenen Vertrag ersetzt sie nicht die Kündigung auf Papier mit Ihrer Unterschrift.
subject = Rücknahme meiner Zusage für die Position als { $position }
body =
    { $addressee ->
        [woman] Sehr geehrte Frau { $contact },
        [man] Sehr geehrter Herr { $contact },
       *[neutral] Guten Tag { $contact },
    }

    { $stage ->
        [signed] diese Nachricht fällt mir nicht leicht: Ich werde die Position als { $position } bei { $company } nicht antreten, obwohl wir den Arbeitsvertrag bereits unterschrieben haben. Die schriftliche Kündigung mit meiner eigenhändigen Unterschrift erhalten Sie zusätzlich per Post.
       *[accepted] diese Nachricht fällt mir nicht leicht: Ich muss meine Zusage für die Position als { $position } bei { $company } zurückziehen.
    }

    { $reason ->
        [other-offer] Ich habe ein weiteres Angebot erhalten und bin nach langem Abwägen zu dem Schluss gekommen, dass es mir die bessere berufliche Perspektive bietet. Das möchte ich Ihnen offen sagen.
        [family] Der Grund ist eine unerwartete familiäre Situation, die meine ganze Aufmerksamkeit verlangt und es mir derzeit unmöglich macht, eine neue Stelle anzutreten.
       *[personal] Ausschlaggebend sind persönliche Gründe, die sich erst nach meiner Zusage ergeben haben und nichts mit Ihnen oder Ihrem Unternehmen zu tun haben.
    }

    Mir ist bewusst, dass Sie viel Zeit in das Auswahlverfahren investiert und fest mit mir geplant haben. Für die Umstände, die ich Ihnen damit bereite, bitte ich Sie aufrichtig um Entschuldigung.

    { $referral ->
        [yes] Falls es Ihnen hilft: Ich kenne eine Person mit passendem Profil, die sich für die Stelle interessieren könnte, und stelle gern den Kontakt her.
       *[no] Wenn ich Ihnen die Nachbesetzung in irgendeiner Form erleichtern kann, sagen Sie es mir bitte.
    }

    Ich habe Sie und Ihr Team als sehr professionell erlebt und würde mich freuen, wenn sich unsere Wege zu einem späteren Zeitpunkt wieder kreuzen.

    Mit freundlichen Grüßen
    { $sender_name }

field-contact = Ansprechperson
    .hint = Bei der Anrede Frau oder Herr nur den Nachnamen, bei neutraler Anrede Vor- und Nachnamen eintragen.
    .example = Schneider
field-addressee = Anrede
    .hint = Bestimmt die Begrüßungszeile des Briefs.
field-position = Position
    .hint = Die Stellenbezeichnung so, wie sie nach dem Wort „als“ stehen würde.
    .example = Projektmanagerin
field-company = Unternehmen
    .hint = Name des Unternehmens, am besten ohne Rechtsform und Artikel.
    .example = Nordlicht Software
field-stage = Stand
    .hint = Haben Sie nur zugesagt oder den Arbeitsvertrag schon unterschrieben?
field-reason = Grund
    .hint = Nennen Sie den wahren Grund – kurz und ohne Einzelheiten.
field-referral = Jemanden empfehlen?
    .hint = Bieten Sie eine Empfehlung nur an, wenn Sie wirklich jemanden Passenden kennen.
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag)
choice-stage-accepted = Zugesagt, noch nicht unterschrieben
choice-stage-signed = Vertrag unterschrieben
choice-reason-other-offer = Anderes Angebot
choice-reason-family = Familiäre Gründe
choice-reason-personal = Persönliche Gründe
choice-referral-yes = Ja, ich kann jemanden empfehlen
choice-referral-no = Nein
