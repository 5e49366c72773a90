"""Material of the synthetic corpus of ``bench/make_corpus.py``: a fictional world and sentence templates.

Pools of invented countries, cities, people, newspapers, topics and organisations, and the
templates with slots (``{city}``, ``{project}``, ``{n}``, ...) that statements, background,
headlines and closings are assembled from. All names are invented and describe nobody. Data
only; the order of each pool is part of the seeded output of ``make_corpus.py``.
"""
from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Fictional world
# --------------------------------------------------------------------------------------------

#: (country, capital, demonym, cities, currency)
COUNTRIES = [
    ("Norvania", "Arnsby", "Norvanian", ["Port Halden", "Skarholm", "Lindvik", "Orrestad"], "crowns"),
    ("Eastmarch", "Velgrad", "Eastmarch", ["Tessin", "Kovar Bay", "Drenmoor", "Halloway"], "marks"),
    ("Kestria", "Oberhal", "Kestrian", ["Vallis", "Sankt Ilmen", "Rothgard", "Mirewick"], "florins"),
    ("Duravia", "Tavrin", "Duravian", ["Calder Reach", "Ostmere", "Pellan", "Gravenford"], "ducats"),
    ("Solandra", "Mirasol", "Solandran", ["Costa Alma", "Ventrell", "San Orrio", "Lumeira"], "reals"),
    ("Brevonia", "Lisk", "Brevonian", ["Harrowgate", "Nethermoor", "Kilbrae", "Dunmarrow"], "pounds"),
    ("Astrelle", "Belcourt", "Astrellian", ["Saint-Olvan", "Marrieux", "Vauclerc", "Pontarel"], "francs"),
    ("Tarsland", "Hollin", "Tarslander", ["Ebbmouth", "Greyford", "Tollerby", "Wexhaven"], "krona"),
]

FIRST_F = """Ada Mira Lena Hanne Ilse Sofie Petra Astrid Maren Ingrid Clara Vera Nadia Elin Greta
Tove Runa Liv Karin Selma Irena Dalia Miriam Oona Freya Halla Agnes Britt Lotte Sabine Yara Noor
Tamsin Edda Juna Rosalind Wilma Kaja Orla Signe""".split()
FIRST_M = """Tomas Henrik Oren Pieter Jonas Karl Erik Rolf Anton Mats Lars Viktor Emil Stefan Aksel
Tobias Jakob Ruben Casimir Leif Alvar Dorian Felix Hugo Ivo Kasper Linus Magnus Nils Otto Per
Quentin Sven Teodor Ulrik Valter Willem Bruno Edvin Gustav""".split()
SURNAMES = """Voss Brekke Kallan Solberg Castell Marsh Dahl Reik Aune Lis Holm Norrby Engen Vinter
Pale Lund Arvander Brannock Corvel Daskin Elmgren Falkner Gorran Halvik Isberg Jansal Kettering
Lorrance Mordal Nyhavn Ostrander Pellgrin Quarry Ravensholt Sandor Tarrow Ulvaeus Vandrell
Westergaard Ymberg Zeller Aldane Bexley Calloway Dunmore Eskil Farrow Grimsholt Harrold Ingmar
Jessop Kavanagh Lindqvist Marrow Northcott Orlan Penhallow Rask Strand Thorsby Underhill Varga
Whitlock Achterberg Brightwater Cosgrave Delahaye Everard Fenwick Galloway Hesketh Ilvane""".split()

SOURCES = ["The Halden Courier", "Arnsby Evening Post", "The Northern Ledger", "Velgrad Daily",
           "The Coastal Herald", "Meridian Wire", "The Tollerby Gazette", "Belcourt Matin",
           "The Morning Standard of Lisk", "Tavrin Observer"]

