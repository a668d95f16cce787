# ruff: noqa: E501
"""French cues. Elisions lose their apostrophe before tokenising ("l'utilisation" ->
"l utilisation", "m'oppose" -> "m oppose"); words are accent-folded."""

NEGATION = ["ne", "n", "pas", "jamais", "aucun", "aucune", "ni", "nullement", "non"]
POST_NEGATION = ["pas", "jamais"]
BREAKERS = ["mais", "cependant", "toutefois", "revanche", "sauf", "seulement",
            "uniquement", "neanmoins", "plutot", "pourtant"]
SUBORDINATORS = ["que", "qu", "qui", "quand", "parce", "pourquoi", "si", "lorsque", "dont", "ou",
                 "comme", "merci", "svp"]

MKT = r"~(newsletters?|lettres?|infolettres?|e?mails?|courriels?|courriers?|sms|textos?|messages?|appels?|publicites?|pubs?|offres?|promotions?|promos?|prospectus|catalogues?|brochures?|depliants?|sollicitations?|communications?|demarchages?|prospections?|mailings?)"
SUBMKT = r"~(newsletters?|lettres?|infolettres?|offres?|promotions?|promos?|catalogues?|brochures?|nouveautes|actualites|bons|reductions?|publicites?|mailings?|prospectus)"
OBJ = r"~(donnees|compte|comptes|informations|profil|coordonnees|fichier|dossier|historique|tout|traces)"
DEL = r"~(supprim|effac|detrui|elimin|retir|enlev)\w*"
FIELD = r"~(nom|prenom|adresse|email|courriel|telephone|numero|date|naissance|coordonnees|informations|donnees|orthographe|code|civilite)"
DATA = r"~(donnees|informations|coordonnees)"

