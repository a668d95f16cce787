"""Italian and Portuguese cue patterns (round 6): what the rules alone decide, so the
checks do not move with a retrained model."""

from __future__ import annotations

import pytest

from classifiers.patterns import load_pack
from tests.pattern_support import rules


@pytest.mark.parametrize(("body", "intents"), [
    # it: infinitives with clitics, "per favore, basta."
    ("Potete smettere di spedirglielo il catalogo? Grazie", {"unsubscribe"}),
    ("Per favore, basta. Ho già comprato tutto.", {"unsubscribe"}),
    # withdrawn consent "a ricevere comunicazioni" is no sign-up
    ("Con la presente revoco il consenso a ricevere comunicazioni promozionali.", {"unsubscribe"}),
    ("Revogo o meu consentimento para receber comunicações promocionais.", {"unsubscribe"}),
    # an accidental unsubscribe told as history, the request is the sign-up
    ("Mi sono disiscritto per sbaglio dalla newsletter. Potete reiscrivermi?", {"subscribe"}),
    ("Me descadastrei sem querer da newsletter. Podem me cadastrar de novo?", {"subscribe"}),
    # a stop that is not wanted
    ("Non voglio disiscrivermi dalla newsletter. Cancellate solo la carta di credito salvata.",
     {"erasure"}),
    ("Não quero sair da newsletter nem excluir a conta. Só apaguem o cartão salvo.",
     {"erasure"}),
    # partial erasures, typos, "fateli sparire"
    ("Vorrei che eliminaste la mia tessera fedeltà e i punti.", {"erasure"}),
    ("cancellate il mio acount x favore", {"erasure"}),
    ("Peço que apaguem os comprovativos de rendimentos que entreguei.", {"erasure"}),
    # "no" is "em + o" in Portuguese, not a negation
    ("No vosso sistema apaguem todos os meus dados.", {"erasure"}),
    # missing address parts, a changed login e-mail
    ("Na morada da minha conta falta o andar.", {"rectification"}),
    ("Só troquem o e-mail de login da minha conta para este.", {"rectification"}),
    ("Nell'indirizzo del mio profilo aggiungete c/o Ferri.", {"rectification"}),
    # a profile moved to another shop
    ("Potete trasferire a loro il mio profilo con punti e acquisti?", {"portability"}),
    # profiling, not marketing
    ("smettetela di analizzare quello che faccio sul sito", {"objection"}),
    ("parem de analisar o que eu faço no site", {"objection"}),
    # informal Brazilian spelling
    ("qro saber q dados vcs tem d mim", {"access"}),
    ("Chiedo di accedere ai dati che riguardano mia madre.", {"access"}),
])
def test_round6_cues(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence


@pytest.mark.parametrize("body", [
    "Apaguei sem querer o e-mail com o código de rastreio da encomenda. Podem reenviar?",
    "Ho cancellato per sbaglio l'email con il codice di tracciamento della spedizione.",
    "Recebi o ficheiro com os meus dados, estava tudo certinho. Obrigado!",
    "Grazie, ho ricevuto la conferma che il mio account è stato cancellato.",
    "Não é nada contra vocês, prometo!",
    "Liguei para a linha de apoio e só no fim da chamada me deram o número do pedido.",
])
def test_round6_no_privacy_request(clf, body) -> None:
    got, _, u = rules(clf, body)
    assert not got & {"objection", "portability", "access", "erasure", "unsubscribe",
                      "complaint"}, u.evidence


def test_phrase_alternatives_are_separate_patterns() -> None:
    """ "per sbaglio|per errore" is three tokens (per, sbaglio|per, errore), never the
    two phrases it reads as: the past-unsubscribe cue must match each phrase."""
    for lang, phrases in (("it", ["per sbaglio", "per errore"]),
                          ("pt", ["sem querer", "por engano"])):
        past = [r for r in load_pack(lang).rules if "past" in r.labels]
        for phrase in phrases:
            words = phrase.split()
            assert any(len(r.tokens) == len(words) and all(
                t.get("NORM") == w for t, w in zip(r.tokens, words, strict=True))
                for r in past), (lang, phrase)


@pytest.mark.parametrize(("body", "intents", "channels"), [
    # pt (round 8): informal access questions, access asked beside an erasure
    ("oi, vcs ainda tem meu cadastro? queria saber o que ficou salvo de mim", {"access"}, set()),
    ("Solicito ainda que me informem que dados tinham e a quem os transmitiram.",
     {"access"}, set()),
    # pt: erasure by clitic, by "não quero que fiquem com", by "que seja apagada"
    ("Não quero esse documento; apaguem-no, por favor.", {"erasure"}, set()),
    ("Não quero que fiquem com esse documento de saúde.", {"erasure"}, set()),
    ("Exijo que seja apagada de todo o lado.", {"erasure"}, set()),
    # pt: "descadastrar do site" is the account, not a newsletter
    ("Quero me descadastrar do site de vocês.", {"erasure"}, set()),
    # pt: a wish to be told of promotions by SMS is a sign-up
    ("me avisem por sms quando tiver promo de colchao?", {"subscribe"}, {"sms"}),
    # pt: "podem mudar para este", "em vez do antigo"
    ("A conta está no e-mail da faculdade. Podem mudar para este?", {"rectification"}, set()),
    ("Podem pôr o 910 000 321 em vez do antigo?", {"rectification"}, set()),
    # pt: "para casa" after SMS and leaflets keeps the SMS
    ("Deixem de me enviar SMS e folhetos para casa.", {"unsubscribe"}, {"sms", "post"}),
    # pt: an up-to-date list for sale is no rectification; a first request is no reminder
    ("Vendemos lista atualizada com e-mail e telefone de compradores.", set(), set()),
    ("Venho pedir o apagamento dos meus dados.", {"erasure"}, set()),
    # pt: a question about sharing is access, no grievance; a refused request named
    ("Com quem vocês compartilharam meus dados?", {"access"}, set()),
    ("Apresentei queixa à CNPD porque recusaram o meu pedido de acesso.", {"complaint"}, set()),
    # pt: "não quer ser perfilado" is the objection itself
    ("O meu pai não quer ser perfilado.", {"objection"}, set()),
])
def test_round8_pt(clf, body, intents, channels) -> None:
    got, chans, u = rules(clf, body)
    assert got == intents and chans == channels, u.evidence