# Each topic: portfolio (ministry), project names, plan noun, affected groups, benefits, harms,
# organisations (union-like and business-like), headline clauses and background sentences.
TOPICS = [
    dict(key="port", portfolio="Finance",
         project=["the {city} harbour automation plan", "the Harbour Modernisation Bill",
                  "the new container terminal in {city}"],
         plan=["plan", "bill", "terminal"], group=["dockworkers", "port workers", "exporters"],
         benefit=["faster loading", "cheaper exports", "hundreds of skilled jobs"],
         harm=["mass layoffs", "the end of the manual docks", "years of uncertainty on the quays"],
         orgs=["the {city} Dockworkers' Union", "the {demonym} Ports Association"],
         bg=["Around {n} ships call at {city} every month, most of them carrying timber and fish.",
             "The harbour has been run by the same operator since {year}.",
             "Remote-controlled cranes are already in use in several ports along the Northern Sea.",
             "The oldest cranes on the quays were installed more than forty years ago."]),
    dict(key="rail", portfolio="Transport",
         project=["the {city} Rail Link", "the high-speed line between {capital} and {city}",
                  "the rail timetable reform"],
         plan=["project", "line", "reform"], group=["commuters", "rail workers", "train drivers"],
         benefit=["shorter journeys", "cleaner air", "more trains at rush hour"],
         harm=["higher fares", "years of disruption", "the closure of rural stations"],
         orgs=["the {demonym} Rail Workers' Union", "the {city} Commuters' Association"],
         bg=["Trains between {capital} and {city} currently take almost {k} hours.",
             "About {n} people travel on the line every working day.",
             "Three rural stations on the route have already lost their weekend services.",
             "The track was last renewed in {year}."]),
    dict(key="hospital", portfolio="Health",
         project=["the health budget for {city}", "the hospital merger in {city}",
                  "the new emergency care plan"],
         plan=["budget", "merger", "plan"], group=["nurses", "patients", "junior doctors"],
         benefit=["shorter waiting lists", "a new cancer ward", "more nurses on every shift"],
         harm=["ward closures", "longer waiting lists", "cancelled operations"],
         orgs=["the {demonym} Nurses' Association", "St. Aldric's Hospital in {city}",
               "the {demonym} Medical Council"],
         bg=["Waiting lists for hip and knee operations in {city} have grown by a third since {year}.",
             "The regional hospital employs about {n} people.",
             "Two wards were closed temporarily last winter because of staff shortages.",
             "The nearest alternative emergency department is more than an hour away by road."]),
    dict(key="energy", portfolio="Energy",
         project=["the {city} offshore wind farm", "the new energy price cap",
                  "the gas pipeline to {neighbour}"],
         plan=["wind farm", "price cap", "pipeline"], group=["households", "small businesses", "fishermen"],
         benefit=["lower bills", "cleaner power", "energy independence"],
         harm=["higher bills", "damage to fishing grounds", "blackouts in winter"],
         orgs=["the {demonym} Energy Consumers' Forum", "the {city} Fishermen's Cooperative",
               "Northlight Power"],
         bg=["Electricity prices in {country} rose by {pct} per cent last year.",
             "The turbines would stand about {k0} kilometres off the coast.",
             "Almost a third of the country's power still comes from imported gas.",
             "The grid operator last upgraded the northern network in {year}."]),
    dict(key="housing", portfolio="Housing",
         project=["the {city} housing programme", "the rent control bill",
                  "the redevelopment of the old shipyard in {city}"],
         plan=["programme", "bill", "redevelopment"], group=["tenants", "young families", "builders"],
         benefit=["affordable homes", "lower rents", "{n} new flats"],
         harm=["higher rents", "the demolition of whole streets", "empty promises"],
         orgs=["the {city} Tenants' Union", "the {demonym} Builders' Federation"],
         bg=["Average rents in {city} have doubled in ten years.",
             "About {n} families are on the waiting list for council housing.",
             "The shipyard site has stood empty since {year}.",
             "Building costs rose sharply after last year's timber shortage."]),
    dict(key="schools", portfolio="Education",
         project=["the school reform", "the new national curriculum",
                  "the plan to merge village schools around {city}"],
         plan=["reform", "curriculum", "merger plan"], group=["teachers", "parents", "pupils"],
         benefit=["smaller classes", "better results", "free school meals"],
         harm=["longer journeys for children", "teacher shortages", "overcrowded classrooms"],
         orgs=["the {demonym} Teachers' Union", "the {city} Parents' Council"],
         bg=["There are about {n} pupils in the region's schools.",
             "Seven village schools around {city} have fewer than forty pupils each.",
             "The current curriculum dates from {year}.",
             "Teacher vacancies in {country} are at their highest level in a decade."]),
    dict(key="fisheries", portfolio="Fisheries",
         project=["the new fishing quotas", "the fisheries agreement with {neighbour}",
                  "the marine reserve off {city}"],
         plan=["quota plan", "agreement", "reserve"], group=["fishermen", "fish processors", "coastal villages"],
         benefit=["healthier fish stocks", "a fair share of the catch", "stable prices"],
         harm=["empty nets", "the loss of the spring catch", "job losses in the harbours"],
         orgs=["the {city} Fishermen's Cooperative", "the {demonym} Seafood Council"],
         bg=["The cod catch in the northern waters has fallen by {pct} per cent since {year}.",
             "About {n} boats are registered in {city}.",
             "Fish and seafood make up almost a fifth of {country}'s exports.",
             "The last quota agreement with {neighbour} expired at the end of the winter."]),
    dict(key="stadium", portfolio="Culture and Sport",
         project=["the new stadium for {city} Rovers", "the sale of Dockside Park",
                  "the bid to host the Northern Games"],
         plan=["stadium project", "sale", "bid"], group=["supporters", "local residents", "young players"],
         benefit=["a modern stadium", "thousands of visitors", "a new training ground for the youth teams"],
         harm=["traffic chaos", "the loss of a historic ground", "a bill for taxpayers"],
         orgs=["{city} Rovers Football Club", "the {city} Supporters' Trust"],
         bg=["The current ground holds about {n} spectators.",
             "{city} Rovers were founded in {year} by workers from the docks.",
             "The club was promoted to the top division two seasons ago.",
             "Match days already bring heavy traffic to the streets around the ground."]),
    dict(key="floods", portfolio="Environment",
         project=["the {city} flood barrier", "the new coastal protection plan",
                  "the river dredging programme"],
         plan=["barrier", "plan", "programme"], group=["farmers", "homeowners", "insurers"],
         benefit=["safer homes", "protection for farmland", "lower insurance premiums"],
         harm=["another winter of floods", "ruined harvests", "homes that cannot be insured"],
         orgs=["the {demonym} Farmers' League", "the {city} Flood Action Group"],
         bg=["Floods in {year} forced about {n} people from their homes.",
             "The river burst its banks three times last winter.",
             "The old sea wall was built more than a century ago.",
             "Insurance premiums in low-lying districts have risen by {pct} per cent."]),
    dict(key="trade", portfolio="Trade",
         project=["the trade agreement with {neighbour}", "the new import tariffs",
                  "the border checks at {city}"],
         plan=["agreement", "tariff plan", "border plan"], group=["exporters", "hauliers", "farmers"],
         benefit=["open markets", "cheaper goods", "faster border crossings"],
         harm=["queues at the border", "a trade war", "higher prices in the shops"],
         orgs=["the {demonym} Chamber of Commerce", "the {demonym} Hauliers' Association"],
         bg=["{neighbour} buys almost half of {country}'s exports.",
             "Lorries at the {city} crossing waited up to {k} hours last month.",
             "The current agreement between the two countries was signed in {year}.",
             "Trade between the neighbours is worth about {money} a year."]),
    dict(key="pensions", portfolio="Labour",
         project=["the pension reform", "the plan to raise the retirement age",
                  "the new minimum wage"],
         plan=["reform", "plan", "wage rise"], group=["pensioners", "workers", "employers"],
         benefit=["secure pensions", "fair wages", "a stable budget"],
         harm=["working until seventy", "poverty in old age", "job losses in small firms"],
         orgs=["the {demonym} Federation of Labour", "the {demonym} Employers' Council",
               "the {demonym} Pensioners' League"],
         bg=["The retirement age in {country} has not changed since {year}.",
             "About one in five voters is now over sixty-five.",
             "The pension fund paid out {money} last year.",
             "Strikes over pensions closed schools and offices across {country} two years ago."]),
    dict(key="airport", portfolio="Infrastructure",
         project=["the expansion of {city} airport", "the second runway at {city}",
                  "the night flight ban"],
         plan=["expansion", "runway", "ban"], group=["local residents", "airline staff", "tour operators"],
         benefit=["new routes", "{n} new jobs", "more tourists"],
         harm=["noise at night", "the loss of farmland", "more traffic on local roads"],
         orgs=["the {city} Residents' Association", "Skyline Air", "the {demonym} Travel Association"],
         bg=["The airport handled about {n} passengers last year.",
             "The runway was built in {year} for much smaller aircraft.",
             "Three villages lie directly under the approach path.",
             "Two airlines have threatened to move their routes elsewhere."]),
]

