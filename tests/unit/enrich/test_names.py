from analysis.enrich.names import initials


def test_initials_skip_the_words_that_link_a_body_s_name():
    assert initials("Port Of Tarn Harbour Board".split()) == "PTHB"
    assert initials("Banque De La Rive".split()) == "BR"
    assert initials("Voss & Sons Shipping".split()) == "VSS"