PATTERNS = {
    "unsubscribe": [
        r"~(desabonn|desinscri|desincri|desabon|desinscriv)\w*",
        "ne|n ...4 plus ...5 " + MKT,
        "ne|n ...3 plus ...3 recevoir|avoir|etre ...4 " + MKT,
        "plus de|d ...2 " + MKT,
        r"~(arret|cess|stopp|stop)\w* ...4 " + MKT + "|envoi|envois|envoyer|envoyez",
        DEL + " ...3 moi|m|mon|ma|mes|adresse|email ...6 de|du|des ...3 " + r"~(listes?|newsletters?|mailings?|diffusion|infolettres?)",
        "ne|n ...3 veux|souhaite|desire ...3 plus|aucun|aucune|pas ...4 " + MKT,
    ],
    "unsubscribe+all_channels": [
        "ne|n ...3 " + r"~(contact|sollicit|demarch|appel|ecri)\w*" + " ...2 plus",
        "ne|n ...2 plus ...2 " + r"~(contact|sollicit|demarch)\w*",
        r"~(arret|cess)\w* ...3 " + r"~(contacter|solliciter|demarcher|me)",
    ],
    "withdraw": [
        r"~(retir|revoqu|retrait|revocation|revoque)\w* ...5 ~(consentement|accord|autorisation)\w*",
    ],
    "subscribe": [
        r"~(aimerais|souhaite|souhaiterais|voudrais|veux|desire|desirerais|merci|pourriez|pouvez)\w* ...4 recevoir|abonner|inscrire|avoir ...5 " + SUBMKT,
        r"~(abonn|inscri|reabonn)\w* ...4 ~(newsletter|lettre|infolettre|liste|mailing)\w*",
        r"~(inscrivez|abonnez|ajoutez|rajoutez)\w* ...3 " + r"~(moi|newsletter|liste)\w*",
        "envoyez|envoyer ...2 moi|m ...3 " + SUBMKT,
    ],
    "access": [
        "droit ...2 acces", "acces ...4 " + DATA, "copie ...4 " + DATA,
        "quelles|quels|quelle ...3 " + DATA + " ...8 " + r"~(detene|detien|conserv|possed|trait|ave|stock|collect|dispos|enregistr|gard)\w*",
        "savoir|connaitre ...4 quelles|quels|si ...3 " + DATA,
        r"~(images|enregistrements?|videos?) ...6 ~(camera|videosurveillance|surveillance|videoprotection)\w*",
        "videosurveillance|videoprotection",
        "d ou ...4 " + r"~(provien|ten|ave|obten|recuper)\w*" + " ...4 " + DATA + "|adresse|email|numero",
        "demande d acces",
    ],
    "erasure": [
        DEL + " ...5 " + OBJ, OBJ + " ...4 " + r"~(supprim|effac|detrui)\w*",
        "suppression|effacement|destruction ...4 " + OBJ, "droit a l oubli|effacement",
        r"~(ferm|clotur|resili)\w* ...3 compte",
    ],
    "list_target": [r"de|du|des ...3 ~(listes?|newsletters?|mailings?|diffusion|infolettres?|prospection)"],
    "rectification": [
        r"~(corrig|modifi|rectifi|actualis|chang)\w* ...4 " + FIELD,
        "rectification", "mettre|mettez ...2 a jour ...3 " + FIELD,
        "nouvelle|nouveau ...2 adresse|email|nom|numero ...2 est",
    ],
    "rectification/weak": [
        FIELD + " ...4 " + r"~(errone|incorrect|faux|fausse|inexact|obsolete|perime)\w*",
        "mal orthographie|ecrit", "la bonne|le bon ...2 est", "au lieu de", "et non", "il faut lire",
        "la|le|les|l corriger|rectifier|modifier|changer",
    ],
    "portability": [
        "portabilite", "format ...3 " + r"~(structur|exploitable|lisible|courant|ouvert|electronique|informatique)\w*",
        "lisible|exploitable par ...2 machine|ordinateur",
        r"~(transmett|transfer|envoy|communiqu)\w* ...10 a|au ...3 ~(societe|entreprise|prestataire|organisme|fournisseur|concurrent)\w*",
    ],
    "restriction": [
        r"~(limitation|limiter|limitez) ...4 ~(traitement|utilisation|usage)\w*",
        r"~(gel|bloqu|suspend)\w* ...4 " + DATA + "|traitement",
        "uniquement|seulement ...3 conserver|conservation|stocker|stockage|conservees",
        "en attendant ...4 verification|clarification|reponse|resolution",
        "jusqu a ...4 verification|clarification|resolution",
    ],
    "objection": [
        r"~(oppose|opposition|opposer|opposons)", "droit d opposition",
        r"~(profilage|ciblage|pistage|traceurs?|tracking)",
        "ne|n ...3 " + r"~(vend|partag|ced|transmet)\w*" + " ...4 " + DATA,
    ],
    "objection/weak": ["interet legitime"],
    "complaint": [
        "fuite|violation ...3 donnees|rgpd", "violation ...3 rgpd|vie privee",
        r"~(vendu|revendu|transmis|partage|cede)\w* ...3 mes ...2 " + DATA,
        "sans mon ...2 consentement|accord|autorisation",
        r"~(mecontent|decu|choque|inquiet)\w* ...8 " + DATA + "|traitement|gestion",
    ],
    "complaint/weak": [
        r"~(plainte|reclamation|plaindre)\w*", r"~(inacceptable|scandaleux|honteux|inadmissible|illegal|illicite|intolerable)\w*",
        "avocat|tribunal",
    ],
    "authority": [
        r"~(saisi|saisir|saisirai|saisine|signal)\w* ...3 ~(cnil|autorite)\w*",
        "autorite ...3 controle|protection", "cnil",
    ],
    "boilerplate": [
        "me reserve", "reserve le droit", "droit d introduire|de deposer", "a defaut|faute",
        "sinon|si", "dans le cas contraire",
    ],
    "chase": [
        "il y a ...3 " + r"~(semaines?|mois|jours)" + " ...10 " + r"~(ecrit|demande|envoye|sollicite|contacte|desinscrit|signale)\w*",
        "deja|plusieurs|relance|deuxieme|troisieme ...6 demande|ecrit|fois|reprises",
        "sans ...2 reponse|retour|nouvelles", "aucune reponse", "aucun retour",
        "toujours pas ...3 reponse|supprime|traite|recu",
    ],
    "chase/weak": ["toujours|encore ...3 " + MKT],
    "privacy": [r"~(donnees|personnelles|rgpd|confidentialite|consentement)", "vie privee"],
    "marketing": [r"~(publicit|marketing|prospection|commercia|promotion|demarchage|newsletter|offre)\w*"],
    "profiling": [r"~(profil|ciblage|pistage|suivi|traceur|pixel|analyse|personnalis|recommandation|habitudes|comportement)\w*"],
    "ch_email": [r"~(e?mails?|courriels?|newsletters?|infolettres?|emailing)", "courrier|courriers electronique|electroniques", "lettre|lettres d information|info"],
    "ch_sms": [r"~(sms|textos?)", "messages|message texte|textes"],
    "ch_phone": [r"~(appels?|telephon\w*|appeler|appelez|rappeler)"],
    "ch_post": [r"~(courriers?|postale?s?|postaux|poste|lettres?|prospectus|catalogues?|brochures?|depliants?|papier|flyers?|imprimes?)", "boite aux lettres"],
    "all_channels": [
        r"tout|toute|toutes|tous|aucun|aucune ...3 ~(communication|sollicitation|prospection|contact|publicite|marketing|canal|canaux|forme|moyen|demarchage)\w*",
        "prospection commerciale|directe", "marketing direct",
    ],
    "disclaimer": [
        "ce message|courriel ...8 confidentiel*|destine*", "si vous ...4 recu ...3 erreur",
        "envoye de|depuis mon", "pour vous desinscrire|desabonner",
    ],
    "ooo": [
        "absent|absente ...6 jusqu|jusqu au|retour", "reponse|message automatique",
        "conges|conge|vacances ...6 jusqu|retour", "hors du bureau", "a|des mon retour",
        "serai de retour", "acces limite ...3 messagerie|email|mails",
    ],
    "ticket": [
        "nous avons bien recu", "bien recu votre|vos ...2 message|demande|email|courriel",
        "accuse de reception", "numero de ticket|dossier|demande",
        "ne pas repondre", "ne|n repondez pas",
    ],
    "dsn": [
        "non remis|delivre|distribue", "pas pu etre ...2 remis|delivre|livre|distribue|transmis",
        "echec ...3 remise|livraison|distribution", "adresse inconnue",
        "destinataire ...2 inconnu|introuvable", "boite ...3 pleine", "remise differee|retardee",
    ],
    "spam": [
        "refonte ...3 site", r"~sites? ...2 ~(vitrines?|internet|web)", "referencement",
        "maquette|devis|audit gratuit|gratuite", r"~(gagne|gagnant|loterie)\w*", "tirage au sort",
        "verifier|confirmer ...3 compte|mot de passe|identite", "cryptomonnaie*|bitcoin",
        "premiere page de google",
    ],
    "spam/weak": ["felicitations", "a partir de", "repondez oui", "offre exclusive"],
}