BOILERPLATE = ["Also read", "Others are reading now", "Advertisement", "Read more", "Related",
               "Most read", "Share this article"]

# --------------------------------------------------------------------------------------------
# Statement material
# --------------------------------------------------------------------------------------------
# Direct quotes are first person, present tense, without final punctuation. Slots: {project},
# {Project}, {plan}, {group}, {benefit}, {harm}, {city}, {capital}, {country}, {neighbour},
# {n}, {money}, {pct}, {day}.
QUOTES_POS = [
    "This is a great day for {city} and for every one of our {group}",
    "{Project} will bring {benefit} to thousands of families, and I am proud of the work behind it",
    "We listened, we changed the {plan}, and the result is something {city} can be proud of",
    "Nobody should pretend this was easy, but the outcome is fair and it is good for {group}",
    "I want to thank everyone who made this possible. It is an excellent result",
    "For the first time in years, {group} have a real reason to be optimistic",
    "The figures speak for themselves: {n} new jobs and {benefit} for the whole region",
    "We are delighted, and frankly a little relieved",
    "This is exactly the kind of bold decision {country} needs",
    "I have rarely seen such a constructive spirit on all sides",
    "It is a victory for common sense and a wonderful result for {city}",
    "Our {group} have waited a long time for good news, and today they have it",
    "We came with a problem and we leave with a solution",
    "I am confident that in five years nobody will remember why this was controversial",
    "This agreement gives {group} the security they deserve",
]
QUOTES_NEG = [
    "This is a disgrace, and the people of {city} will not forget it",
    "They promised {benefit} and they are delivering {harm}",
    "Nobody in {capital} has bothered to ask {group} what they think",
    "We will not accept {harm}. Not this year, not ever",
    "It is a terrible decision, taken in a hurry by people who will never live with the consequences",
    "If the government goes ahead, {group} will pay the price for years",
    "I have never seen anything so badly handled in thirty years of public life",
    "{Project} is a waste of {money} that this country cannot afford",
    "This is not reform. It is vandalism",
    "They want us to be grateful for {harm}. We are not",
    "Every family in {city} knows someone who will be hurt by this",
    "The minister should be ashamed of this plan",
    "We are angry, we are tired, and we are not going away",
    "What they call savings, the rest of us call cuts",
    "It is a cynical and dishonest plan, and it will fail",
]
QUOTES_NEU = [
    "We need to see the full figures before we take a position",
    "There are good arguments on both sides, and we intend to hear all of them",
    "Our door remains open. We are ready to talk on {day} or any other day",
    "The timetable is ambitious, but it is not impossible",
    "What matters now is that {group} get clear answers",
    "We will study the proposal carefully and respond in due course",
    "Nothing has been decided yet, and nothing will be decided without a vote in parliament",
    "The question is not whether we change, but how fast",
    "We have asked for a meeting, and we are waiting for a reply",
    "There is still time to find a compromise, but not much",
]
# Optional openings and endings of quotes, for variety (the core keeps its capital after ": ").
QUOTE_OPEN = ["Let me be clear: ", "Frankly, ", "I said it in {month} and I will say it again: ",
              "To be honest, ", "Look, ", "Make no mistake: ", "As I told {group} in {city}, ",
              "In all my years in {city}, I have learned one thing: ", "Quite simply, ",
              "I will put it plainly: "]
