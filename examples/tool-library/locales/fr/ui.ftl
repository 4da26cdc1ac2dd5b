# Seules les chaînes propres au site : les autres textes de l’interface sont intégrés.
site-title = Outilthèque du Quai
site-tagline = Empruntez une perceuse au lieu d’en acheter une : mode d’emploi de l’outilthèque du quartier.
