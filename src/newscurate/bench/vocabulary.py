"""The words the synthetic corpus is made of: sentence templates and slot fillers per language.

All of it is written for the benchmark (no scraped text): local-news sentences about councils,
budgets and bridges, enough variety that no two generated articles share a paragraph by chance,
real words so that language detection has something true to find.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    sentences: tuple[str, ...]  # templates over the slots below
    speech: tuple[str, ...]  # what people say in quotes (first person)
    attributions: tuple[str, ...]  # '{q}' is the quoted speech with its marks
    quote_marks: tuple[tuple[str, str], ...]
    questions: tuple[str, ...]  # interviewer's questions (Q&A articles)
    subject: tuple[str, ...]
    verb: tuple[str, ...]
    object: tuple[str, ...]
    time: tuple[str, ...]
    problem: tuple[str, ...]
    group: tuple[str, ...]
    org: tuple[str, ...]
    role: tuple[str, ...]
    first_names: tuple[str, ...]
    surname_heads: tuple[str, ...]
    surname_tails: tuple[str, ...]
    place_heads: tuple[str, ...]
    place_tails: tuple[str, ...]
    months: tuple[str, ...]
    headline: tuple[str, ...]  # headline templates
    byline: str  # '{name}'
    related: str  # 'Read also: {headline}'
    share: tuple[str, ...]
    follow: str
    advert: str
    copyright: str  # '{year}', '{outlet}'
    appeal: tuple[str, ...]  # reader-funding appeal lines, '{outlet}'
    cookies: str
    comments_header: str  # '{n}'
    reply: str
    photo: str  # caption credit word
    section: str = "News"  # section label over a headline
    complement: tuple[str, ...] = ()  # how a sentence ends, where the language's templates ask for one


ENGLISH = Language(
    code="en",
    sentences=(
        "{subject} {verb} {object} {time}, {complement}.",
        "According to {org}, the cost of the project has risen to {n} million since {year}.",
        "{person}, who has represented {place} for {m} years, said the decision would affect about {n} households.",
        "The work is expected to take {m} months to complete and could begin as early as {month}.",
        "Critics say {object} will do little to address {problem}.",
        "In {place}, a town of about {n} people, {problem} has been a concern for years.",
        "{subject} said it had received more than {n} complaints in the past twelve months.",
        "Officials in {place} have promised to publish a full report before the end of {month}.",
        "It was not immediately clear whether {object} would be put to a second vote.",
        "The figures, released {time}, show that complaints about {problem} rose by {m} per cent compared with last year.",
        "{person} told reporters that the council had {verb} {object} without consulting {group}.",
        "A spokesperson for {org} declined to comment on the details.",
        "The debate comes as {place} prepares for local elections in {month}.",
        "Some {group} have warned that {problem} could get worse over the winter.",
        "Earlier this year, {org} {verb} a similar proposal in {place}.",
        "Supporters argue that {object} will create around {n} jobs over the next {m} years.",
        "The last time the council faced such a choice was in {year}, when {problem} forced a change of plans.",
        "Several {group} said they would appeal against the decision.",
        "The plan was first put forward in {year} but stalled after a dispute over who would pay for it.",
        "Local businesses in {place} said they had not been told how long the disruption would last.",
        "{org_cap} will hold a public meeting in {place} on the first Monday of {month}.",
        "Under the proposal, {group} in {place} would receive support for up to {m} months.",
        "The opposition called the timetable unrealistic and asked for an independent review.",
        "Independent auditors found that {m} of the {n} contracts had been signed without a tender.",
        "Nobody has yet explained how {object} will be funded after {year}.",
        "The decision was taken by a narrow majority of {m} votes to {m2}.",
        "{group_cap} in {place} collected {n} signatures in less than a month.",
        "The {month} deadline set by {org} has already been missed twice.",
        "Engineers warned {time} that parts of the old bridge could close without notice.",
        "{person} said the money would be better spent on {object}.",
        "A draft of the report, seen by this newspaper, describes {problem} as the region's most urgent issue.",
        "{subject} has until the end of {month} to respond to the objections.",
        "Turnout at the last consultation in {place} was below {m} per cent.",
        "The scheme would be paid for partly by a loan of {n} thousand from the regional bank.",
        "{org_cap} said the delay was caused by a shortage of qualified staff.",
        "Residents of {place} will be able to comment on the plans online until {month}.",
        "Neither side expects a final agreement before {year}.",
        "In a letter to {org}, {m} local doctors called for {object} to be reconsidered.",
        "The same proposal was turned down in {year} after {group} complained about the noise.",
        "Asked whether {object} would go ahead, {person} said only that talks were continuing.",
    ),
    speech=(
        "We have waited for this for {m} years, and we will keep watching how the money is spent",
        "This is a good day for {place}, but the hard work starts now",
        "Nobody asked the people who actually live here what they need",
        "We will study the decision carefully before we say anything more",
        "The numbers simply do not add up, and everyone in the room knew it",
        "I have lived in {place} for {m} years and I have never seen anything like this",
        "Our priority is to keep the buses running and the schools open",
        "We were promised answers in {month} and we are still waiting",
        "It is too early to say whether the plan will work, but we have to try",
        "If the council cannot explain the costs, it should not ask us to pay them",
    ),
    attributions=(
        "{q} said {person}, {role}.",
        "{person}, {role}, said: {q}",
        "{q} {person} told the meeting.",
        "{role_cap} {person} put it simply: {q}",
    ),
    quote_marks=(("“", "”"), ('"', '"'), ("‘", "’")),
    questions=(
        "What did the council get wrong about {object}?",
        "Is {problem} really as serious as people in {place} say?",
        "Who will pay for {object} after {year}?",
        "Do you expect the decision to change before {month}?",
        "What should {group} do now?",
    ),
    subject=(
        "The council", "The regional government", "The transport ministry", "Local officials", "The opposition",
        "The water company", "Prosecutors", "The central bank", "Health authorities", "Union leaders",
        "The planning committee", "The port authority", "Emergency services", "The mayor's office", "The school board",
    ),
    verb=(
        "approved", "rejected", "postponed", "announced", "criticised", "defended", "reviewed", "expanded",
        "questioned", "welcomed", "blocked", "proposed", "signed", "suspended", "challenged", "extended",
    ),
    object=(
        "the new budget", "a plan to rebuild the old bridge", "the proposed tax on fuel", "plans for a new hospital",
        "the contract for the ring road", "a reform of local elections", "the closure of two village schools",
        "emergency funding for farmers", "a ban on night flights", "the sale of the water company",
        "new rules for short-term rentals", "a pay rise for nurses", "the expansion of the harbour",
        "a review of police spending", "the merger of three districts", "a new cycle lane along the river",
    ),
    time=(
        "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "earlier this month",
        "late on Thursday", "this spring", "at the end of a long session",
    ),
    problem=(
        "the shortage of affordable housing", "rising energy prices", "traffic congestion in the old town",
        "flooding along the river", "long waiting times at the hospital", "the decline of the fishing industry",
        "air pollution near the motorway", "falling numbers of pupils", "the closure of rural bus routes",
    ),
    group=("residents", "shop owners", "parents", "councillors", "farmers", "drivers", "nurses", "fishermen", "landlords", "students"),
    org=(
        "the district council", "the regional audit office", "the transport ministry", "the chamber of commerce",
        "the environment agency", "the health trust", "the teachers' union", "the port authority",
    ),
    role=(
        "a councillor for the ward", "the head of the residents' association", "the deputy mayor",
        "a spokesperson for the ministry", "the chair of the planning committee", "a local shop owner",
        "a nurse at the county hospital", "an economist at the regional university",
    ),
    first_names=(
        "Anna", "Peter", "Margaret", "Daniel", "Sarah", "Thomas", "Helen", "James", "Laura", "Michael", "Ruth",
        "David", "Claire", "Simon", "Alice", "Robert", "Joanna", "Martin", "Eleanor", "Paul", "Grace", "Oliver",
    ),
    surname_heads=("Hal", "Mer", "Ash", "Brom", "Cal", "Dun", "Fen", "Gar", "Hol", "Kel", "Lind", "Mor", "Pen", "Ros", "Thorn", "Wel"),
    surname_tails=("ford", "ley", "ton", "wick", "by", "well", "man", "field", "more", "son"),
    place_heads=("Mill", "Stone", "Ash", "Clear", "North", "West", "Oak", "Red", "Elm", "High", "Fair", "Glen", "Lake", "Marsh"),
    place_tails=("brook", "field", "haven", "ford", "wick", "bridge", "ton", "mouth", "dale", "port", "gate", "stead"),
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    headline=(
        "{place} council {verb} {object} after months of delays",
        "Why {problem} keeps getting worse in {place}",
        "{group_cap} in {place} fear the cost of {object}",
        "{subject} {verb} {object}",
        "What {object} means for {group}",
    ),
    byline="By {name}",
    related="Related article: {headline}",
    share=("Share this article", "Share on Facebook | X | WhatsApp | Email", "Print"),
    follow="Follow us on Facebook, X and Instagram for the latest news from {place}",
    advert="Advertisement · Scroll to continue",
    copyright="Copyright © {year} {outlet}. All rights reserved.",
    appeal=(
        "{outlet_upper} NEEDS YOUR SUPPORT",
        "We are an independent newsroom funded by readers like you. Please consider a monthly donation.",
        "Subscribe to our newsletter and help us keep our reporting free for everyone.",
    ),
    cookies="We use cookies to improve your experience on our site. Accept all cookies | Manage preferences",
    comments_header="Comments ({n})",
    reply="Reply · Like ({m})",
    photo="Photo",
    complement=(
        "after a debate that lasted more than {m} hours", "despite protests outside the building",
        "in a vote of {m} to {m2}", "following a report by independent auditors", "amid growing pressure from residents",
        "citing rising costs", "without giving further details", "in a statement published on its website",
    ),
)


PORTUGUESE = Language(
    code="pt",
    sentences=(
        "{subject} {verb} {object} {time}, depois de um debate que durou mais de {m} horas.",
        "Segundo {org}, o custo do projeto subiu para {n} milhões de euros desde {year}.",
        "{person}, que vive em {place} há {m} anos, disse que a decisão vai afetar cerca de {n} famílias.",
        "As obras devem demorar {m} meses e podem começar já em {month}.",
        "Os críticos dizem que {object} pouco fará para resolver {problem}.",
        "Em {place}, uma vila com cerca de {n} habitantes, {problem} preocupa os moradores há anos.",
        "A oposição considerou o calendário irrealista e pediu uma auditoria independente.",
        "Ainda não é claro se {object} voltará a ser votado antes de {month}.",
        "Vários {group} disseram que vão recorrer da decisão nos tribunais.",
        "A proposta foi apresentada pela primeira vez em {year}, mas ficou parada por falta de acordo sobre o financiamento.",
    ),
    speech=(
        "Esperámos {m} anos por isto e vamos continuar atentos à forma como o dinheiro é gasto",
        "Ninguém perguntou às pessoas que vivem aqui o que elas precisam",
        "Os números não batem certo e toda a gente na sala sabia disso",
    ),
    attributions=("{q}, disse {person}, {role}.", "{person}, {role}, afirmou: {q}"),
    quote_marks=(("«", "»"), ("“", "”")),
    questions=("O que correu mal com {object}?", "Quem vai pagar {object} depois de {year}?"),
    subject=("A câmara municipal", "O governo regional", "O ministério dos transportes", "A oposição", "A empresa das águas"),
    verb=("aprovou", "rejeitou", "adiou", "anunciou", "criticou", "suspendeu"),
    object=("o novo orçamento", "o plano para reconstruir a ponte velha", "o encerramento de duas escolas", "a venda do porto de pesca", "as novas regras para o alojamento local"),
    time=("na segunda-feira", "na terça-feira", "na quinta-feira", "na semana passada", "no início do mês"),
    problem=("a falta de habitação a preços acessíveis", "a subida dos preços da energia", "o trânsito no centro histórico", "as cheias junto ao rio"),
    group=("moradores", "comerciantes", "pais", "pescadores", "agricultores"),
    org=("a câmara municipal", "o tribunal de contas", "a associação comercial", "a junta de freguesia"),
    role=("presidente da associação de moradores", "vereadora da oposição", "comerciante no centro da vila"),
    first_names=("Rui", "Teresa", "João", "Marta", "Pedro", "Ana", "Luís", "Inês", "Carlos", "Sofia"),
    surname_heads=("Alm", "Gouv", "Ferr", "Carv", "Mour", "Sil"),
    surname_tails=("eida", "eia", "eira", "alho", "ão", "va"),
    place_heads=("Vila ", "Porto ", "Santa ", "Ribeira "),
    place_tails=("Serena", "Nova", "Clara", "Grande", "do Mar"),
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
    headline=("{place}: {subject_lower} {verb} {object}", "Moradores de {place} temem {problem}"),
    byline="Por {name}",
    related="Leia também: {headline}",
    share=("Partilhe este artigo", "Facebook", "WhatsApp"),
    follow="Siga-nos no Facebook e no Instagram",
    advert="Continua após a publicidade",
    copyright="© {year} {outlet}. Todos os direitos reservados.",
    appeal=("GOSTA DO QUE LÊ? APOIE O JORNALISMO LOCAL", "Assine a partir de 1 euro por mês e apoie o nosso jornalismo independente."),
    cookies="Utilizamos cookies para melhorar a sua experiência. Política de privacidade e cookies",
    comments_header="Comentários ({n})",
    reply="Responder · Curtir ({m})",
    photo="Foto",
    section="Região",
)


GERMAN = Language(
    code="de",
    sentences=(
        "{subject} hat {object} {time} {verb}, nach einer Debatte von mehr als {m} Stunden.",
        "Nach Angaben von {org} sind die Kosten des Projekts seit {year} auf {n} Millionen Euro gestiegen.",
        "{person}, der seit {m} Jahren in {place} lebt, sagte, die Entscheidung betreffe etwa {n} Haushalte.",
        "Die Arbeiten sollen {m} Monate dauern und könnten schon im {month} beginnen.",
        "Kritiker sagen, {object} werde wenig gegen {problem} helfen.",
        "In {place}, einer Stadt mit rund {n} Einwohnern, beschäftigt {problem} die Menschen seit Jahren.",
        "Die Opposition nannte den Zeitplan unrealistisch und forderte eine unabhängige Prüfung.",
        "Es war zunächst unklar, ob über {object} noch einmal abgestimmt wird.",
        "Mehrere {group} kündigten an, gegen die Entscheidung zu klagen.",
        "Der Plan wurde bereits {year} vorgestellt, scheiterte aber am Streit über die Finanzierung.",
    ),
    speech=(
        "Wir haben {m} Jahre darauf gewartet und werden genau hinsehen, wie das Geld ausgegeben wird",
        "Niemand hat die Menschen gefragt, die hier tatsächlich wohnen",
        "Die Zahlen passen einfach nicht zusammen, und das wussten alle im Saal",
    ),
    attributions=("{q}, sagte {person}, {role}.", "{person}, {role}, sagte: {q}"),
    quote_marks=(("„", "“"), ("»", "«")),
    questions=("Was ist bei {object} schiefgelaufen?", "Wer bezahlt {object} nach {year}?"),
    subject=("Der Stadtrat", "Die Landesregierung", "Das Verkehrsministerium", "Die Opposition", "Der Kreistag"),
    verb=("beschlossen", "abgelehnt", "verschoben", "angekündigt", "kritisiert", "gestoppt"),
    object=("den neuen Haushalt", "den Neubau der alten Brücke", "die Schließung von zwei Schulen", "den Verkauf der Stadtwerke", "neue Regeln für Ferienwohnungen"),
    time=("am Montag", "am Dienstag", "am Donnerstag", "in der vergangenen Woche", "Anfang des Monats"),
    problem=("den Mangel an bezahlbarem Wohnraum", "die steigenden Energiepreise", "den Verkehr in der Altstadt", "das Hochwasser am Fluss"),
    group=("Anwohner", "Händler", "Eltern", "Landwirte", "Pendler"),
    org=("der Stadtverwaltung", "dem Landesrechnungshof", "der Handelskammer", "dem Umweltamt"),
    role=("Sprecherin der Bürgerinitiative", "Fraktionschef der Opposition", "Inhaber eines Geschäfts in der Altstadt"),
    first_names=("Jürgen", "Sabine", "Klaus", "Monika", "Stefan", "Katrin", "Andreas", "Ulrike", "Thomas", "Petra"),
    surname_heads=("Wei", "Hoff", "Brau", "Schr", "Kell", "Leh"),
    surname_tails=("ßmann", "mann", "n", "öder", "er", "mann"),
    place_heads=("Bad ", "Neu", "Ober", "Rosen", "Linden"),
    place_tails=("heim", "bach", "dorf", "feld", "au"),
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    headline=("{place}: Streit um {object}", "Anwohner in {place} fürchten {problem}"),
    byline="Von {name}",
    related="Lesen Sie auch: {headline}",
    share=("Teilen", "Facebook | X | E-Mail"),
    follow="Folgen Sie uns auf Facebook und Instagram",
    advert="Anzeige",
    copyright="© {year} {outlet}. Alle Rechte vorbehalten.",
    appeal=("UNTERSTÜTZEN SIE UNABHÄNGIGEN JOURNALISMUS", "Abonnieren Sie unseren Newsletter und unterstützen Sie unsere Arbeit mit einer Spende."),
    cookies="Wir verwenden Cookies. Datenschutz und Cookie-Einstellungen",
    comments_header="Kommentare ({n})",
    reply="Antworten · Like ({m})",
    photo="Foto",
    section="Region",
)


RUSSIAN = Language(
    code="ru",
    sentences=(
        "{subject} {time} {verb} {object} после обсуждения, которое длилось более {m} часов.",
        "По данным {org}, стоимость проекта с {year} года выросла до {n} миллионов рублей.",
        "{person}, который живет в городе {place} уже {m} лет, заявил, что решение затронет около {n} семей.",
        "Работы продлятся {m} месяцев и могут начаться уже в {month}.",
        "Критики считают, что {object} мало поможет решить {problem}.",
        "В городе {place}, где живут около {n} человек, {problem} беспокоит жителей уже много лет.",
        "Оппозиция назвала сроки нереальными и потребовала независимой проверки.",
        "Пока неясно, будет ли {object} вынесен на повторное голосование.",
        "Несколько {group} заявили, что обжалуют это решение в суде.",
        "Впервые план был представлен в {year} году, но застрял из-за спора о финансировании.",
    ),
    speech=(
        "Мы ждали этого {m} лет и будем внимательно следить за тем, как тратятся деньги",
        "Никто не спросил людей, которые здесь живут, что им на самом деле нужно",
        "Цифры просто не сходятся, и все в зале это понимали",
    ),
    attributions=("{q}, — сказал {person}, {role}.", "{person}, {role}, заявил: {q}"),
    quote_marks=(("«", "»"),),
    questions=("Что пошло не так с проектом?", "Кто будет платить за ремонт после {year} года?"),
    subject=("Городская дума", "Областное правительство", "Министерство транспорта", "Оппозиция", "Администрация района"),
    verb=("одобрила", "отклонила", "отложила", "объявила", "раскритиковала", "приостановила"),
    object=("новый бюджет", "план реконструкции старого моста", "закрытие двух сельских школ", "продажу городского водоканала", "новые правила аренды жилья"),
    time=("в понедельник", "во вторник", "в четверг", "на прошлой неделе", "в начале месяца"),
    problem=("нехватку доступного жилья", "рост цен на отопление", "пробки в старом центре", "паводки на реке"),
    group=("жителей", "предпринимателей", "родителей", "фермеров", "водителей"),
    org=("городской администрации", "счетной палаты", "торговой палаты", "управления экологии"),
    role=("председатель совета жителей", "депутат от оппозиции", "владелец магазина в центре"),
    first_names=("Андрей", "Ольга", "Сергей", "Наталья", "Игорь", "Елена", "Дмитрий", "Татьяна", "Алексей", "Ирина"),
    surname_heads=("Петр", "Смирн", "Кузнец", "Волк", "Соколь", "Лебед"),
    surname_tails=("ов", "ов", "ов", "ов", "ников", "ев"),
    place_heads=("Ново", "Старо", "Бело", "Красно", "Верхне"),
    place_tails=("речье", "горск", "озерск", "польск", "дольск"),
    months=("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"),
    headline=("{subject} {verb} {object}", "Жители города {place} опасаются новых проблем"),
    byline="Автор: {name}",
    related="Читайте также: {headline}",
    share=("Поделиться", "ВКонтакте | Telegram | WhatsApp"),
    follow="Подписывайтесь на нас в Telegram",
    advert="Реклама",
    copyright="© {year} {outlet}. Все права защищены.",
    appeal=("ПОДДЕРЖИТЕ НЕЗАВИСИМУЮ ЖУРНАЛИСТИКУ", "Подпишитесь на нашу рассылку и поддержите редакцию пожертвованием."),
    cookies="Мы используем cookies. Политика конфиденциальности",
    comments_header="Комментарии ({n})",
    reply="Ответить · Like ({m})",
    photo="Фото",
    section="Регион",
)


FRENCH = Language(
    code="fr",
    sentences=(
        "{subject} a {verb} {object} {time}, après un débat de plus de {m} heures.",
        "Selon {org}, le coût du projet est passé à {n} millions d'euros depuis {year}.",
        "{person}, qui habite {place} depuis {m} ans, a déclaré que la décision toucherait environ {n} foyers.",
        "Les travaux devraient durer {m} mois et pourraient commencer dès {month}.",
        "Les critiques estiment que {object} ne réglera pas {problem}.",
        "À {place}, une ville d'environ {n} habitants, {problem} inquiète les habitants depuis des années.",
        "L'opposition a jugé le calendrier irréaliste et réclamé un audit indépendant.",
        "Il n'est pas encore clair si {object} sera de nouveau soumis au vote.",
        "Plusieurs {group} ont annoncé qu'ils feraient appel de la décision.",
        "Le projet avait été présenté pour la première fois en {year}, mais il a été bloqué faute d'accord sur son financement.",
    ),
    speech=(
        "Nous attendons cela depuis {m} ans et nous surveillerons la façon dont l'argent est dépensé",
        "Personne n'a demandé aux gens qui vivent ici ce dont ils ont besoin",
        "Les chiffres ne tiennent pas debout, et tout le monde dans la salle le savait",
    ),
    attributions=("{q}, a déclaré {person}, {role}.", "{person}, {role}, a résumé : {q}"),
    quote_marks=(("« ", " »"),),
    questions=("Qu'est-ce qui n'a pas fonctionné avec {object} ?", "Qui paiera {object} après {year} ?"),
    subject=("Le conseil municipal", "La région", "Le ministère des transports", "L'opposition", "La communauté de communes"),
    verb=("approuvé", "rejeté", "reporté", "annoncé", "critiqué", "suspendu"),
    object=("le nouveau budget", "le projet de reconstruction du vieux pont", "la fermeture de deux écoles", "la vente de la régie des eaux", "les nouvelles règles sur les locations saisonnières"),
    time=("lundi", "mardi", "jeudi", "la semaine dernière", "en début de mois"),
    problem=("la pénurie de logements abordables", "la hausse des prix de l'énergie", "les embouteillages dans le centre", "les inondations le long du fleuve"),
    group=("habitants", "commerçants", "parents", "agriculteurs", "pêcheurs"),
    org=("la mairie", "la chambre régionale des comptes", "la chambre de commerce", "l'agence de l'eau"),
    role=("présidente de l'association des habitants", "élu de l'opposition", "commerçant du centre-ville"),
    first_names=("Pierre", "Claire", "Julien", "Sophie", "Nicolas", "Camille", "François", "Élise", "Mathieu", "Chantal"),
    surname_heads=("Dub", "Mor", "Lef", "Gir", "Ber", "Rouss"),
    surname_tails=("ois", "eau", "èvre", "ard", "nard", "el"),
    place_heads=("Saint-", "Mont", "Val", "Bourg-", "Font"),
    place_tails=("Amand", "ferrand", "morin", "la-Reine", "aine"),
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    headline=("{place} : {subject_lower} a {verb} {object}", "Les habitants de {place} redoutent {problem}"),
    byline="Par {name}",
    related="Lire aussi : {headline}",
    share=("Partager", "Facebook | X | E-mail"),
    follow="Suivez-nous sur Facebook et Instagram",
    advert="Publicité",
    copyright="© {year} {outlet}. Tous droits réservés.",
    appeal=("SOUTENEZ LE JOURNALISME INDÉPENDANT", "Abonnez-vous à notre newsletter et soutenez notre rédaction par un don."),
    cookies="Nous utilisons des cookies. Politique de confidentialité",
    comments_header="Commentaires ({n})",
    reply="Répondre · Like ({m})",
    photo="Photo",
    section="Région",
)


SPANISH = Language(
    code="es",
    sentences=(
        "{subject} {verb} {object} {time}, tras un debate de más de {m} horas.",
        "Según {org}, el coste del proyecto ha subido a {n} millones de euros desde {year}.",
        "{person}, que vive en {place} desde hace {m} años, dijo que la decisión afectará a unas {n} familias.",
        "Las obras durarán {m} meses y podrían empezar ya en {month}.",
        "Los críticos creen que {object} no resolverá {problem}.",
        "En {place}, un pueblo de unos {n} habitantes, {problem} preocupa a los vecinos desde hace años.",
        "La oposición calificó el calendario de irreal y pidió una auditoría independiente.",
        "Todavía no está claro si {object} volverá a votarse antes de {month}.",
        "Varios {group} anunciaron que recurrirán la decisión ante los tribunales.",
        "El plan se presentó por primera vez en {year}, pero quedó bloqueado por la falta de acuerdo sobre su financiación.",
    ),
    speech=(
        "Llevamos {m} años esperando esto y vigilaremos cómo se gasta el dinero",
        "Nadie preguntó a la gente que vive aquí qué necesita de verdad",
        "Las cifras no cuadran, y todos en la sala lo sabían",
    ),
    attributions=("{q}, dijo {person}, {role}.", "{person}, {role}, afirmó: {q}"),
    quote_marks=(("«", "»"), ("“", "”")),
    questions=("¿Qué falló con {object}?", "¿Quién pagará {object} después de {year}?"),
    subject=("El ayuntamiento", "El gobierno regional", "El ministerio de transportes", "La oposición", "La diputación"),
    verb=("aprobó", "rechazó", "aplazó", "anunció", "criticó", "suspendió"),
    object=("el nuevo presupuesto", "el plan para reconstruir el puente viejo", "el cierre de dos escuelas", "la venta de la empresa de aguas", "las nuevas normas para pisos turísticos"),
    time=("el lunes", "el martes", "el jueves", "la semana pasada", "a principios de mes"),
    problem=("la falta de vivienda asequible", "la subida de los precios de la energía", "los atascos en el casco antiguo", "las inundaciones junto al río"),
    group=("vecinos", "comerciantes", "padres", "agricultores", "pescadores"),
    org=("el ayuntamiento", "el tribunal de cuentas", "la cámara de comercio", "la confederación hidrográfica"),
    role=("presidenta de la asociación de vecinos", "concejal de la oposición", "comerciante del centro"),
    first_names=("Javier", "Carmen", "Miguel", "Lucía", "Antonio", "Pilar", "Manuel", "Rosa", "Pablo", "Elena"),
    surname_heads=("Fern", "Gonz", "Rodr", "Mart", "Sánch", "Lóp"),
    surname_tails=("ández", "ález", "íguez", "ínez", "ez", "ez"),
    place_heads=("Villa", "San ", "Puerto ", "Torre"),
    place_tails=("nueva", "Martín", "Real", "blanca"),
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    headline=("{place}: {subject_lower} {verb} {object}", "Los vecinos de {place} temen {problem}"),
    byline="Por {name}",
    related="Lee también: {headline}",
    share=("Compartir", "Facebook | X | WhatsApp"),
    follow="Síguenos en Facebook e Instagram",
    advert="Publicidad",
    copyright="© {year} {outlet}. Todos los derechos reservados.",
    appeal=("APOYA EL PERIODISMO INDEPENDIENTE", "Suscríbete a nuestro boletín y haz una donación para apoyar nuestro periodismo."),
    cookies="Usamos cookies. Política de privacidad y cookies",
    comments_header="Comentarios ({n})",
    reply="Responder · Like ({m})",
    photo="Foto",
    section="Región",
)

LANGUAGES = {language.code: language for language in (ENGLISH, PORTUGUESE, GERMAN, RUSSIAN, FRENCH, SPANISH)}