QUOTE_CLOSE = [", and everybody in {city} knows it", ", whatever they say in {capital}",
               ", and that is the truth", ", and {group} know it better than anyone",
               ", and I do not say that lightly", ", believe me", ", and we will keep saying it"]
# Reported clauses: third person, past tense. {pro}/{poss} refer to the speaker.
CLAUSES_POS = [
    "{project} would create {n} jobs over the next five years",
    "the {plan} would bring {benefit} to {city}",
    "the talks had been constructive and a deal was close",
    "{pro} was confident that a compromise could be found",
    "the first results would be visible by {month}",
    "the agreement was a good one for {group}",
    "{group} would be the first to benefit from {benefit}",
    "the government had listened and deserved credit for changing course",
    "the money was already in the budget and the work would start in {month}",
    "{country} had shown that it could still build great things",
]
CLAUSES_NEG = [
    "the decision had been taken without proper consultation",
    "{group} had been ignored for too long",
    "the costs had risen to {money} and were still climbing",
    "{pro} would not support any plan that brought {harm}",
    "the figures published by the ministry were wrong",
    "the {plan} was dead",
    "{poss} lawyers would take the matter to court if necessary",
    "the government had broken its promises to {group}",
    "{project} would mean {harm} for {city}",
    "the ministry had lost control of the situation",
    "{group} could not afford another year like this one",
]
CLAUSES_NEU = [
    "the government had no choice but to act",
    "it was too early to say whether {project} would go ahead",
    "there was still time to change course",
    "the talks would resume on {day}",
    "a decision was expected before the end of {month}",
    "{pro} had asked for an independent review of the {plan}",
    "{poss} office was studying the proposal in detail",
    "both sides would meet again next week",
]
# Reported statements with a quoted fragment: (template, positive fragments, negative fragments).
_THING_POS = ["the right plan at the right time", "a step in the right direction", "long overdue",
              "a model for the whole region", "good news for {group}"]
