"""Word lists the speaker rules read, by role: reporting cues, pronouns, determiners, titles,
role nouns, prepositions. Data only; speakers.py holds the rules. Extend a list to teach the rules
a new language or style (and add a case to the quote development set)."""

from __future__ import annotations

import re

VERB_CUES = {
    "en": """said says say told tells added adds argued argues noted notes stated states asked asks wrote
        writes explained explains insisted insists claimed claims warned warns continued continues declared
        declares replied replies recalled recalls stressed stresses emphasized emphasised emphasizes emphasises
        observed observes concluded concludes admitted admits announced announces suggested suggests
        believes believed thinks thought remarked remarks commented comments acknowledged acknowledges
        predicted predicts urged urges ask responded responds answered answers posted tweeted agreed agrees
        complained complains conceded concedes countered counters cautioned cautions asserted asserts
        maintained maintains recounted recounts described describes laughed jokes joked shouted vowed vows
        pledged pledges promised promises denied denies confirmed confirms testified testifies quipped mused
        lamented laments boasted boasts wondered wonders estimated estimates read reads put
        saying adding noting warning insisting arguing claiming stressing explaining telling writing citing
        called calls calling termed terming describing dismissed dismissing accused accuses laughs smiles smiled sighs sighed
        pressed interjected interrupted retorted objected chanted chanting shouting yelled yelling accusing posting
        alleged alleges alleging assured assures reassured reiterated reiterates underscored underscores underlined
        affirmed affirms contended contends demanded demands proclaimed signalled signaled indicated indicates instructed instructs advised advises
        scoffed scoffs sneered muttered mutters murmured whispered grumbled grumbles exclaimed protested fumed""",
    "de": """versichert
        sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint fügte schrieb schreibt
        warnte warnt kritisierte kritisiert antwortete antwortet ergänzte ergänzt räumte sprach spricht
        fragte fragt bekräftigte bekräftigt unterstrich versicherte rief zufolge warf beschuldigte nannte nennt
        hielt entgegnete entgegnet erwiderte erwidert berichtete berichtet erzählte erzählt mahnte mahnt klagte beklagte kommentierte
        spottete spöttelte""",
    "fr": """témoigne nuance
        déclare dit affirme explique ajoute estime souligne assure indique précise raconte confie lance
        insiste poursuit répond résume prévient reconnaît martèle accuse écrit
        rappelle déplore regrette observe tranche glisse soupire relève conclut admet avertit dénonce
        espère ironise""",
    "it": """conferma scherza
        dice afferma spiega aggiunge sostiene commenta racconta osserva dichiara sottolinea risponde
        avverte ammette attacca replica ribadisce accusa definendo aggiungendo spiegando sottolineando avvertendo
        ricorda precisa conclude denuncia insiste evidenzia chiosa
        dicono ammettono spiegano sostengono osservano commentano raccontano avvertono sottolineano
        definisce definiscono scrive scrivono chiede chiedono""",
    "es": """resume recalca recalcó agrega agregó reconoce explicaba decía afirmaba confiesa confesó bromea bromeaba apostilla apostilló
        dijo dice afirmó afirma declaró explicó explica señaló señala aseguró asegura añadió añade
        advirtió advierte lamenta lamentó contó cuenta reconoció sostuvo sostiene indicó insistió subrayó
        respondió calificó califica acusó acusa responde contesta contestó promete prometió grita gritó pregunta preguntó
        dijeron afirmaron declararon explicaron señalaron aseguraron añadieron advirtieron indicaron
        relató relata recordó recuerda apuntó apunta subraya matizó resumió comentó comenta admitió admite denunció
        denuncia lamentó concluyó ironizó bromeó aclaró precisó relataron recordaron destacó destaca remarcó sentenció zanjó
        pidió pidieron""",
    "pt": """brincou brinca completou ponderou pondera observou comentou avisou criticou declara argumentou argumenta reforçou defendeu
        disse diz afirmou afirma declarou explicou explica acrescentou acrescenta ressaltou destacou
        garantiu resumiu contou conta avaliou respondeu sublinhou alertou acusou
        disseram afirmaram declararam explicaram
        assegura assegurou garante relata relatou lembra lembrou recorda recordou admite admitiu sublinha reconhece
        reconheceu refere referiu adianta adiantou salienta salientou frisa frisou denuncia denunciou alerta lamenta
        lamentou desabafa desabafou escreveu pediu""",
    "ru": """призвал призвала призвали призвало заявив отметив подчеркнув добавив пообещал пообещала пообещали пообещало подчеркивает подчёркивает отмечает заявляет сообщает уверяет признаёт признает утверждает утверждал утверждала заверил заверила констатировал предупредил предупредила уточнил уточнила уточняет говорят рассказывают
        выразился выразилась написал написала написали
        сказал сказала сказали заявил заявила заявили отметил отметила отметили говорит говорил говорила
        считает подчеркнул подчеркнула добавил добавила сообщил сообщила сообщили пояснил пояснила признал
        признала рассказал рассказала ответил ответила уверен уверена говорится обвинил обвинила
        рассказывает добавляет объясняет поясняет вспоминает признаётся улыбается
        заявило сообщило отметило подчеркнуло добавило пояснило признало ответило""",
    "uk": """назвавши заявивши зазначивши наголосивши підкресливши додавши закликав закликала закликали закликало пообіцяв пообіцяла пообіцяли пообіцяло наголошує наголосив наголосила підкреслив підкреслила підкреслює зазначає заявляє запевнив запевнила запевняє визнав визнала визнає констатував кажуть розповідають написав відзначив відзначила пояснюють переконує переконував попередив попередила
        сказав заявив зазначив зазначила каже говорить вважає додав додала повідомив повідомила
        повідомили пояснив пояснила розповів розповіла відповів відповіла ідеться йдеться звинуватив
        звинуватила розповідає додає пояснює згадує усміхається
        сказало назвало назвав заявило повідомило зазначило пояснило відповіло додало наголосило""",
    "pl": """podkreśla zaznacza dodaje tłumaczy wyjaśnia przekonuje ocenia stwierdza zapewnia zapewnił zapewniła przyznaje odpowiada informuje poinformował poinformowała zauważa zauważył zauważyła opowiada opowiadał opowiadała ostrzega ostrzegł
        powiedział powiedziała powiedzieli mówi mówił mówiła mówią dodał dodała dodali przyznał przyznała
        podkreślił podkreśliła podkreśliło stwierdził stwierdziła ocenił oceniła zaznaczył zaznaczyła
        odpowiedział odpowiedziała tłumaczył tłumaczyła wyjaśnił wyjaśniła napisał napisała oświadczył
        oświadczyła zapowiedział zapowiedziała przekonywał przekonywała uważa twierdzi grzmiał grzmiała
        oskarżył oskarżyła zarzucił zarzuciła""",
    "nl": """erkent erkende reageert
        zei zegt zeggen zeiden verklaarde verklaart vertelde vertelt schreef schrijft benadrukte benadrukt
        stelde stelt antwoordde antwoordt reageerde waarschuwde waarschuwt vroeg vraagt aldus""",
}
# Compound forms: French and Italian perfect tenses, French inversion ('a-t-il ajouté'), phrasal verbs.
PHRASE_CUES = [
    r"(?:ha|hanno)\s+fatto\s+sapere|fa(?:nno)?\s+sapere",  # Italian 'let it be known'
    r"(?:a|ont)-t-(?:il|elle|ils|elles)\s+\w+",
    r"\w+-t-(?:il|elle|ils|elles)",
    r"(?:dit|déclare|ajoute|explique|estime|affirme|lance|poursuit|répond|résume|précise)-(?:il|elle|ils|elles)",
    r"(?:a|ont)\s+(?:\w+\s+)?(?:déclaré|dit|affirmé|expliqué|ajouté|estimé|souligné|assuré|indiqué|précisé|raconté|confié|lancé|répondu|reconnu|écrit|prévenu|averti|jugé|salué|qualifié|dénoncé|rappelé|insisté|résumé|ironisé|martelé|tranché|glissé|soupiré|conclu|admis|regretté|déploré|relevé|promis|plaidé|confirmé)",
    # An adverb may stand inside the perfect: 'ha poi aggiunto', 'a ensuite déclaré'.
    r"(?:ha|hanno)\s+(?:\w+\s+)?(?:detto|dichiarato|spiegato|aggiunto|affermato|sottolineato|commentato|raccontato|risposto|ammesso|attaccato|esordito|ribadito|replicato|avvertito|scritto|chiesto|definito|denunciato|ironizzato|osservato|precisato|ricordato|assicurato|concluso|parlato\s+di)",
    r"fügte\s+(?:\w+\s+){0,3}?hinzu",
    r"teilte\s+(?:\w+\s+){0,3}?mit",
    r"räumte\s+(?:\w+\s+){0,3}?ein",
    r"(?:kündigte|kündigt)\s+(?:\w+\s+){0,3}?an|(?:stellte|stellt)\s+(?:\w+\s+){0,3}?klar",
    r"sprach\s+von",
    r"(?:hieß|heißt)\s+es\s+(?:aus|in|im|bei|von|vom)",
    r"told\s+reporters",
    r"pointed\s+out|points\s+out|went\s+on|goes\s+on|summed\s+up|put\s+it|puts\s+it",
    r"(?:shot|fired|hit|snapped)\s+back",
]
PREPOSITION_CUES = (
    r"according\s+to|(?-i:per)(?=\s+(?-i:(?:one|an?|two|three|several)\s+(?:[a-z-]+\s+){0,2}?(?:aide|source|official|person|adviser|ally|insider|strategist|operative|diplomat)s?|people\s+familiar|sources?|officials?|aides?)\b)|in\s+the\s+words\s+of|selon|d[’']après|secondo|según|segundo|de\s+acordo\s+com|laut|nach\s+Angaben\s+(?:von|des|der)"
    r"|volgens|по\s+словам|по\s+мнению|за\s+словами|на\s+думку|według|zdaniem"
    # 'Para a professora X, …', 'Pour le ministre, …': 'for' a person opening the sentence is their view.
    r"|(?-i:Para|Pour)(?=\s+(?:o|a|el|la|le|l[’'])\s*(?:ex-)?(?:ministr[oa]|ministre|chanceler|canciller|president[ea]|présidente?|professora?"
    r"|professeure?|profesora?|analista|analyste|economista|économiste|especialista|spécialiste|diplomata|diplomate|deputad[oa]|diputad[oa]"
    r"|députée?|senador[a]?|sénat(?:eur|rice)|investigador[a]?|pesquisador[a]?|chercheu(?:r|se)|politólog[oa]|politologue|historiador[a]?"
    r"|historien(?:ne)?|sociólog[oa]|sociologue|embaixador[a]?|embajador[a]?|ambassadeur|ambassadrice|portavoz|porta-voz|porte-parole"
    r"|diretor[a]?|director[a]?|directeur|directrice|general|général|coronel|colonel|líder|dirigente|secretári[oa]|secretari[oa]|secrétaire)\b)"
)

PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f",
    "er": "m", "sie": "f", "il": "m", "elle": "f", "lui": "m", "lei": "f", "él": "m", "ella": "f",
    "ele": "m", "ela": "f", "он": "m", "она": "f", "его": "m", "её": "f", "ее": "f", "jej": "f", "jego": "m", "він": "m", "вона": "f",
    "його": "m", "її": "f", "hij": "m", "zij": "f", "ze": "f",
}
# German and Dutch possessives before a capitalised noun open a subject: 'Ihr Urteil fällt aus:'.
POSSESSIVE_GENDER = {"ihr": "f", "ihre": "f", "sein": "m", "seine": "m", "zijn": "m", "haar": "f"}
PLURAL_PRONOUNS = frozenset("they them their ils elles sie loro ellos ellas eles elas они их вони їх".split())
DEFINITE = frozenset("the this that these those der die das den dem des le la les l’ l' il lo i gli el los las o os".split())
INDEFINITE = frozenset("a an one two three four several some many ein eine einer un une uno una um uma een".split())
FUNCTION_WORDS = frozenset(
    """But And However So Yet Then As In On At For If When While Although Though Instead Meanwhile Still Now
    Today Yesterday Earlier Later Also Even Only Indeed Moreover Furthermore Thus Hence The A An This That
    It Its Speaking Asked Writing According After Before Since Under With Without From By Of To During
    Der Die Das Den Dem Des Ein Eine Auch Aber Und Doch Le La Les Un Une Mais Et Il Lo Gli Ma El Los Las Pero
    E Y O Os As Um Uma Mas Но И В На По Он Она А Та Ці Це У За Из С К Від До Сам Сама Сами Segundo Según Secondo Selon
    Laut One Two Three Some Many Several Most All Both Each Every Another What Who Why How Where Which Whatever
    Can Could Would Should Shall Do Does Did Is Are Was Were Has Have Had I'm I’m Whether Unless Until Because
    Darin Dabei Damit Dazu Darauf Daher Deshalb Dennoch Zudem Außerdem Trotzdem Jedoch Allerdings
    Проте Однак Утім Втім Тому Також Водночас Натомість Однако Впрочем Поэтому Также Зато Тогда
    Увечері Вранці Вдень Сьогодні Вчора Учора Вечером Утром Днём Днем Сегодня Вчера
    Here There Where Not No Nor Perhaps Maybe Once Now Then Yes
    Non Anche Poi Quando Dopo Mentre Però Così Già Oggi Ieri Intanto Inoltre Invece Infatti Dunque Quindi Ecco
    Aunque Cuando Desde Ahora Luego Además Así Ya Hoy Ayer También Mientras Tras Sin Aquí Allí
    Quand Alors Ainsi Pourtant Cependant Aussi Donc Puis Ensuite Hier Depuis Pas Ici
    Toen Als Maar Nu Ook Want Omdat Daarna Daarom Toch Niet Het Een Dat Deze Dit Hij Zij Ze Wij Volgens Tijdens Op Bij Met Voor
    Auf Bei Mit Nach Vor Über Für Dans Pour Avec Sous Sul Sulla Nel Nella Con Em Sobre Com Para
    Wenn Dann Nun Jetzt Heute Gestern Damals Nicht Noch Schon Kein Keine Hier
    Im Am Beim Zum Zur Vom Ins Deren Dessen Vergangene Vergangenen Letzte Letzten Nächste Nächsten Diese Dieser Diesen
    Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf Hundert Tausend Viele Einige Alle Beide
    Agora Não Já Ainda Depois Quando Aqui
    W We Jak Jednak Także Również Wtedy Teraz Dziś Wczoraj Potem Gdy Kiedy Ale Nie Tak Już Według Pytany Pytana Zapytany Zapytana
    Когда Потом Теперь Сейчас Уже Не Нет Так Вот Здесь Там Иначе Коли Тепер Вже Ні Тут""".split()
)
TITLES = frozenset(
    """President Prime Minister Secretary State Foreign Deputy General Ambassador Chancellor Senator Mr Mr. Mrs
    Mrs. Ms Ms. Dr Dr. Sir Dame Shri Smt Smt. Shrimati MoS CM Chief Former Vice Defense Defence Interior Finance Russian Ukrainian American
    British French German Chinese Italian Spanish Polish Turkish Spokesman Spokeswoman Spokesperson Leader Speaker
    Opposition Commander Commodore Envoy Representative Permanent First Judge Justice Governor Mayor Professor Prof.
    Attorney Councillor Cllr Coun Coun. Cr Sgt Sgt. Cpl Cpl. Col Maj Maj. Adm Adm. Brig Brig. Councilman Councilwoman Council Member Rep. Sen. Gov. Pres. Gen. Col. Capt. Lt. Rep Sen Gov Pres Gen Capt Lt Prof Lord Lady
    Pope King Queen Prince Princess Archbishop Bishop Father Fr Fr. Rev Rev. Revd Rabbi Imam Striker Manager Coach Director Chairman
    Chairwoman Minister Ministerin Poseł Posłanka Senatorka Wiceminister Wiceministra Bundeskanzler Kanzler Kanzlerin Präsident Präsidentin Herr Frau Madame
    Monsieur Mme M. Signor Signora Señor Señora Sr. Sra. Dom Dona Писательница Писатель Эксперт Министр
    Президент Губернатор Мэр Глава Депутат Міністр Президентка Мер Голова Executive Officer Commissioner
    Secretary-General Vice-President Colonel Captain Lieutenant Sergeant Major Admiral Marshal Sheriff Assistant Under Undersecretary Under-Secretary MP MEP DCI Supt Detective Inspector Superintendent Dyrektor Dyrektorka Prezes Prezeska Starosta Burmistrz Wojewoda Marszałek Rzecznik Rzeczniczka Premier Prezydent Prezydentka Wójt Речник Речниця Посол Пресс-секретарь Представитель Представник Представниця""".split()
)
TITLE_SUFFIX = re.compile(r"(?:minister|beauftragte|beauftragter|abgeordnete|abgeordneter|politiker|politikerin|ministerin|präsident|präsidentin|chef|chefin|sprecher|sprecherin|leiter|leiterin|kanzler|kanzlerin|direktor|direktorin|vorsitzende|vorsitzender|bürgermeister|bürgermeisterin|anwalt|anwältin|vize|ministra|ministre|presidente|sindaco|alcalde|prefeito)$", re.IGNORECASE)
ROLE_NOUN = re.compile(r"\w{4,}(?:in|er|or|ent|ist|eur|euse|trice|ница|тель|ист|ка)")
FEMALE_TITLES = frozenset("Mrs Mrs. Ms Ms. Smt Smt. Shrimati Dame Lady Queen Princess Chairwoman Councilwoman Spokeswoman Frau Madame Mme Signora Señora Sra. Dona Ministerin Kanzlerin Präsidentin Президентка Писательница".split())
MALE_TITLES = frozenset("Mr Mr. Sir Shri Lord King Prince Chairman Councilman Spokesman Herr Monsieur M. Signor Señor Sr. Dom Писатель Father".split())
FEMALE_ROLES = re.compile(r"(?i)\b(?!(?:captain|chaplain|cousin|assassin|villain)$)(?:spokeswoman|chairwoman|congresswoman|businesswoman|woman|mother|wife|daughter|sister|grandmother|actress|\w+in|\w+ка|\w+ница|ministra|presidenta|directora|la ministre|la présidente|éleveuse|\w+euse|\w+trice|enfermera|professora|candidata|aposentada)$")
MALE_ROLES = re.compile(r"(?i)\b(?:spokesman|chairman|congressman|businessman|man|father|husband|son|brother|grandfather|actor)$")
# What a quote is called by the sentence naming its speaker after it: 'Those were the words of X',
# 'The warning came from X'.
DELAYED_ATTRIBUTION_NOUNS = frozenset(
    """word words assessment verdict view message warning description reaction response plea answer conclusion
    prediction promise pledge vow claim appeal judgment judgement diagnosis summary account note remark comment
    complaint admission boast threat""".split()
)
MALE_NAMES_IN_A = frozenset(
    """nikita ilya ilia luca luka mustafa mostafa mustapha joshua nikola mykola kostya kosta sasha misha dima yura vanya sava
    savva andrea foma kuzma jonah elia mattia enea grisha pasha slava vova borya lyosha alyosha fedya vitya yasha kolya tolya
    volodya seryozha petya danila gavrila aleksa mircea horia mihnea attila bidzina borja juha pekka jukka esa ilkka hamza
    osama usama taha reza alireza mojtaba musa moussa yahya zakaria zakariya murtaza mirza raja ezra akiva
    yehuda tamba juma baraka kwabena raila musalia narendra rajendra mahendra devendra jitendra surendra upendra
    virendra dharmendra yogendra gajendra bhupendra ravindra krishna aditya himanta takuya tatsuya kazuya
    tetsuya shinya naoya tomoya nobuya yuya macharia wafula wanjala barasa garba sakariya idrissa isa""".split()
)
# Names ending in -a borne by men and women alike ('Elisha', 'Shiva', 'Issa', 'Isa'): the name tells no gender.
NAMES_IN_A_OF_EITHER_GENDER = frozenset("elisha shiva isa issa bola satya".split())
# English men's names and diminutives ending in -ie, which otherwise reads as a woman's ending.
MALE_NAMES_IN_IE = frozenset("bernie charlie eddie archie ronnie freddie willie ritchie louie ollie robbie johnnie tommie jimmie reggie mackie donnie lonnie vinnie dougie stevie vitalie ilie".split())
# Common first names whose ending tells nothing ('Walter', 'Helen'): a name's gender is better known
# from a list than from the pronouns the text uses for whoever was resolved as its holder. (Names a man
# bears in one language and a woman in another, "Jean", "Jan", are in neither list.)
MALE_FIRST_NAMES = frozenset(
    """john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
    donald steven stephen paul andrew kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
    nicholas eric jonathan larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
    jerry tyler aaron adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith roger noah gerald carl
    terry sean austin arthur lawrence jesse dylan bryan joe billy bruce albert gabriel logan alan wayne roy ralph randy
    eugene vincent russell elijah louis bobby philip phillip johnny simon martin oliver harry tom tim jim bob bill mike
    steve dave chris nick ben sam matt dan rob greg ray ted neil colin gareth graham ian rhys owen hugh rupert nigel
    trevor derek gordon stuart alistair callum ewan liam declan conor ciaran kieran hamish angus duncan malcolm fraser
    marcus victor hans klaus jürgen wolfgang stefan andreas olaf friedrich heinrich karl franz josef pierre jacques
    françois michel philippe emmanuel laurent olivier antoine marc luc pablo carlos miguel javier antonio manuel
    francisco pedro luis jorge diego giovanni giuseppe marco paolo matteo lorenzo alessandro francesco roberto
    vladimir dmitry dmitri sergei sergey ivan oleksandr volodymyr petro andriy mykhailo viktor igor oleg pavel yuri
    boris anatoly vitali vitaliy denys taras bohdan serhiy yevhen maksym artem kirill nikolai alexei alexey mikhail
    piotr tomasz krzysztof marek pawel paweł wojciech lukasz łukasz andrzej mohammed muhammad ahmed ahmad ali hassan
    hussein omar khalid abdul ibrahim youssef yusuf mahmoud arne lars nils sven erik olof anders henrik jens björn bjorn
    magnus ole knut leif gunnar
    gennady gennadiy gennadii hennadiy hennadii arkady arkadiy valery valeriy valerii yevgeny yevgeniy evgeny grigory
    hryhoriy leonid lev vadim vadym ruslan roman stanislav vyacheslav viacheslav rostislav yaroslav ihor oleh anatoliy
    vasyl vasily vasiliy yakiv yakov fyodor fedir stepan semyon timur rustam zurab giorgi levan vakhtang ramzan
    konstantin kostiantyn valentin valentyn gleb georgy heorhiy nazar danylo dmytro maxim maksim kyrylo illia vitaly
    vitalii serhii oleksiy oleksii andrii yurii yuriy pavlo bogdan mikheil irakli
    uwe dieter helmut gerhard horst günter manfred rainer matthias tobias jonas lukas felix florian sebastian
    christian markus thorsten pieter willem hendrik joost jeroen mateusz jakub kamil michał michal rafał rafal
    grzegorz jarosław jaroslaw radosław radoslaw zbigniew janusz jerzy tadeusz ryszard stanisław henryk witold
    mirosław marcin dariusz sławomir bartosz przemysław szymon ondřej ondrej petr jiří jiri tomáš lukáš vojtěch
    václav vaclav miroslav zdeněk jaroslav ladislav péter gábor zoltán lászló istván ferenc tamás balázs mihai
    florin vytautas andrius mantas gitanas edgars kārlis krišjānis aivars kristjan jüri margus urmas toomas
    giorgio sergio mario giancarlo massimo enrico stefano carlo fabio gianni édouard bruno thierry sébastien
    nicolas yves gilles josé jose santiago alberto fernando rafael ramón ramon raúl raul recep mehmet ahmet hakan
    ömer fatih kemal murat emre keir rishi
    luke finn toby alfie harvey leo oscar theo max joshua connor jake lewis ross craig darren barry kenny tony danny
    jimmy andy rory niall cillian eoin oisín seán pádraig padraig fergus ruairí darragh cathal dónal donal tadhg aidan
    brendan shane fintan ronan eamon éamon eamonn enda micheál travis chad brett cody dustin derrick terrence darnell
    andre tyrone malik dwayne curtis clarence herbert howard lloyd leonard melvin stanley francis
    rahul amit arjun vikram sanjay rajesh ravi anil sunil vijay suresh ramesh rohit arun ashok deepak manoj pradeep
    nikhil siddharth aditya karan rohan varun akash abhishek anand pranav harish girish naveen praveen narendra
    alejandro andrés andres gonzalo ignacio joaquín joaquin julio césar cesar eduardo ricardo guillermo gustavo rodrigo
    felipe marcelo leonardo lucas mateus thiago tiago joão joao paulo fábio marcos vinícius gilberto rogério márcio
    alexandre luca davide federico riccardo emanuele claudio luigi salvatore vincenzo pietro domenico gianluca
    julien mathieu maxime romain guillaume benoît benoit arnaud clément jérôme jerome damien cédric frédéric frederic
    didier pascal hervé xavier raphaël raphael étienne etienne rémi baptiste hugo
    kai niklas moritz maximilian jannik dirk holger jörg ralf bernd volker reinhard werner günther gunther hartmut
    ulrich norbert detlef thilo philipp johannes benedikt fabian dominik marcel bram sander wouter joris ruud maarten
    koen thijs stijn niels mykola sergiy borys aleksandr aleksandar aleksander aleksei egor yegor ilya denis
    anton artyom daniil evgeniy fedor georgiy matvei timofei vladislav zakhar marko luka ivo goran dragan zoran
    milan nenad bojan miloš milos filip patryk dawid krystian hubert arkadiusz mariusz wiesław kazimierz czesław
    ádám dániel bence máté levente andrei alexandru ionuț gheorghe vasile radu adrian ovidiu sorin dragoș cătălin
    marius mircea nicolae mustafa hüseyin hasan burak cem serkan selim kerem onur volkan oğuz uğur tolga barış baris
    karim tariq tarek samir nabil walid faisal saeed sami rami bilal hamza osman amir nasser jamal adel hisham majid
    khaled fadi chinedu emeka obinna uchenna olusegun oluwaseun tunde babatunde kwame kofi kwabena kojo thabo sipho
    themba bongani jabulani mandla tendai hiroshi takashi kenji satoshi akira haruki kenta daisuke shinzo fumio taro
    ambrose bernard cecil clement cyril desmond edmund ernest gilbert horace humphrey jasper jeremiah julian
    oskar jakob lionel maurice mervyn miles nathaniel percy quentin reginald rowan rufus silas solomon tristan wilfred""".split()
)
FEMALE_FIRST_NAMES = frozenset(
    """helen karen margaret elizabeth mary susan sarah deborah ruth esther rachel jennifer kimberly emily nancy betty
    dorothy ashley kelly amy shirley carol sharon cheryl megan lauren alison allison ann anne jane joan louise alice
    grace rose catherine kathleen eileen maureen siobhan niamh aoife caitlin ingrid astrid sigrid birgit gudrun marie
    claire chantal agnès brigitte monique carmen mercedes dolores pilar isabel raquel beatriz inés ines lucy judith
    miriam naomi yasmin leah hannah beth kate clare lynn ellen erin kathryn gwen carolyn marilyn evelyn jocelyn
    harriet janet bridget violet yvonne lyubov aditi lakshmi ngozi
    karin katrin kristin kirsten mette hanne renate beate ute irene doris iris agnes frances heather hillary
    kristi liz ségolène annegret
    marguerite priscilla rosalind lorna mabel muriel edith ethel hazel ivy margot mildred
    sybil vivien winifred gwendolyn madeleine genevieve juliet rosamund bernadette
    rebecca jessica helena priya ana anna maria laura julia sofia sophia olivia emma charlotte amelia isabella chloe
    zoe natalie natalia nadia daria darya olga irina tatiana tetiana svetlana yulia yuliia oksana olena iryna kateryna
    nataliya anastasia alina polina ksenia yekaterina ekaterina elena lyudmila valentina galina marina veronika
    victoria viktoria alexandra christina kristina katarzyna agnieszka małgorzata malgorzata magdalena joanna barbara
    ewa aleksandra monika beata dorota justyna karolina zuzana jana petra lucie tereza eva hana martina markéta lenka
    elisa francesca giulia chiara alessandra federica silvia paola roberta simona giovanna lucia sara sabrina claudia
    carla camila valeria daniela gabriela fernanda mariana juliana luciana adriana patricia sandra susana teresa
    cristina marta nuria lucía paula lorena sylvie nathalie isabelle sandrine céline véronique sophie aurélie émilie
    élise hélène juliette mathilde manon léa anaïs margaux pauline virginie valérie stéphanie caroline christine
    annette heike sabine silke susanne stefanie nicole lena leonie johanna katharina franziska ursula angela gisela
    kerstin anke nina tanja jutta ilse anjali sunita deepa kavita pooja neha shreya ananya meera nisha divya asha
    rekha radha aisha fatima zainab amina layla leila mariam maryam noura salma yasmine zeynep ayşe fatma emine merve
    büşra esra seda chioma adaeze wanjiru akinyi achieng nomvula thandiwe thandi zanele naledi lindiwe amanda
    stephanie melissa michelle lisa samantha abigail danielle tiffany erica erika vanessa monica veronica diana
    denise linda donna cynthia janice julie joyce gloria theresa judy jacqueline wendy diane martha beverly
    tammy lori rita tina phyllis norma pamela kristen katie kaitlyn kayla brianna jasmine ella isla freya imogen
    eleanor georgia molly ruby phoebe lily fiona morag kirsty eilidh mairead róisín roisin sinéad sinead orla
    aisling clodagh deirdre gráinne grainne nuala bronwen rhiannon cerys ffion sian siân lowri gwyneth marisol
    ximena alejandra verónica maja elin linnea frida sanna hanna päivi liisa signe sofie ida inger solveig ragnhild
    yuko keiko yumiko naoko akiko haruka inga ieva ilze līga rasa eglė""".split()
)
ORG_HEADS = frozenset(
    """ministry department government kremlin commission council committee court jury tribunal command office agency service company international
    firm bank union party bloc movement alliance army military police administration embassy mission authority authorities headquarters
    group institute university centre center force forces guard foundation organisation organization association federation trust confederation society
    network channel newspaper broadcaster parliament senate house assembly city region state county
    municipality regime coalition campaign team club board fund nato statement report study ministerium
    regierung ministère gouvernement ministero governo ministerio gobierno министерство правительство мэрия
    прокуратура ведомство міністерство уряд штаб відомство комітет комитет служба управління управление
    мерія суд кремль мид мзс
    war europe east west north south asia africa america states kingdom republic nations sea ocean river street
    republik república république repubblica square avenue road bridge airport station hospital school college church cathedral palace park prize award
    cup league games day week act treaty accords agreement plan programme initiative forum summit conference
    index times post news press review journal gazette herald tribune magazine radio television inc ltd corp llc
    courier chronicle observer telegraph examiner inquirer dispatch bulletin mercury
    gmbh consulate energy energi power analytics capital holdings industries technologies systems partners
    resources petroleum oil airlines motors media securities insurance consultancy logistics telecom utilities
    société entreprise compagnie groupe empresa compañía sociedad società azienda companhia unternehmen konzern
    компания компанія utility airline carrier regulator insurer lender operator producer manufacturer automaker
    carmaker retailer exporter importer supplier distributor watchdog exchange refiner patrol steel chamber tech
    organizzazione organización organização federazione federación fédération federação sindacato sindicato syndicat
    associazione asociación associação commissione comisión comissão agenzia agencia agence agência""".split()
)
# Heads of names that are no body that speaks: a place, an event, an agreement ('the summit
# confirmed …' in what someone says is no speaker).
SILENT_NAME_HEADS = frozenset(
    """war europe east west north south asia africa america sea ocean river street square avenue road bridge park
    prize award cup games day week act treaty accords agreement plan programme initiative summit""".split()
)
# Nouns a business is introduced with and referred back to: 'X, a private utility, …', 'the company said'.
BUSINESS_HEADS = frozenset(
    """company firm utility operator producer manufacturer carrier airline bank lender insurer group conglomerate
    retailer exporter importer supplier refiner startup""".split()
)
# What an institution or a person issues: 'the statement said' speaks for whoever issued it.
DOCUMENT_NOUNS = frozenset(
    """statement report study survey poll letter document filing ruling verdict judgment indictment complaint
    lawsuit decree resolution communiqué release note memo email message post text draft analysis summary bulletin
    déclaration rapport lettre texte comunicado informe nota carta texto comunicato rapporto lettera
    assessment audit erklärung mitteilung bericht brief заявление сообщение документ заява повідомлення""".split()
)
# A lawsuit is named by any of these in one report: 'The lawsuit, filed by …' is 'the complaint' later.
LEGAL_FILINGS = frozenset("lawsuit complaint suit filing petition".split())
# Russian and Ukrainian words in an oblique case with an adjective's ending ('Об’єднаним Арабським
# Еміратам', 'Червоного Хреста', 'Верховної Ради'): no subject's name, whether a person's or not.
OBLIQUE_CASE = re.compile(r"(?:ого|ому|ими|ним|ським|ьким|ської|ною|ої|ему|его)$")
# German compounds end in what they are: 'Bundesregierung', 'Presse-Agentur', 'Verteidigungsministerium'.
ORG_SUFFIX = re.compile(r"(?:ministerium|regierung|agentur|verband|partei|fraktion|gericht|behörde|institut|stiftung|kommission|gesellschaft|konzern|gewerkschaft|konferenz|kammer|gewerkschaftsbund|verein|bundesamt)$")
PERSON_ROLES = frozenset(
    """spokesman spokeswoman spokesperson minister president official diplomat leader figure expert analyst
    politician author writer ambassador envoy lawyer judge mayor chancellor premier governor senator secretary segretario segretaria
    chairman chairwoman director head chief commander general officer historian economist researcher
    professor scientist activist campaigner manager coach player witness resident teacher doctor nurse farmer
    owner founder executive adviser advisor aide negotiator mediator whip deputy lawmaker legislator candidate defendant
    journalist reporter correspondent editor columnist critic novelist member secretary-general vice-president co-founder mp mep speaker
    medic paramedic surgeon physician accountant prosecutor attorney banker dispatcher organiser organizer councillor
    councilor commissioner coordinator pilot firefighter priest sergeant lieutenant colonel captain major foreman
    congressman congresswoman councilman councilwoman councilmember nominee strategist pollster sheriff marshal trooper warden
    headteacher headmaster headmistress principal envoy broker dealer technician consultant
    surveyor inspector architect auditor planner assessor examiner barrister solicitor chairperson ombudsman coroner
    employee staffer investor lobbyist donor operative insider veteran ally fundraiser bundler volunteer backbencher frontbencher
    président présidente ministre porte-parole dirigeant dirigeante député députée ambassadeur ambassadrice
    chercheur chercheuse maire diplomate responsable presidenta ministra portavoz portavoce jefe jefa líder
    diputado diputada embajador embajadora experto experta analista alcalde alcaldesa sindaco esperto
    diplomático diplomatico porta-voz deputado deputada embaixador especialista prefeito ministro
    diplomática diplomatica mandatario mandataria presidente senador senadora gobernador gobernadora juez jueza
    fiscal abogado abogada negociador negociadora mediador mediadora canciller chanceler
    professora profesor profesora professoressa professeur professeure economista économiste politólogo politóloga
    politologue pesquisador pesquisadora investigador investigadora historiador historiadora historienne sociólogo socióloga sociologue
    sénateur sénatrice juge avocat avocate négociateur négociatrice médiateur médiatrice chancelière
    botschafter botschafterin vermittler vermittlerin richter richterin bürgermeister bürgermeisterin vorsitzende
    prezydent premier rzecznik rzeczniczka poseł posłanka sędzia ambasador marszałek konsul konsulka consul
    beamter beamtin sprecher sprecherin ministerin präsident präsidentin kanzler kanzlerin experte expertin
    министр глава мэр губернатор эксперт политолог депутат посол представитель пресс-секретарь
    міністр голова мер експерт політолог посол речник представник
    skipper goalkeeper striker midfielder defender directora sindicalista enfermero enfermera enfermeiro enfermeira
    praticien infirmier infirmière médecin governante
    consigliere consigliera assessore assessora sindaca deputato deputata senatore senatrice governatore governatrice
    prefetto procuratore procuratrice comandante professoressa
    médico médica prefeita vereador vereadora governador governadora juíza promotor promotora delegado delegada
    raadslid wethouder burgemeester woordvoerder woordvoerster fractievoorzitter kamerlid voorzitter directeur
    relator relatora magistrado magistrada desembargador desembargadora ponente
    conseiller conseillère réalisateur réalisatrice acteur actrice comédien comédienne lauréat lauréate
    consejero consejera conselheiro conselheira concejal concejala vicepresidente vicepresidenta secretario secretaria""".split()
)
# People described by who they are rather than by an office: 'the teenager said', 'the retired mechanic
# added', 'каже пенсіонерка'. A definite one refers back to someone named (speakers.py).
PERSON_NOUNS = frozenset(
    """man woman person boy girl teenager pensioner retiree mechanic worker trader student veteran soldier volunteer
    mother father grandmother grandfather wife husband son daughter sister brother widow widower neighbour neighbor
    colleague friend survivor victim driver engineer pharmacist miner fisherman shopkeeper businessman
    businesswoman mum dad grandson granddaughter parent villager refugee
    guard sentry passenger vendor policeman policewoman waiter waitress bartender customer shopper child monk nun
    cleaner chef butcher cabbie clerk cashier farmhand labourer laborer star
    protester protestor demonstrator heckler supporter voter constituent participant attendee insider
    femme homme retraité retraitée mère père étudiant étudiante habitant habitante infirmière soldat
    mujer hombre jubilado jubilada vecino vecina madre padre estudiante anciano anciana mecánico enfermero enfermera
    donna uomo pensionato pensionata studente studentessa
    frau mann rentner rentnerin mutter vater studentin
    женщина мужчина пенсионер пенсионерка студент студентка волонтер волонтерка мать отец бабушка дедушка
    жінка чоловік пенсіонер пенсіонерка студентка волонтер волонтерка мати батько бабуся дідусь вчителька
    вчитель лікар лікарка бригадир""".split()
)
# Plural nouns for someone's people, who speak for them unnamed: 'Allies of the chancellor insisted'.
FOLLOWERS = frozenset("allies aides friends supporters advisers advisors associates confidants loyalists".split())
# Party labels a definite description is made of: 'the Ohio Republican', 'the Texas Democrat'.
PARTY_MEMBERS = frozenset("republican democrat conservative tory liberal socialist independent progressive".split())
PREPOSITIONS = frozenset(
    """in at on from to for with by of about against into onto than like as between near under over after beside alongside behind among
    through throughout across toward towards outside inside beyond around upon within without
    according selon según secondo segundo laut
    before since during via per bei im in an auf aus vom zum zur mit nach à en de du des dans sur chez par
    pour avec après avant vers contre depuis in su da con per tra fra dopo presso tras ante hacia sobre entre
    contra sin bajo durante após perante vor gegen über unter zwischen del della nel nella en de desde con por para em no na do da dos das
    al allo alla ai agli alle dal dallo dalla dai dagli dalle sul sullo sulla sui sugli sulle nello negli nelle col coi ao aos às
    naar tegen bij met uit aan op voor
    am beim ins ans seit ohne durch wegen trotz während neben hinter
    pelo pela com para в на из у к с о об от по при за для під над від до w we z ze od przez przy dla nad pod przed""".split()
)
CONJUNCTIONS = frozenset(
    """while but and as whereas when because although though after before since if which who that mentre ma
    e et mais tandis und aber während y pero mientras mas enquanto а но и пока і й та але
    aunque porque sino embora porém perché però benché sebbene poiché obwohl weil denn sondern car puisque lorsque quoique
    hoewel omdat maar terwijl ale chociaż ponieważ хотя однако хоча проте""".split()
)
AUXILIARIES = frozenset(
    """has had have also later then again further previously once recently repeatedly publicly privately
    reportedly openly bluntly angrily firmly simply finally quickly earlier hat hatte habe ha anche già ainda también
    mi ti ci vi gli me te se lui nous vous как-то однажды тогда также тоже ещё
    himself herself themselves itself selbst twice would could might should must""".split()
)

