"""Words the demo data is made of: places, people's names, partner names, topics.

Names are in the scripts people write them in: Cyrillic for Kyrgyz, Kazakh,
Tajik and Russian names, Latin for Uzbek and Turkmen ones.
"""

# (city, region, country ISO code, code prefix for participants)
CITIES = (
    ("Бишкек", "Чуйская область", "KG", "BSK"),
    ("Ош", "Ошская область", "KG", "OSH"),
    ("Алматы", "Алматинская область", "KZ", "ALA"),
    ("Душанбе", "Районы республиканского подчинения", "TJ", "DYU"),
    ("Худжанд", "Согдийская область", "TJ", "KHU"),
    ("Toshkent", "Toshkent viloyati", "UZ", "TAS"),
    ("Aşgabat", "Ahal welaýaty", "TM", "ASB"),
)

# given names by script group: (female, male)
GIVEN = {
    "kg": (("Айгуль", "Нургуль", "Жылдыз", "Чолпон", "Айпери", "Бермет", "Гүлзат", "Асель"),
           ("Бакыт", "Азамат", "Эрмек", "Канат", "Улан", "Нурлан", "Тилек", "Эмил")),
    "kz": (("Айгерим", "Динара", "Жанар", "Сауле", "Мадина", "Аружан", "Гульнара"),
           ("Ерлан", "Арман", "Данияр", "Серик", "Асхат", "Нурбол", "Ержан")),
    "tj": (("Фарангис", "Манижа", "Шахноза", "Мехрангез", "Нигора", "Зарина", "Ситора"),
           ("Парвиз", "Далер", "Фаррух", "Рустам", "Бахтовар", "Сухроб", "Джамшед")),
    "uz": (("Dilnoza", "Gulnora", "Nodira", "Malika", "Zebo", "Shahlo", "Feruza"),
           ("Jasur", "Sherzod", "Otabek", "Bobur", "Sardor", "Ulugʻbek", "Akmal")),
    "tm": (("Aýgül", "Jeren", "Maral", "Bahar", "Ogulgerek", "Aýna"),
           ("Merdan", "Serdar", "Döwlet", "Batyr", "Myrat", "Kerim")),
    "ru": (("Анна", "Ольга", "Екатерина", "Мария", "Наталья"),
           ("Дмитрий", "Алексей", "Сергей", "Игорь", "Максим")),
}

# surname stems; Cyrillic ones take -ов/-ова, Latin ones -ov/-ova
SURNAMES = {
    "kg": ("Асанов", "Мамбетов", "Токтогулов", "Осмонов", "Жумабеков", "Сыдыков"),
    "kz": ("Нурланов", "Сейткалиев", "Ахметов", "Бекмуханбетов", "Жаксылыков"),
    "tj": ("Рахимов", "Назаров", "Сафаров", "Каримов", "Шарипов", "Давлатов"),
    "uz": ("Karimov", "Yusupov", "Rahimov", "Tursunov", "Nurmatov", "Aliyev"),
    "tm": ("Annaýew", "Berdiýew", "Orazow", "Gurbanow", "Hojaýew"),
    "ru": ("Иванов", "Смирнов", "Кузнецов", "Соколов", "Попов"),
}

GROUPS_BY_COUNTRY = {"KG": ("kg", "kg", "ru"), "KZ": ("kz", "kz", "ru"), "TJ": ("tj",),
                     "UZ": ("uz",), "TM": ("tm",)}

PARTNER_PATTERNS = {
    "feminism": ("Общественный фонд «Феминистская инициатива {city}»",
                 "Женский ресурсный центр «{city}»"),
    "lgbtq": ("Инициативная группа «Радуга {city}»", "Community centre «Kelechek» {city}"),
    "youth_democracy": ("Молодёжная сеть «Жаштар {city}»", "Yoshlar fuqarolik laboratoriyasi"),
    "conflict_transformation": ("Центр диалога и медиации {city}", "Peace Bridges {city}"),
    "environment_climate": ("Экологическое движение «Зелёный {city}»", "Climate Action {city}"),
    "permaculture_food_sovereignty": ("Пермакультурный кооператив {city}",
                                      "Seed Keepers {city}"),
}

TOPICS = {
    "feminism": ("Правовая грамотность для женщин", "Гендерный бюджет муниципалитета",
                 "Feminist organising and care"),
    "lgbtq": ("Цифровая безопасность для активистов", "Peer support and safe spaces",
              "Документирование нарушений прав"),
    "youth_democracy": ("Молодёжные советы и местное самоуправление", "Debate club method",
                        "Как написать обращение депутату"),
    "conflict_transformation": ("Медиация в сообществе", "Nonviolent communication",
                                "Анализ конфликта: дерево проблем"),
    "environment_climate": ("Мониторинг качества воздуха", "Ледники и вода: климатический анализ",
                            "Climate adaptation for villages"),
    "permaculture_food_sovereignty": ("Сохранение местных семян", "Keyline water design",
                                      "Компостирование и плодородие почв"),
}

COMMON_TOPICS = ("Проектное планирование и логическая рамка", "Security routines for partners",
                 "Финансовая отчётность", "Theory of change workshop",
                 "Monitoring indicators with baselines")

SWEDISH_PLACES = ("Uppsala universitet", "Stockholms stadsbibliotek", "Göteborgs konsthall",
                  "Malmö högskola", "Riksdagen, Stockholm", "Umeå folkbibliotek",
                  "Lunds universitet", "Kulturhuset, Stockholm")

ADVOCACY_TITLES = ("Feminist movements in Central Asia", "Klimat och glaciärer i Kirgizistan",
                   "HBTQ+-rättigheter i Centralasien", "Rollspelsdag: konflikt i Ferganadalen",
                   "Hearing: svenskt bistånd och civilsamhället", "Utställning: Frön och makt",
                   "Ungas demokratiska organisering i Tadzjikistan")

STAFF = ("Karin Lindqvist", "Erik Johansson", "Sara Nilsson", "Amina Yusupova",
         "Johan Berg", "Elin Holm", "Timur Asanov", "Maja Ekström")

PUBLICATION_TITLES = ("Gender budgeting in Osh municipalities", "Семена и суверенитет",
                      "Youth councils in the Fergana Valley", "Water, ice and villages",
                      "Security in hostile environments: a partner handbook",
                      "Женщины и земля в Таджикистане", "Mapping LGBTQ+ support in Almaty",
                      "Permaculture as resistance")