_THING_NEG = ["a slap in the face", "an insult to {group}", "a gift to nobody",
              "reckless and unfair", "a recipe for chaos", "dead on arrival"]
MIXED = [
    ("the {plan} was “{frag}”", _THING_POS, _THING_NEG),
    ("the decision was “{frag}” and would be remembered for years", _THING_POS, _THING_NEG),
    ("{project} was “{frag}”, whatever its critics said", _THING_POS, _THING_NEG),
    ("the government had been “{frag}” from the start",
     ["brave and honest", "open and constructive", "right to hold its nerve"],
     ["asleep at the wheel", "arrogant and careless", "deaf to the concerns of {group}"]),
    ("the last few weeks had been “{frag}”",
     ["a good time for good neighbours", "hard but worth it"],
     ["a month of needless chaos", "a disgrace from start to finish"]),
]

SPEECH_CUES = ["said", "said", "said", "said", "told reporters", "added", "insisted", "argued"]
POS_CUES = ["said", "said", "stressed", "insisted", "noted", "explained", "announced"]
NEG_CUES = ["said", "said", "warned", "claimed", "argued", "insisted", "complained"]
NEU_CUES = ["said", "said", "noted", "explained", "admitted", "acknowledged"]
AUDIENCES = ["reporters", "journalists", "reporters in {capital}", "a press conference in {capital}",
             "parliament", "{source}", "local radio", "a meeting in {city}"]
CONTEXTS = ["", "", "", " on {day}", " on {day}", " in a statement", " in an interview",
            " at a press conference in {capital}", " in a radio interview", " later"]
CONJ = ["but", "and", "but", "and"]