# Possessive determiners (not those that are also object pronouns or nouns: 'her', 'его', 'son'): what follows
# is something owned, a thing or a term ('his “special operation”', 'whose Patriotic Bloc').
POSSESSIVES = frozenset(
    """his its their our my your whose leur leurs sa ses notre nos votre vos sein seine seinen seiner seinem
    seines ihre ihren ihrer ihrem unser unsere unseren suo sua suoi nostro nostra su sus nuestro nuestra seu
    seus suas nosso nossa свой свою своё свои своего своей наш наша наше наши свій своє свої своїх""".split()
)

# Words opening a clause that reports or asks about someone: a name right after them is not the
# sentence's subject ('declined to say whether Putin would ...').
# A naming or reporting verb after one of these is passive: its subject said nothing ('was accused of', 'is called').
PASSIVE_AUXILIARIES = ("is", "are", "was", "were", "be", "been", "being")
SUBORDINATORS = frozenset("whether that if ob dass si que se che что чи що ли że".split())

RELATIVES = frozenset("who whom whose which qui que quien quienes cui который которая которое которые який яка яке які".split())

GENITIVE_PREPOSITIONS = frozenset("of de di dei del della des du do da dos das von vom für".split())

# Cues that put the speaker's name in the genitive ('по словам Олега Лыкова', 'zdaniem Adama Lisa'),
# and name endings in the genitive with their nominative, longest first. A masculine name in the
# genitive ending in -a after a consonant loses it ('Пескова' -> 'Песков', 'Adama' -> 'Adam').
GENITIVE_CUES = frozenset(["по словам", "по мнению", "за словами", "на думку", "według", "zdaniem"])
GENITIVE_ENDINGS = (
    ("skiego", "ski"), ("ckiego", "cki"), ("skiej", "ska"), ("ckiej", "cka"), ("owej", "owa"), ("ского", "ский"),
    ("цкого", "цкий"), ("ського", "ський"), ("ської", "ська"), ("ової", "ова"), ("ой", "а"), ("ии", "ия"),
    ("ії", "ія"), ("ii", "ia"), ("ji", "ja"), ("nej", "na"), ("ży", "ż"), ("rzy", "rz"), ("czy", "cz"), ("szy", "sz"),
    ("ея", "ей"), ("ия", "ий"), ("ія", "ій"), ("я", "ь"), ("ы", "а"), ("y", "a"),
)

# Labels the coverage quotes as labels, whoever used them first: a quote that is nothing but one of
# them is a scare quote even where a speaker is named nearby ('opposing the “special military
# operation.”', 'the “shadow fleet” of tankers'). Case-folded; 'the'/'a' before them and a plural
# -s after them are allowed. Extend with the terms of your own beat.
TERMS_OF_ART = frozenset(
    term.strip()
    for term in """special military operation|foreign agent|undesirable organisation|undesirable organization|coalition of the willing
    |shadow fleet|dark fleet|ghost fleet|reassurance force|frozen conflict|denazification|demilitarisation|demilitarization
    |zeitenwende|sonderoperation|militärische spezialoperation|schattenflotte|koalition der willigen|ausländischer agent
    |opération militaire spéciale|flotte fantôme|coalition des volontaires|agent de l'étranger|agent de l’étranger
    |operazione militare speciale|flotta ombra|coalizione dei volenterosi|operación militar especial|flota fantasma
    |coalición de voluntarios|operação militar especial|frota fantasma|specjalna operacja wojskowa|flota cieni
    |специальная военная операция|специальной военной операции|сво|иноагент|иностранный агент|теневой флот
    |спеціальна військова операція|тіньовий флот|коаліція охочих""".split("|")
)
