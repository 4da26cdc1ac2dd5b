# source_hash: 76ee6f47667de30f
title = Jobangebot ablehnen
slug = absage-jobangebot
description = Für die schriftliche Absage eines Jobangebots, am besten direkt nach einem Telefonat mit Ihrer Ansprechperson. Die E-Mail dankt für das Angebot, sagt klar ab, nennt auf Wunsch einen kurzen Grund und hält den Kontakt offen.
subject = Ihr Angebot für die Position als { $position }
body =
    { $addressee ->
        [woman] Sehr geehrte Frau { $contact },
        [man] Sehr geehrter Herr { $contact },
       *[neutral] Guten Tag { $contact },
    }

    { $phoned ->
        [yes] wie in unserem Telefonat besprochen, bestätige ich Ihnen meine Entscheidung hiermit auch schriftlich. Zunächst aber noch einmal herzlichen Dank für Ihr Angebot für die Position als { $position } bei { $company } und für das Vertrauen, das Sie mir damit entgegenbringen.
       *[no] herzlichen Dank für Ihr Angebot für die Position als { $position } bei { $company } und für das Vertrauen, das Sie mir damit entgegenbringen.
    }

    { $reason ->
        [other-offer] Nach sorgfältiger Abwägung habe ich mich jedoch für eine andere Stelle entschieden, die derzeit besser zu meinen beruflichen Zielen passt. Ihr Angebot muss ich daher leider ablehnen.
        [salary] Nach sorgfältiger Abwägung habe ich mich jedoch entschieden, das Angebot nicht anzunehmen. Den Ausschlag hat das Gehalt gegeben, das deutlich unter meinen Vorstellungen liegt.
        [role-fit] Nach sorgfältiger Abwägung habe ich mich jedoch entschieden, das Angebot nicht anzunehmen. Im Laufe unserer Gespräche ist mir klar geworden, dass die Aufgaben nicht ganz dem entsprechen, was ich mir für meinen nächsten beruflichen Schritt vorgenommen habe.
        [personal] Nach sorgfältiger Abwägung habe ich mich jedoch entschieden, das Angebot nicht anzunehmen. Ausschlaggebend dafür sind persönliche Gründe, die nichts mit Ihnen oder Ihrem Unternehmen zu tun haben.
       *[unspecified] Nach sorgfältiger Abwägung habe ich mich jedoch entschieden, das Angebot nicht anzunehmen.
    }

    Die Gespräche mit Ihnen und Ihrem Team habe ich sehr geschätzt. Ich habe mich während des gesamten Auswahlverfahrens gut aufgehoben gefühlt, und die Entscheidung ist mir nicht leichtgefallen.

    Ich würde mich freuen, wenn wir in Kontakt bleiben, und wünsche Ihnen und Ihrem Team weiterhin viel Erfolg.

    Mit freundlichen Grüßen
    { $sender_name }

field-contact = Ansprechperson
    .hint = Bei Frau oder Herr den Nachnamen, gegebenenfalls mit Titel (z. B. Dr. Schneider); bei neutraler Anrede Vor- und Nachnamen.
    .example = Schneider
field-addressee = Anrede
    .hint = Bestimmt die Begrüßungszeile des Briefs.
field-position = Position
    .hint = Die Stellenbezeichnung so, wie sie nach dem Wort „als“ stehen würde.
    .example = Projektmanagerin
field-company = Unternehmen
    .hint = Name des Unternehmens, am besten ohne Rechtsform und Artikel.
    .example = Nordlicht Software
field-phoned = Vorher telefoniert?
    .hint = Haben Sie die Absage bereits am Telefon ausgesprochen?
field-reason = Grund der Absage
    .hint = Ein kurzer Satz genügt – oder Sie nennen gar keinen Grund. Liegt es nur am Gehalt, fragen Sie vor der Absage, ob beim Angebot noch Spielraum besteht.
field-sender_name = Ihr Name
    .hint = Vor- und Nachname, so wie Sie unterschreiben.
    .example = Julia Becker

choice-addressee-woman = Frau
choice-addressee-man = Herr
choice-addressee-neutral = Neutral (Guten Tag)
choice-phoned-yes = Ja, wir haben telefoniert
choice-phoned-no = Nein, noch nicht
choice-reason-other-offer = Anderes Angebot angenommen
choice-reason-salary = Gehalt zu niedrig
choice-reason-role-fit = Stelle passt nicht ganz
choice-reason-personal = Persönliche Gründe
choice-reason-unspecified = Keinen Grund nennen