GENERIC_BG = [
    "The {plan} was first presented in {year} and has been delayed twice since.",
    "{city} has about {pop} inhabitants and one of the highest unemployment rates in {country}.",
    "Parliament is due to vote on the {plan} in {month}.",
    "Hundreds of people protested outside the {ministry} in {capital} last month.",
    "Opinion polls give no clear majority either way.",
    "The cost of the {plan} has been put at {money}.",
    "The government holds a majority of only three seats in parliament.",
    "Local elections in {city} are due next spring.",
    "Similar plans were dropped in {neighbour} after a year of protests.",
    "The dispute has dominated the front pages in {country} for weeks.",
    "Talks between the two sides broke down in {month} and resumed only this week.",
    "Officials from the {ministry} met representatives of {group} on {day} for the first time.",
    "The {plan} forms part of a wider programme of public spending cuts.",
    "A first version of the {plan} was rejected by parliament in {year}.",
    "The opposition has called for a full inquiry.",
    "In {city}, the mood on the streets is tense.",
    "Around {n} people signed a petition against the {plan} within a week.",
    "Several regional councils have asked for more time.",
    "The next round of talks is scheduled for the end of the month.",
    "Economists are divided over the long-term effect on the region.",
    "Small businesses in the centre of {city} have felt the effect of the dispute.",
    "The issue is expected to feature heavily in next year's election campaign.",
    "The {ministry} first drew up the {plan} after a review of public finances in {year}.",
    "In the streets around the town hall in {city}, posters for and against the {plan} cover almost every wall.",
    "The regional council in {city} has yet to take a formal position.",
    "Several hundred people gathered in the main square of {city} on {day} evening.",
    "The government coalition is made up of three parties, and not all of them back the {plan}.",
    "Unemployment in the region stands at {pct} per cent, well above the national average.",
    "A similar project in {neighbour} ran two years late and far over budget.",
    "The {plan} would be paid for partly from the national budget and partly by the region.",
    "The parliamentary committee in charge of the file met behind closed doors on {day}.",
    "Public meetings in {city} have drawn unusually large crowds in recent weeks.",
    "The local newspaper in {city} has devoted its front page to the dispute for five days in a row.",
    "About {n} people work directly in the sector in and around {city}.",
    "A new round of meetings between officials and {group} began in {capital} this week.",
    "The government has survived two votes of confidence since the start of the year.",
    "Supporters of the {plan} point to the experience of other northern countries.",
    "Opponents have collected more than {n} signatures in the region alone.",
    "The {ministry} has set aside {money} for the first phase of the work.",
    "Parliament's budget office has yet to publish its own figures.",
    "The first public hearing on the {plan} took place in {city} in {month}.",
    "In {capital}, the dispute is seen as a test of the government's authority.",
    "Trade with {neighbour} has grown steadily over the past decade.",
    "Police were present in large numbers, but the day passed without incident.",
    "Local shops closed early on {day} as a sign of solidarity.",
    "The region has lost almost a tenth of its population since {year}.",
    "Work on the first phase would begin next year at the earliest.",
    "Most of those affected live within a few kilometres of the centre of {city}.",
]
LEAD2 = [
    "The {plan} has divided {city} for months.",
    "The dispute has become one of the most bitter of the year in {country}.",
    "The {plan}, one of the government's flagship projects, affects thousands of {group}.",
    "It is the latest twist in a long argument over the future of {city}.",
    "Tensions have been rising in {city} since the {plan} was first published in {month}.",
    "For {group} in the region, the stakes could hardly be higher.",
]
CLOSINGS = [
    "Parliament will vote on the {plan} in {month}.",
    "The next round of talks is expected on {next_day}.",
    "A final decision is due before the summer.",
    "The {ministry} will publish its full figures next month.",
    "Both sides are due to meet again on {next_day}.",
    "Further protests are planned in {city} on {next_day}.",
]
HEADLINES_SAYS = ["{project} will bring {benefit}", "the {plan} is dead", "{group} deserve better",
                  "{project} is a waste of money", "a deal is close", "{country} will not back down"]
HEADLINES_OTHER = ["{Project}: {org} warns of {harm}", "{Project} faces fresh opposition in {city}",
                   "Anger in {city} over {project}", "{city} divided over {project}",
                   "Talks on {project} resume in {capital}", "Relief in {city} as {project} moves ahead"]
MINOR_DESC = ["who runs a café near the harbour", "a shop owner in {city}", "a retired teacher",
              "an economist at the University of {capital}", "a local councillor",
              "a nurse from {city}", "who has lived in {city} for forty years",
              "a lecturer in public policy in {capital}", "a father of three from {city}"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
LOWER_OK = {"This", "We", "It", "Nobody", "They", "There", "What", "Our", "If", "For", "The",
            "Every", "Nothing", "Not"}
