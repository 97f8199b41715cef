app-title = Тұрақты тұруға шығуды ресімдеу
gui-placeholder-heading = Тұрақты тұру үшін шығу
gui-placeholder-office = Бөлімше: { $office }
gui-placeholder-not-initialised = Жұмыс орны әлі бапталмаған. Әкімші орындайды: emigration-desk init
gui-placeholder-cases = Жергілікті дерекқордағы істер: { $count }
gui-placeholder-store-error = Жергілікті дерекқор ашылмады: { $error }

## Сәйкестендіру нөмірлері
err-id-empty = Нөмірді енгізіңіз.
err-id-length = 12 цифр болуы керек, енгізілгені { $len }.
err-id-digits = Тек цифрлар рұқсат етіледі.
err-id-never-issued = Мұндай нөмір берілмейді: құжатпен салыстырыңыз.
err-id-check-digit = Бақылау цифры қате: нөмір қате енгізілген.
err-bin-type = БСН-нің бесінші цифры (тұлға түрі) 4, 5 немесе 6 болуы керек.
err-bin-attribute = БСН-нің алтыншы цифры 0-ден 3-ке дейін болуы керек.
err-doc-empty = Құжат нөмірін енгізіңіз.
err-idcard-format = Жеке куәлік нөмірі — 9 цифр.
err-passport-chars = Паспорт нөмірінде тек латын әріптері мен цифрлар болады.
err-passport-length = Паспорт нөмірі — 6-дан 12-ге дейін таңба.
err-phone-empty = Телефон нөмірін енгізіңіз.
err-phone-chars = Тек цифрлар, бос орын, +, -, ( және ) рұқсат етіледі.
err-phone-length = Қазақстан нөмірі +7 немесе 8-ден кейін 10 цифрдан тұрады.
err-phone-russian = +7-ден кейін 9-бен басталатын нөмірлер — Ресей нөмірлері, Қазақстанның емес.
err-phone-not-kz = Қазақстан нөмірі ел кодынан кейін 7-ден басталады.
err-postal-empty = Пошта индексін енгізіңіз.
err-postal-format = Индекс — 6 цифр немесе A01P3K4 түріндегі 7 таңба.
err-name-empty = Атын енгізіңіз.
err-name-too-long = Тым ұзын: { $max } таңбадан аспауы керек.
err-name-bad-char = «{ $char }» таңбасы атта рұқсат етілмейді.
err-name-edge = Ат әріптен басталып, әріппен аяқталуы керек.
err-name-double-separator = Қатар тұрған екі бөлгіш.
err-case-number-format = Іс нөмірі — 15 цифр: бөлімше, жыл, нөмір және бақылау цифры.
err-case-number-check = Іс нөмірінің бақылау цифры қате: нөмір қате енгізілген немесе оқылған.
err-password-short = Құпиясөз кемінде { $min } таңбадан тұруы керек.
err-password-long = Құпиясөз 256 таңбадан аспауы керек.

## Сауалнама қателері (өрістің жанында)
problem-required = Міндетті өріс.
problem-too-long = Тым ұзын: { $max } таңбадан аспауы керек.
problem-too-many = Жолдар тым көп: { $max } жолдан аспауы керек.
problem-date-future = Күн болашақта.
problem-date-before-birth = Күн туған күннен бұрын.
problem-year-range = Жыл рұқсат етілген аралықтан тыс.
problem-years-reversed = Аяқталған жыл басталған жылдан бұрын.
problem-not-minor = Өтініш берілген күні балаға 18 немесе одан көп жас: ол кәмелетке толмаған емес.
problem-other-parent-missing = Екінші ата-ананы көрсетіңіз: бала ата-ананың біреуімен шығады.
warn-iin-birth-date = Туған күні ЖСН-дегі күннен өзгеше. Құжаттармен салыстырыңыз (2013 жылдан бері бұл мүмкін).
warn-iin-no-such-date = ЖСН нақты күннен басталмайды. Құжаттармен салыстырыңыз.
warn-passport-unusual = Паспорт нөмірі әдеттен тыс (әдетте N және 8 цифр). Паспортпен салыстырыңыз.
warn-activity-short = Еңбек қызметі туралы мәліметтер соңғы 5 жылды қамтымайды.
warn-death-certificate = Туысы қайтыс болған: қайтыс болу туралы куәлікті қоса беріңіз.

## ЖСН бойынша мәліметтер
iin-valid = ЖСН { $iin } дұрыс.
iin-born = ЖСН бойынша туған күні: { $date }
iin-born-ambiguous = ЖСН бойынша туған күні: { $first } немесе { $second }
iin-sex-male = ЖСН бойынша жынысы: ер
iin-sex-female = ЖСН бойынша жынысы: әйел
iin-invalid = ЖСН { $iin } қате: { $reason }

## Істің жай-күйі
status-intake_open = құжаттар қабылдануда
status-refused_at_intake = қабылдаудан бас тартылды (5-қосымша)
status-under_review = қаралуда
status-approved = мақұлданды, құжат берілді (4-1-қосымша)
status-refused = бас тартылды (1-1-қосымша)
status-decision_issued = шешім дайын (1-қосымша)
status-transferred_to_provider = шешім көрсетілетін қызметті берушіге берілді
status-handed_over = шешім табыс етілді

## Құжаттар тізбесі
req-questionnaire = Сауалнама-өтініш (2-қосымша), қол қойылған
req-representative_authority = Өкілдің өкілеттігін растайтын құжат
req-identity_card = Жеке куәлік
req-passport = Қазақстан Республикасы азаматының паспорты
req-birth_certificate = 16 жасқа толмаған баланың туу туралы куәлігі
req-alimony_agreement = Алимент төлеу туралы келісім (немесе сот шешімі)
req-guardianship_conclusion = Қорғаншылық және қамқоршылық органының қорытындысы (10 жасқа толған бала)
req-other_parent_consent = Екінші ата-ананың нотариат куәландырған келісімі (немесе сот шешімі)
req-fee_receipt = Мемлекеттік баждың төленгенін растайтын құжат
req-registration_request = Тіркелгенін анықтау туралы өтініш (3-қосымша)
item-paper = қағаз түрінде ұсынылды
item-information_system = мемлекеттік ақпараттық жүйеден
item-alternative = балама (сот шешімі)
item-missing = жоқ

## Мерзімдер
deadline-review = Келісуші органдардың қорытындыларымен қарау
deadline-direction = Құжат (4-1-қосымша) немесе бас тарту туралы хабарлама
deadline-deregistration = Әскери және тіркеу есебінен шығару
deadline-handover = Шешім (1-қосымша) табыс етуге дайын
deadline-total = Қызмет көрсетудің жалпы мерзімі
deadline-direction_validity = Құжат мына күнге дейін жарамды
deadline-storage = Алынбаған нәтиже бір ай сақталғаннан кейін көрсетілетін қызметті берушіге берілетін күн

## Іс өтулері
tr-not-opened = Істің бірінші оқиғасы қабылдауды ашуы керек.
tr-already-opened = Іс бұрыннан ашық.
tr-not-allowed = Іс мына күйде тұрғанда «{ $event }» рұқсат етілмейді: { $status }.
tr-incomplete = Құжаттар топтамасы толық емес: қабылдауға болмайды.
tr-nothing-missing = Ештеңе жетіспейді: қабылдаудан бас тарту жетіспейтін құжаттарды атауы керек.
tr-negative-conclusion = Теріс қорытынды бар: мақұлдауға болмайды.
tr-no-grounds = Бас тарту 10-тармақтың кемінде бір негізін атауы керек.
tr-unknown-ground = 10-тармақта { $ground } негіз жоқ.
tr-ground-without-until = { $ground } негізіне «… дейін» керек.
tr-already-recorded = Бұрын жазылған.
tr-dereg-incomplete = Алдымен әскери және тіркеу есебінен шығаруды жазыңыз.
tr-not-at-sc = Алынбаған шешімдерді тек Мемлекеттік корпорация сақтайды.
tr-date-before = { $on } күні { $earlier } күнінен бұрын.
tr-poa-incomplete = Сенімхатқа нөмірі, нотариус және күні керек.
tr-unknown-body = «{ $body }» — бұл бөлімше қорытындысын сұрайтын келісетін орган емес. Органдардың тізімін әкімші «Пайдаланушылар» қойындысында белгілейді.
tr-poa-after = Сенімхат табыс етілген күннен ({ $date }) кейін куәландырылған: ол табыс ету күніне дейін немесе сол күні куәландырылуы тиіс.
tr-poa-before-birth = Сенімхат көрсетілетін қызметті алушы туғанға дейін ({ $date }) куәландырылған болып шығады: куәландыру күнін тексеріңіз.
tr-unknown-event = Түзетілетін оқиға бұл істе жоқ.
tr-empty-note = Түзетуге белгі керек.
tr-validity-before-issue = «Дейін жарамды» күні берілген күннен бұрын.

## Дерекқор
store-error = Жергілікті дерекқор қатесі: { $detail }
store-not-initialised = Жұмыс орны бапталмаған: emigration-desk init орындаңыз.
store-already-initialised = Жұмыс орны бұрын бапталған.
store-office-code-taken = { $code } бөлімше коды бос емес.
store-login-taken = «{ $login }» логині бос емес.
store-case-not-found = { $number } ісі жоқ.
store-user-not-found = «{ $login }» пайдаланушысы жоқ.
store-invalid = Сауалнамада қателер бар:
store-no-profile = { $date } күні қолданыстағы ережелер профилі жоқ.
store-schema-too-new = Дерекқорды бағдарламаның жаңа нұсқасы жазған (схема { $found }, бұл нұсқа { $known } біледі).
store-migration-broken = Дерекқорды { $number } схемасына жаңарту кестелер арасындағы байланыстарды бұзар еді; ештеңе өзгертілмеді. Файлды сақтап, қолдау қызметіне хабарласыңыз.
store-held-elsewhere = Іс қазір { $office } бөлімшесінде (қарау немесе шешімнен кейін беру); өзгерістер сонда енгізіліп, мұнда синхрондау арқылы келеді.
store-forbidden = Рұқсат жоқ: { $role } рөлі керек.
store-sequence-exhausted = { $code } бөлімшесінің осы жылғы іс нөмірлері таусылды.

## Командалық жол
cli-init-done = Жұмыс орны бапталды: { $code } бөлімше «{ $name }», әкімші «{ $login }». Деректер: { $path }
cli-password-prompt = Әкімші құпиясөзі (кемінде 8 таңба), содан кейін Enter:
cli-password-missing = Құпиясөз берілмеді: EMIGRATION_DESK_PASSWORD орнатыңыз немесе оны стандартты кіріске беріңіз.
cli-bad-office-kind = Белгісіз бөлімше түрі «{ $kind }»: state-corporation, migration-police, contact-centre немесе ministry
cli-bad-office-code = Бөлімше коды — 1-ден 9999-ға дейінгі сан.
cli-read-failed = { $path } оқылмады: { $error }
cli-json-error = { $path }: { $field } өрісі: { $error }
cli-case-imported = { $number } ісі сақталды: { $status }.
cli-case-header = { $number } ісі — { $status }
cli-applicant = Өтініш беруші: { $name }, ЖСН { $iin }
cli-opened = Ашылды: { $date }
cli-accepted = Қабылданды: { $date }; келу күні { $back }
cli-checklist = Қажетті құжаттар ({ $state }):
cli-checklist-complete = толық топтама
cli-checklist-incomplete = толық емес топтама
cli-checklist-item = { $mark } [{ $para }] { $what } — { $whom }: { $status }
checklist-required-by-answer = 3-қосымша бойынша өтінішке жауапта талап етілді
cli-fee = Мемлекеттік баж: { $tenge } теңге ({ $date } күнгі 1 АЕК)
cli-fee-unknown = Мемлекеттік баж: { $date } күнгі АЕК белгісіз
cli-fee-short = Төленген сома белгіленгеннен аз.
cli-deadlines = Мерзімдер:
cli-deadline = { $what }: { $due }{ $done }
cli-deadline-done = (орындалды { $date })
cli-overdue = МЕРЗІМІ ӨТКЕН
cli-no-cases = Істер табылмады.
cli-db-ok = Дерекқор дұрыс: { $path }
cli-db-problems = Дерекқорда ақаулар бар:
cli-rules-imported = Ереже деректері жүктелді: { $kind } { $key }
cli-bad-rule-kind = Белгісіз дерек түрі «{ $kind }»: profile, mci немесе calendar.
cli-user-added = «{ $login }» пайдаланушысы { $role } рөлімен қосылды.
cli-bad-role = Белгісіз рөл «{ $role }»: clerk, officer, supervisor, administrator немесе operator.
cli-bad-today = EMIGRATION_DESK_TODAY ЖЖЖЖ-АА-КК түріндегі күн болуы керек.
cli-today-not-allowed = EMIGRATION_DESK_TODAY күнді тек сынақ құрастыруында бекітеді; бұл жұмыс орны нақты күнді ұстанады. Айнымалыны алып тастап, қайта іске қосыңыз.

## Басылатын нысандар (түпнұсқа мәтін — стандарттың қазақ тіліндегі мәтіні)
form-copy = { $n }-дана ({ $total } данадан): { $whom }
form-copy-applicant = көрсетілетін қызметті алушы үшін
form-copy-provider = көрсетілетін қызметті беруші үшін
form-copy-sc = Мемлекеттік корпорация үшін
form-qr-caption = Іс № { $number }
form-a1-child = { $name }, { $born }
form-a2-secrets-yes = бар
form-a2-secrets-no = жоқ
form-a2-until-now = қазірге дейін
form-a2-deceased = қайтыс болған, куәлік: { $certificate }
form-a3-person = { $name }, { $relationship }
form-a3-rel-other-parent = менің { $count ->
        [1] баламның
       *[other] балаларымның
    } ({ $children }) екінші ата-анасы
form-a3-rel-dependant = { $relationship } (асырауындағы)

form-a5-item = { $what } — { $whom }
form-a5-fee-due = (төленуге тиіс: { $tenge } ₸)
ground-1 = мемлекеттік және заңмен қорғалатын өзге де құпияны құрайтын мәліметтерді біледі және өзінің Қазақстан Республикасынан тыс жерлерге шығу фактісі туралы тиісті уәкілетті органдарға хабарламаған
ground-2 = қылмыстық құқық бұзушылық жасады деген күдікпен ұстап алынған не күдікті, айыпталушы ретінде жауапқа тартылған не оған қатысты күдіктінің іс-әрекетін саралау туралы қаулы шығарылған
ground-3 = қылмыс жасағаны үшін сотталған
ground-4 = өзіне сот жүктеген міндеттерді орындаудан жалтарады
ground-5 = мерзімді әскери қызметін өткеріп жатыр
ground-6 = Қазақстан Республикасынан шығу үшін құжаттар ресімдеу кезінде өзі туралы көрінеу жалған мәліметтер хабарлаған
ground-7 = азаматтық сот ісін жүргізуде жауапкер болып табылады
ground-8 = салықтық берешегі бар
ground-until-1 = осы мән-жайлардың қолданылуы тоқтатылғанға
ground-until-2 = іс бойынша шешім шығарылғанға немесе сот үкімі заңды күшіне енгенге
ground-until-3 = жазасын өтегенге немесе жазадан босатылғанға
ground-until-4 = осы міндеттемелер тоқтатылғанға
ground-until-5 = осы қызметті өткеру аяқталғанға дейін немесе "Әскери қызмет және әскери қызметшінің мәртебесі туралы" 2012 жылғы 16 ақпандағы Қазақстан Республикасының Заңына сәйкес одан босатылғанға
ground-until-6 = бас тарту үшін негіз болған себептерді жойғанға және шынайы мәліметтер ұсынғанға
ground-until-7 = сот шешімі заңды күшіне енгенге
rel-father = әкесі
rel-mother = анасы
rel-spouse = жұбайы
rel-former_spouse = бұрынғы жұбайы
rel-son = ұлы
rel-daughter = қызы
cli-bad-annex = Белгісіз нысан «{ $annex }»: 1, 1-1, 2, 3, 4, 4-1 немесе 5.
cli-bad-doc-lang = Нысан қазақ немесе орыс тілінде басылады: kk немесе ru, «{ $lang }» емес.
cli-printed = { $number } ісінің { $annex }-қосымшасы { $path } файлына жазылды ({ $kb } КБ, данасы: { $copies }).
cli-receipt-recorded = { $number } іс бойынша { $annex }-қосымша берілген деп тіркелді; файл сақталмады (жазу үшін: print { $annex } { $number } -o ФАЙЛ немесе --receipt ФАЙЛ).
cli-print-failed = Нысанды жазу мүмкін болмады: { $error }
cli-deliver-failed = Нысан сақталды, бірақ оны ашу немесе басып шығару мүмкін болмады: { $error }

## Қосымша
ui-loading = Жергілікті дерекқор ашылуда…
role-clerk = оператор
role-officer = қызметкер
role-supervisor = басшы
role-administrator = әкімші
role-operator = байланыс орталығының операторы
ui-user = { $name } ({ $role })
ui-logout = Шығу
ui-nav-queue = Кезек
ui-nav-cases = Істер
ui-setup-title = Жұмыс орнын баптау
ui-setup-office = Бөлімше
ui-office-kind-sc = Мемлекеттік корпорация бөлімі
ui-office-kind-police = Көші-қон полициясы бөлінісі
ui-office-kind-cc = Бірыңғай байланыс орталығы (1414)
ui-setup-office-code = Бөлімше коды (1–9999, бірегей)
ui-setup-office-name = Бөлімшенің атауы қазақ тілінде
ui-setup-office-name-ru = Бөлімшенің атауы орыс тілінде
ui-setup-office-number = Бөлім нөмірі (нысандардағыдай)
ui-setup-office-address = Мекенжайы қазақ тілінде
ui-setup-office-address-ru = Мекенжайы орыс тілінде
ui-setup-office-phone = Телефоны
ui-setup-admin = Бірінші әкімші
ui-setup-admin-login = Логин
ui-setup-admin-name = Тегі, аты, әкесінің аты
ui-setup-admin-password = Құпиясөз (кемінде 8 таңба)
ui-setup-create = Құру
ui-login-title = Кіру
ui-login-login = Логин
ui-login-password = Құпиясөз
ui-login-submit = Кіру
ui-login-wrong = Логин немесе құпиясөз қате. Бұғатталғанға дейін қалған әрекет: { $left }.
ui-login-locked = Есептік жазба үш сәтсіз әрекеттен кейін { $until } дейін бұғатталды.
ui-login-disabled = Есептік жазба өшірілген.
ui-queue-title = Кезек
ui-queue-issue = Талон беру
ui-queue-call-next = Келесісін шақыру
ui-queue-current = { $ticket } талоны қызмет көрсетілуде
ui-queue-waiting = Күтуде: { $count }
ui-queue-ticket = { $ticket } талоны — { $waited } күтуде
ui-queue-end = Қызмет көрсетуді аяқтау
ui-queue-breach-reason = Мерзімнің асу себебі
ui-queue-breach-save = Жазу
ui-queue-breach-recorded = Мерзімнің асуы жазылды: { $reason }
ui-timer-wait = Күту
ui-timer-service = Қызмет көрсету
ui-timer-ok = мерзім ішінде
ui-timer-warning = мерзімнің { $percent } %-ы
ui-timer-breach = мерзім асты
ui-cases-search = Іс нөмірі, ЖСН немесе тегі
ui-cases-find = Табу
ui-cases-prev = Артқа
ui-cases-next = Келесі
ui-cases-page = { $page }-бет
ui-case-back = Тізімге
ui-case-events = Істің барысы
ui-case-print = Нысанды басып шығару
ui-case-printed = Сақталды: { $path }
ui-case-open = Ашу
ui-nav-intake = Қабылдау
ui-intake-step-applicant = Өтініш беруші
ui-intake-step-documents = Құжаттар
ui-intake-step-destination = Шығу
ui-intake-step-children = Балалар
ui-intake-step-relatives = Туыстар
ui-intake-step-activity = 5 жылдағы қызметі
ui-intake-step-family = Отбасы, баж, келісімдер
ui-f-surname = Тегі
ui-f-given = Аты
ui-f-patronymic = Әкесінің аты (болса)
ui-f-former = Бұрынғы аты-жөні (үтір арқылы)
ui-f-iin = ЖСН
ui-f-birth-date = Туған күні (КК.АА.ЖЖЖЖ)
ui-f-birth-place = Туған жері
ui-f-nationality = Ұлты
ui-f-residence = Тұрақты тұрғылықты жері
ui-f-phone-mobile = Ұялы телефоны
ui-f-phone-home = Үй телефоны
ui-f-passport-no = Паспорт №
ui-f-passport-date = Паспорт берілген күн (КК.АА.ЖЖЖЖ)
ui-f-id-no = Жеке куәлік №
ui-f-id-date = Жеке куәлік берілген күн (КК.АА.ЖЖЖЖ)
ui-f-country = Шығу елі
ui-f-address = Тіркеуден шығатын мекенжай
ui-f-doc-lang = Басылатын нысандардың тілі
ui-f-one-parent = Ата-ананың біреуімен шығады
ui-f-other-parent = Екінші ата-ана (аты-жөні)
ui-f-full-name = Тегі, аты, әкесінің аты
ui-f-birth-year = Туған жылы
ui-f-rel-address = Елі және мекенжайы
ui-f-workplace = Жұмыс орны
ui-f-from-year = Түскен жылы
ui-f-to-year = Босаған жылы (бос болса: қазірге дейін)
ui-f-position = Лауазымы
ui-f-organisation = Кәсіпорын, мекеме
ui-f-secrets = Мемлекеттік құпияларға рұқсаты бар
ui-f-relationship = Туыстық дәрежесі
ui-f-fee-date = Баж төленген күн (КК.АА.ЖЖЖЖ)
ui-f-fee-amount = Төленген сома, теңге
ui-f-gateway = Электрондық үкіметтің төлем шлюзі арқылы төленді
ui-f-warning = Жалған мәліметтер үшін жауапкершілік туралы ескертілді (қол қойылды)
ui-f-consent = Заңмен қорғалатын құпияны пайдалануға келісім (қол қойылды)
ui-intake-child = { $n }-бала
ui-intake-relative = { $n }-туыс
ui-intake-job = { $n }-жұмыс орны
ui-intake-dependant = { $n }-асырауындағы
ui-intake-remove = Жою
ui-intake-add-child = Бала қосу
ui-intake-add-relative = Туыс қосу
ui-intake-add-job = Жұмыс орнын қосу
ui-intake-add-dependant = Қазақстанда қалатын асырауындағыны қосу
ui-intake-dependants = Қазақстанда қалатын асырауындағы отбасы мүшелері
ui-intake-fee = Мемлекеттік баж
ui-intake-consents = Қолдар
ui-intake-checklist = Қажетті құжаттар
ui-intake-paper = қағаз түрінде
ui-intake-court = сот шешімі
ui-intake-fee-due = Бүгінгі баж: { $tenge } теңге
ui-intake-accept = Қабылдау (4-қосымша)
ui-intake-refuse = Қабылдаудан бас тарту (5-қосымша)
ui-intake-fix-fields = Алдымен қызылмен белгіленген өрістерді түзетіңіз.
ui-intake-done = { $number } ісі: { $status }.
ui-intake-new = Жаңа қабылдау
ui-intake-date-format = Күн КК.АА.ЖЖЖЖ түрінде жазылады.
ui-intake-number-format = Тек цифрлар.
ui-where-kz = Қазақстанда тұрады
ui-where-abroad = шетелде
ui-where-deceased = қайтыс болған
ui-where-unknown = тіркелуі белгісіз (3-қосымша)
ui-locked = Экран бұғатталды ({ $name }). Жалғастыру үшін құпиясөзді енгізіңіз; жұмыс сақталған.
ui-unlock = Бұғаттан шығару
ui-nav-users = Пайдаланушылар
ui-users-active = белсенді
ui-users-disabled = өшірілген
ui-users-disable = Өшіру
ui-users-enable = Қосу
ui-users-add = Жаңа пайдаланушы
ui-users-create = Пайдаланушыны қосу
ui-users-reset = { $login } үшін жаңа құпиясөз:
ui-users-reset-do = Құпиясөзді орнату
ui-users-saved = Сақталды.
ui-queue-call-out = Кезектен тыс шақыру
ui-queue-out-reason = Кезектен тыс шақыру себебі
ui-queue-out-reason-needed = Стандарт жеделдетілген қызмет көрсетуді көздемейді: бұл талонды кезектен тыс шақыру себебін көрсетіңіз.
ui-queue-no-show = Келмеді
ui-queue-no-shows = Шақырғанда келмегендер
ui-queue-recall = Қайта шақыру
ui-queue-manual-ticket = Кезек жүйесіндегі талон №
ui-queue-manual-time = Берілген уақыты (СС:ММ)
ui-queue-manual-add = Қосу
ui-queue-manual-invalid = Талон нөмірін және берілген уақытын СС:ММ түрінде, қазіргіден кеш емес, көрсетіңіз.
event-intake_opened = қабылдау басталды
event-intake_updated = сауалнама түзетілді
event-accepted = қабылданды (4-қосымша)
event-refused_at_intake = қабылдаудан бас тартылды (5-қосымша)
event-conclusion_recorded = келісуші органның қорытындысы
event-approved = мақұлданды, құжат берілді (4-1-қосымша)
event-refused = бас тартылды (1-1-қосымша)
event-military_certificate_received = әскери есептен шығару туралы анықтама
event-not_liable_for_military = әскери міндетті емес
event-residence_deregistered = тіркеу есебінен шығарылды
event-decision_issued = шешім ресімделді (1-қосымша)
event-handed_over = шешім табыс етілді
event-transferred_to_provider = көрсетілетін қызметті берушіге берілді
event-corrected = түзету
ui-f-rel-country = Тұратын елі
ui-f-marriage = Некені тіркеу орны
ui-f-deceased = Қайтыс болған
ui-f-certificate = Қайтыс болу туралы куәлік (№, күні)
ui-f-org-address = Кәсіпорынның мекенжайы
ui-f-military = Әскери қызмет
ui-intake-filed-by = Кім береді
ui-f-by-applicant = өтініш берушінің өзі
ui-f-by-parent = ата-анасы
ui-f-by-guardian = қорғаншысы
ui-f-by-trustee = қамқоршысы
ui-f-rep-name = Өкілдің тегі, аты, әкесінің аты
ui-f-rep-doc = Өкілеттігін растайтын құжат (№, күні, кім берген)
ui-users-idle = Осынша минут әрекетсіз тұрғанда экранды бұғаттау:
ui-users-idle-save = Сақтау
ui-users-idle-invalid = 1-ден 240-қа дейінгі минут санын көрсетіңіз.
ui-setup-language = Интерфейс тілі
ui-language-name = { $code ->
    [kk] Қазақша
    [ru] Русский
   *[en] English
}
store-not-permitted = Сіздің рөліңіз ({ $role }) мұны жазуға рұқсат бермейді.
store-not-at-this-office = Бұл қадамды (келісетін органдардың қорытындысы, мақұлдау мен 4-1-қосымша, 10-тармақ бойынша бас тарту, 1-қосымша шешім) көші-қон полициясының бөлімшесі жазады; Мемлекеттік корпорацияның бөлімі құжаттарды қабылдайды, қабылдаудан бас тартады, нәтижені береді және оны көрсетілетін қызметті берушіге тапсырады.
ui-act-review = Қарау: келісуші органдардың қорытындылары және шешім
ui-act-positive = оң
ui-act-negative = теріс
ui-act-reference = Деректемелері (№, күні)
ui-act-record-conclusion = Қорытындыны жазу
ui-act-grounds = Бас тарту негіздері (10-тармақ) және қашанға дейін
ui-act-until = дейін
ui-act-approve = Мақұлдау (4-1-қосымша)
ui-act-refuse = Бас тарту (1-1-қосымша)
ui-act-deregistration = Есептен шығару
ui-act-issuer = Кім берген
ui-act-cert-number = Анықтама №
ui-act-certificate = Әскери есептен шығару туралы анықтама алынды
ui-act-not-liable = Әскери міндетті емес
ui-act-deregistered = Тұрғылықты жері бойынша тіркеуден шығарылды
ui-act-decision = Шешімді ресімдеу (1-қосымша)
ui-act-certificate-overdue = Әскери есептен шығару туралы анықтамасыз 7 күн өтті: бас тарту туралы хабарлама шығарылуы мүмкін (4-1-қосымшаның ескертпесі).
ui-act-handover = Шешімді табыс ету
ui-act-to-representative = Нотариат куәландырған сенімхат бойынша өкілге
ui-act-poa = Сенімхат №
ui-act-notary = Нотариус
ui-act-poa-date = Куәландырылған күні (КК.АА.ЖЖЖЖ)
ui-act-hand-over = Табыс ету
ui-act-transfer = Бір ай алынбады: көрсетілетін қызметті берушіге беру
body-security = Ұлттық қауіпсіздік комитеті
body-military = Қорғаныс істері департаменті
body-tax = Мемлекеттік кірістер органы
body-courts = Соттар және атқарушылық іс жүргізу
body-prosecution = Прокуратура
ui-cases-mode-search = Іздеу
ui-cases-mode-review = Қаралуда
ui-cases-mode-board = Мерзімдер
ui-cases-due = { $what }: { $due } (күн: { $left })
form-complaint-title = Шағымның қабылданғаны туралы растама
form-complaint-number = Кіріс №:
form-complaint-registered = Тіркелген күні:
form-complaint-from = Кімнен:
form-complaint-accepted-by = Қабылдаған:
form-complaint-due = Жауап берілетін мерзім:
form-complaint-where = Дәлелді жауап поштамен жіберіледі не { $office }, { $address } мекенжайында қолма-қол беріледі. Көрсетілетін қызметті алушы сотқа жүгінуге құқылы.
ui-nav-complaints = Шағымдар
ui-complaint-new = Шағымды тіркеу
ui-complaint-entity = Заңды тұлғадан
ui-complaint-entity-name = Заңды тұлғаның атауы
ui-complaint-bin = БСН
ui-complaint-address = Пошталық мекенжайы
ui-complaint-outgoing = Шығыс №
ui-complaint-outgoing-date = Шығыс күні (КК.АА.ЖЖЖЖ)
ui-complaint-about = Кімге шағым
ui-complaint-about-provider = көрсетілетін қызметті берушінің лауазымды адамына
ui-complaint-about-sc = Мемлекеттік корпорация қызметкеріне
ui-complaint-to = Кімге жолданады
ui-complaint-to-provider = көрсетілетін қызметті берушінің басшысына
ui-complaint-to-ministry = Министрлікке
ui-complaint-to-sc = Мемлекеттік корпорацияның басшысына
ui-complaint-to-quality = сапаны бағалау жөніндегі уәкілетті органға
ui-complaint-text = Шағымның мәні
ui-complaint-case = Іс № (болса)
ui-complaint-register = Тіркеу
ui-complaint-incomplete = Шағымданушыны (аты-жөні, ЖСН немесе БСН, мекенжайы; заңды тұлға үшін шығыс № мен күні), кімге және кімге жолданатынын, шағымның мәнін көрсетіңіз.
ui-complaint-registered = { $number } нөмірімен тіркелді; жауап { $due } дейін беріледі. Растама басылды.
ui-complaint-register-title = Шағымдар журналы
ui-complaint-answered = жауап берілді { $date }
ui-complaint-due = мерзімі { $date }
ui-complaint-answer = Дәлелді жауап
ui-complaint-by-post = Поштамен жіберілді (әйтпесе қолма-қол берілді)
ui-complaint-answer-save = Жауапты жазу

## The deadline board's filters and the visits chart
ui-board-all-stages = Барлық кезеңдер
ui-board-all-offices = Барлық бөлімшелер
ui-board-office = Бөлімше { $code }
ui-board-all-officers = Барлық қызметкерлер
ui-board-office-label = Бөлімше:
ui-board-officer-label = Қызметкер:
ui-board-chart = Нормадағы келулер (күту { $wait } мин, қызмет көрсету { $service } мин), соңғы { $days } күн
ui-board-chart-empty = Бұл күндері қызмет көрсетілген келулер жоқ.
ui-board-chart-row = { $day }  { $counter }
ui-board-chart-share = { $served } ішінен { $within } ({ $percent } %)
ui-users-counter = Осы жұмыс орнының терезесі:
ui-office-name-missing = Бөлімшенің атауы қазақ және орыс тілдерінде керек.
ui-office-address-missing = Мекенжайы қазақ және орыс тілдерінде керек.
ui-office-number-missing = Бөлімнің нөмірі керек.
ui-office-phone-invalid = Телефон нөмірі дұрыс емес.
ui-users-office = Бөлімше (нысандарда осылай басылады)
ui-users-office-save = Бөлімшені сақтау
ui-users-counter-save = Терезені сақтау
ui-users-counter-invalid = Терезенің атауын не нөмірін 20 таңбадан аспайтын етіп жазыңыз.

## Annex 3 answers and home visits
tr-answer-incomplete = Жауапта сұралған адамды және жауаптың нөмірін көрсетіңіз.
event-registration_answer_recorded = сұрау салуға жауап (3-қосымша)
event-taken_at_home = құжаттар үйде қабылданды (13-тармақ)
event-document_presented = 3-қосымша бойынша жауап талап еткен құжат ұсынылды
ui-act-annex3 = Қазақстанда тіркелгені туралы сұрау салуға (3-қосымша) жауап
ui-act-annex3-person = Кім туралы сұралды (ТАӘ, туыстық дәрежесі)
ui-act-annex3-registered = Қазақстанда тіркелген
ui-act-annex3-details = Тіркелген мекенжайы немесе жауаптың мазмұны
ui-act-annex3-reference = Жауаптың нөмірі
ui-act-annex3-record = Жауапты жазу
ui-case-registered = тіркелген
ui-case-not-registered = тіркелмеген
ui-case-taken-at-home = Құжаттар өтініш берушінің үйінде { $date } қабылданды (өтінім { $request }).
ui-nav-home-visits = Үйге бару
ui-home-new = Байланыс орталығы арқылы өтінім (13-тармақ)
ui-home-phone = Телефон
ui-home-address = Баратын мекенжай
ui-home-reason = Себебі (ағза функцияларының тұрақты бұзылуы)
ui-home-register = Өтінімді жазу
ui-home-list = Үйге бару
ui-home-none = Өтінімдер жоқ.
ui-home-name-words = Кемінде тегі мен атын жазыңыз.
ui-home-address-needed = Баратын мекенжайды жазыңыз.
ui-home-reason-needed = Барудың себебін жазыңыз.
ui-home-day-invalid = Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз.
ui-home-done = орындалды { $date }, іс { $case }
ui-home-scheduled = бару күні { $date }
ui-home-unscheduled = тағайындалмаған
ui-home-details = Телефон { $phone }; себебі: { $reason }
ui-home-day = Бару күні:
ui-home-schedule = Тағайындау
ui-home-case = Үйде ресімделген іс:
ui-home-mark-done = Үйде қабылдау орындалды
ui-home-registered = { $number } өтінімі жазылды.
ui-home-scheduled-info = { $number } өтінімі: бару күні { $date }.
ui-home-done-info = { $number } өтінімі орындалды; { $case } ісі үйде қабылданған деп белгіленді.
store-conflict-home-visit-invalid = Өтінім толық толтырылмаған.
store-conflict-home-visit-unknown = Мұндай өтінім жоқ.
store-conflict-complaint-unknown = Мұндай нөмірлі шағым жоқ.
store-conflict-complaint-answered = Бұл шағымға жауап берілген.
store-conflict-home-visit-past = Бару күні өткен күн бола алмайды.
store-conflict-home-visit-done = Өтінім орындалып қойған.
store-conflict-home-visit-unscheduled = Алдымен бару күнін тағайындаңыз.
store-conflict-home-visit-other-person = Бұл басқа адамның ісі (ЖСН өтініммен сәйкес емес).
ui-home-day-placeholder = КК.АА.ЖЖЖЖ
ui-case-leave-by = Қазақстаннан { $date } дейін шығу керек (тіркеуден шығарылғаннан кейін 10 күн, 1-қосымша).
ui-complaint-lang = Растама тілі:
# A language named in itself, the same in every interface language.
ui-doc-lang-kk = қазақша
ui-doc-lang-ru = по-русски
ui-users-bodies = Қорытынды беретін келісуші органдар («;» арқылы):
ui-users-bodies-save = Органдарды сақтау
ui-users-bodies-invalid = Кемінде бір келісуші органды жазыңыз.
ui-case-q-title = Сауалнама (2-қосымша)
ui-case-q-born = Туған күні { $date }, { $place }; тұрғылықты жері: { $residence }
ui-case-q-destination = Баратын елі: { $country }; тіркеуден шығарылатын мекенжай: { $address }
ui-case-q-children = Бірге шығатын балалар: { $count ->
    [0] жоқ
   *[other] { $list }
}
ui-case-q-relatives = Жақын туыстары ({ $count }): { $list }
ui-case-q-now = қазіргі уақытқа дейін
ui-case-q-secrets-yes = мемлекеттік құпияларға рұқсаты бар
ui-case-q-secrets-no = мемлекеттік құпияларға рұқсаты жоқ
ui-act-correction = Жазбаны түзету (бастапқысы журналда қалады)
ui-act-correction-note = Не қате болды және қалай дұрыс
ui-act-correction-record = Түзетуді жазу
ui-case-corrected = №{ $seq } жазба ({ $what }) түзетілді: { $note }
ui-act-uncollected = Алынбады: сақтау айы { $date } аяқталды. Шешімді көрсетілетін қызметті берушіге беріңіз.

# Sync
cli-sync-bad-plan = Орналастыру жоспары қате: { $error }
cli-sync-provision-nothing = Істейтін ештеңе жоқ: --server-config (--credentials бірге) және/немесе --url көрсетіңіз.
cli-sync-credentials-needed = --server-config үшін --credentials керек: жасалған құпиясөздер қайда жазылады.
cli-sync-config-written = Сервер конфигурациясы { $config } файлына жазылды; тіркелгі деректері { $credentials } файлына (құпия сақтаңыз, әр бөлімшеге өзінікін беріңіз).
cli-sync-password-needed = Әкімші құпиясөзі керек: --password немесе EMIGRATION_NATS_PASSWORD.
cli-sync-provision-failed = Серверді дайындау сәтсіз: { $error }
cli-sync-provisioned = { $stream } ағыны дайын; алушылар: { $consumers }; байланыс орталығының { $bucket } мәртебе қоймасы дайын.
cli-sync-route-needs-office = Полиция бөлімшесінің кодын немесе --remove көрсетіңіз.
cli-sync-route-saved = Бағыт сақталды.
cli-sync-configured = Синхрондау баптаулары сақталды; бағдарлама іске қосылғанда күшіне енеді.
cli-write-failed = { $path } жазылмады: { $error }
sync-problem-no-url = Кемінде бір сервер мекенжайын көрсетіңіз.
sync-problem-bad-url = Сервер мекенжайы nats:// немесе tls:// деп басталады, бос орынсыз.
sync-problem-workstation = Жұмыс орнының атауы: 1–16 кіші латын әрпі немесе цифр.
sync-problem-block = Нөмірлер блогы — 0–9 цифры.
sync-problem-credentials = Пайдаланушы мен құпиясөзді, nkey немесе клиент сертификатын көрсетіңіз.
sync-problem-half-certificate = Клиент сертификатына сертификат файлы да, кілт файлы да керек.
sync-problem-missing-file = Мұндай файл жоқ.
sync-problem-nkey = NATS-тың құпия кілті SU әріптерінен басталады.
sync-problem-status-secret = Мәртебе құпиясы — хабтың тіркелгі деректері файлындағы он алтылық жол (кемінде 32 таңба).
store-conflict-route-invalid = Бөлімше кодтары — 1–9999 сандары.
store-conflict-note-empty = Ескертпе жазыңыз: не шешілді және неге.
store-conflict-conflict-settled = Бұл қайшылық реттеліп қойған.
ui-nav-sync = Синхрондау
sync-settings = Синхрондау серверіне қосылу
sync-enabled = Басқа бөлімшелермен синхрондау
sync-urls = Сервер мекенжайлары (үтір арқылы)
sync-user = Пайдаланушы
sync-password = Құпиясөз
sync-nkey = Немесе NATS-тың құпия кілті (nkey, SU-дан басталады)
sync-cert = Клиенттің сертификаты (.pem файлы)
sync-key = Клиенттің жабық кілті (.pem файлы)
sync-ca = Сервер сертификатын берген орталық (.pem файлы, TLS үшін)
sync-workstation = Жұмыс орнының синхрондау атауы
sync-block = Іс нөмірлерінің блогы (0–9)
sync-status-secret = Мәртебе кілттерінің құпиясы (hex, хабтың тіркелгі деректерінен)
sync-save = Сақтап, қайта қосылу
sync-saved = Сақталды. Синхрондау осы баптаулармен қайта басталды.
sync-routes = Бағыттар: қай полиция бөлімшесі қай бөлімнің істерін қарайды
sync-route = { $sc } бөлімі → { $police } полиция бөлімшесі
sync-route-remove = Жою
sync-route-sc = Бөлім коды
sync-route-police = Полиция бөлімшесінің коды
sync-route-add = Бағыт қосу
sync-waiting-title = Әлі жеткізілмеген ({ $n })
sync-no-receipt = жіберілді, растау жоқ
sync-not-sent = жіберуді күтуде
sync-waiting-row = { $number }: { $event } → { $office } бөлімше, { $state }, әрекет { $attempts } { $error }
sync-parked-title = Кейінге қалдырылды: қолданылмады ({ $n })
sync-parked-row = { $number }, { $office } бөлімшесінен { $seq }-оқиға: { $error }
sync-quarantine-title = Карантин: оқылмайтын хабарлар ({ $n })
sync-quarantine-row = { $at } { $subject }: { $reason }
sync-retry = Кейінге қалдырылған мен карантинді қайталау (жаңартудан не түзетуден кейін)
sync-conflicts-title = Басшыға арналған қайшылықтар ({ $n })
sync-conflict-row = { $number }, { $seq }-жазба: мұнда «{ $local }», { $office } бөлімше «{ $remote }»
sync-conflict-resolved = реттеген { $by }: { $note }
sync-conflict-note = Не шешілді
sync-conflict-resolve = Реттеу
sync-status-waiting = · { $n } жіберуді күтуде (ең ескісі { $minutes } мин) · { $unreceipted } растаусыз
sync-status-issues = · кейінге қалдырылған { $parked }, карантин { $quarantined }, қайшылық { $conflicts }
sync-status-off = Синхрондау: өшірулі — жұмыс орны дербес жұмыс істейді; өзгерістер жіберуге сақталады { $waiting }
sync-status-starting = Синхрондау: іске қосылуда { $waiting }
sync-status-online = Синхрондау: байланыста
sync-status-offline = Синхрондау: байланыс жоқ — жұмыс жалғасады, өзгерістер күтеді
sync-status-last-error = · соңғы қате: { $error }
sync-blocked-permission = Синхрондау БҰҒАТТАЛДЫ: сервер рұқсат бермеді — әкімшіні шақырыңыз
sync-blocked-authorization = Синхрондау БҰҒАТТАЛДЫ: сервер тіркелгі деректерін қабылдамады — әкімшіні шақырыңыз
sync-blocked-consumer = Синхрондау БҰҒАТТАЛДЫ: бұл жұмыс орнының сервердегі кезегі жоқ немесе рұқсат етілмеген — әкімшіні шақырыңыз
sync-blocked-stuck = Синхрондау БҰҒАТТАЛДЫ: сервер бір өзгерісті қайта-қайта қабылдамайды; келесілері оның артында күтеді — әкімшіні шақырыңыз
tr-certificate-on-record = Әскери есептен шығару туралы анықтама алынды: жолдама орындалды, ол бойынша бас тартуға болмайды.
tr-not-liable-on-record = Көрсетілетін қызметті алушы әскери міндетті емес деп жазылған: анықтама күтілмейді, сондықтан анықтаманың болмауы бойынша бас тарту болмайды.
tr-direction-still-valid = Жолдама { $until } дейін жарамды: әскери есептен шығару туралы анықтаманы ұсынбағаны үшін бас тарту тек осы күннен кейін мүмкін.
tr-wrong-validity = Іс ережелері бойынша жолдама { $until } дейін жарамды.
tr-no-term = Іс ережелерінде бұған мерзім белгіленбеген.
form-refused = { $annex }-қосымша мына күйдегі іс бойынша ресімделмейді: { $status }. Ештеңе басылған жоқ және жазылған жоқ.
form-refused-office = { $annex }-қосымша — Мемлекеттік корпорацияның қолхаты (стандарттың 10-тармағы): көші-қон полициясының бөлімшесі құжаттарды қабылдаудан бас тартуды және жоқ құжаттарды тіркейді, бірақ { $annex }-қосымшаны ресімдемейді. Ештеңе басылған жоқ.
form-refused-a3 = 3-қосымша — тіркелгені белгісіз адам туралы өтініш (9-тармақ): сауалнамада ондай адам жоқ (баланың екінші ата-анасы немесе асырауындағы адам). Ештеңе басылған жоқ.
store-already-committed = Бұл сауалнама { $number } іс ретінде қабылданып қойған: қолхатты басу үшін сол істі ашыңыз.
desk-not-possible = «{ $action }» қазір бұл іс бойынша мүмкін емес.
desk-action-approve = Мақұлдау (4-1-қосымша)
desk-incomplete-body = Бұл қорытынды қай органдікі екенін таңдаңыз.
desk-incomplete-certificate = Анықтамаға берген орган мен нөмір керек.
ui-act-valid-until = Жолдама { $date } дейін жарамды болады.
ui-act-certificate-overdue-since = Жолдама { $date } дейін жарамды болды, әскери есептен шығару туралы анықтама ұсынылмады: 10-тармақ негіздері бойынша бас тартыңыз.
ui-case-no-forms = Бұл іс бойынша әзірге бірде-бір нысан ресімделмейді.
ui-case-print-lang = Нысандар өтініш берушінің тілінде басылады: { $lang }.
ui-case-annex = { $annex }-қосымша
ui-intake-receipt-failed = Іс сақталды, бірақ қолхатты жазу мүмкін болмады: { $error }. Істі ашып, қолхатты сол жерден басыңыз.
ui-task-failed = Әрекет ішкі қате салдарынан орындалмады; толығы журналда. Басқа ештеңе жоғалған жоқ: қайталаңыз.
ui-complaint-confirmation-failed = { $number } шағым тіркелді, бірақ растаманы жазу мүмкін болмады: { $error }.
cli-receipt-failed = Іс сақталды, бірақ қолхатты жазу мүмкін болмады: { $error }. Оны print 4 (немесе 5) --case НӨМІР -o ФАЙЛ командасымен басыңыз.
cli-bad-date = «{ $date }» күн емес: ЖЖЖЖ-АА-КК түрінде жазыңыз.
cli-bad-ground = «{ $ground }» негіз емес: --ground N=ДЕЙІН түрінде жазыңыз.
cli-recorded = { $number } іс: «{ $what }» жазылды. Қазір: { $status }.
cli-nothing = жоқ
cli-next-actions = Қазір мүмкін: { $actions }
cli-printable-forms = Қазір ресімделетін нысандар: { $forms }
cli-complaint-registered = { $number } шағым (id { $id }) тіркелді; жауап { $due } дейін. Растама: { $path }
cli-complaint-answered = { $number } шағымға жауап жазылды.
desk-incomplete-entry = Іс журналында мұндай жазба жоқ.
clock-bad-zone = Жұмыс орнының «{ $zone }» уақыт белдеуі +05:00 түріндегі ығысу емес.
desk-incomplete-office = Кеңсе мен оның бірінші әкімшісі туралы барлық өрістерді толтырыңыз.
desk-invalid-office-phone = Кеңсе телефоны Қазақстан нөмірі емес.
ground-0 = күнтізбелік 7 күн ішінде әскери есептен (әскери міндетті болса) шыққаны туралы анықтаманы ұсынбады (4-1-қосымшаның ескертпесі, 10-тармақ)
tr-documents-outstanding = 3-қосымша бойынша жауапта адамның Қазақстанда тіркелгені айтылған: алдымен құжаттарды ({ $count }) ұсыну керек — келісім, келісімхат немесе сот шешімі.
tr-unknown-person = Сауалнамада 3-қосымша бойынша жауапқа мұндай адам жоқ.
tr-not-outstanding = Бұл адамнан бұл құжат күтілмейді.
tr-conclusions-missing = Мақұлдау үшін әр келісуші органның қорытындысы (немесе оған сұрау салынбау себебі) қажет. Жоқ: { $bodies }.
tr-ground-not-here = Бас тартудың бұл негізі істің осы сатысында қолданылмайды.
tr-storage-not-ended = Шешім { $until } дейін сақталады; көрсетілетін қызметті берушіге осы мерзімнен кейін беріледі.
desk-incomplete-not-asked = Органға неліктен сұрау салынбағанын жазыңыз.
cli-bad-subject = Адамды dependant:N немесе other-parent:N түрінде көрсетіңіз (жолдар 1-ден), «{ $subject }» емес.
ui-act-not-asked = Сұрау салынбады
ui-act-not-asked-reason = Органға неліктен сұрау салынбады
ui-act-not-asked-because = сұрау салынбады: { $reason }
ui-act-awaiting = Мақұлдау үшін қорытындылар қажет: { $bodies }
ui-act-present = 3-қосымша бойынша жауапқа сәйкес қайта талап етіледі
ui-act-presented = Ұсынылды
ui-act-court-decision = Оның орнына сот шешімі
ui-act-until-detail = { $until } дейін; іс бойынша нақтылау (міндетті емес):
ui-act-detail = Іс бойынша нақтылау (міндетті емес):
fee-no-mci = Баж { $date } төленген — бұл күнге АЕК кестесінде мән жоқ: төленуге тиіс сома белгісіз, төлемді есепке алуға болмайды. Сол жылдың АЕК-ін импорттаңыз (rules import mci) немесе белгілі АЕК бойынша жасалған төлемді қабылдаңыз.
holiday-01-01 = Жаңа жыл
holiday-01-02 = Жаңа жыл
holiday-01-07 = Православиелік Рождество
holiday-03-08 = Халықаралық әйелдер күні
holiday-03-15 = Конституция күні
holiday-03-21 = Наурыз мейрамы
holiday-03-22 = Наурыз мейрамы
holiday-03-23 = Наурыз мейрамы
holiday-05-01 = Қазақстан халқының бірлігі мерекесі
holiday-05-07 = Отан қорғаушы күні
holiday-05-09 = Жеңіс күні
holiday-07-06 = Астана күні
holiday-08-30 = Конституция күні
holiday-10-25 = Республика күні
holiday-12-01 = Тұңғыш Президент күні
holiday-12-16 = Тәуелсіздік күні
holiday-12-17 = Тәуелсіздік күні
holiday-weekend = демалыс күні
holiday-transfer = Үкімет қаулысымен ауыстырылған демалыс күні
holiday-religious = Құрбан айт
holiday-moved = демалыс күнінен ауыстырылған мереке
deadline-moved-from = { $date } күнінен ауыстырылды ({ $why })
form-none = жоқ
form-page = { $n }-бет / { $total } бет
form-a2-rel-spouse = жұбайы
form-a2-rel-former-spouse = бұрынғы жұбайы
form-a3-dependant = асырауындағы адам
form-whom-applicant = көрсетілетін қызметті алушы { $name }
form-whom-representative = көрсетілетін қызметті алушының өкілі { $name }
form-whom-child = баласы { $name }
form-whom-other-parent = { $name }, { $count ->
        [1] баланың
       *[other] балалардың
    } ({ $children }) екінші ата-анасы
form-whom-dependant = асырауындағы { $name }
problem-unknown-country = Елді тізімнен таңдаңыз.
problem-destination-kz = Шығу елі Қазақстан бола алмайды.
problem-unknown-nationality = Ұлтты тізімнен таңдаңыз.
problem-unknown-relationship = Туыстық дәрежесін тізімнен таңдаңыз.
rel-grandfather = атасы
rel-grandmother = әжесі
rel-grandson = немересі (ұл)
rel-granddaughter = немересі (қыз)
rel-brother = ағасы (інісі)
rel-sister = әпкесі (сіңлісі)
rel-stepfather = өгей әкесі
rel-stepmother = өгей шешесі
rel-stepson = өгей ұлы
rel-stepdaughter = өгей қызы
cli-login-required = Кіріңіз: --user ЛОГИН (немесе EMIGRATION_DESK_USER), құпиясөз — EMIGRATION_DESK_PASSWORD ішінде немесе стандартты енгізуде.
cli-login-wrong = Логин немесе құпиясөз қате; бұғатталғанға дейінгі әрекеттер: { $left }.
cli-login-disabled = Бұл пайдаланушы өшірілген.

# Backups and restore (db backup, db restore, the daily backup).
backup-error-io = { $path } пайдалану мүмкін болмады: { $error }
backup-error-damaged = { $path } тұтастық тексеруінен өтпеді: { $problems }
backup-error-store-exists = { $dir } деректер каталогында дерекқор бар: сақтық көшірме тек дерекқоры жоқ каталогқа қалпына келтіріледі. Ештеңе өзгертілген жоқ.
backup-error-not-a-backup = { $path } осы бағдарлама дерекқорының сақтық көшірмесі емес: { $detail }
backup-error-no-dir = Сақтық көшірмелер каталогы берілмеген: оны көрсетіңіз (db backup КАТАЛОГ) немесе автоматты көшірмелерді баптаңыз (db backup-policy --dir КАТАЛОГ).
cli-backup-done = Сақтық көшірме жазылды және тексерілді: { $path }
cli-backup-pruned = Ескі сақтық көшірме жойылды: { $path }
cli-restore-done = { $file } файлы { $path } ретінде қалпына келтірілді.
cli-backup-policy = Күнделікті сақтық көшірмелер { $dir } каталогына жазылады, { $days } күн сақталады.
cli-backup-policy-off = Автоматты сақтық көшірмелер жоқ (каталог берілмеген).
cli-backup-last = Соңғы сақтық көшірме: { $at } — { $path }
cli-backup-never = Сақтық көшірме әлі жасалмаған.
ui-users-backup = Сақтық көшірмелер
ui-users-backup-dir = Сақтық көшірмелер каталогы (толық жол, басқа дискіде болғаны жақсы; бос болса, автоматты көшірме жасалмайды):
ui-users-backup-dir-save = Көшірмелер каталогын сақтау
ui-users-backup-dir-invalid = Сақтық көшірмелер каталогы бағдарлама жаза алатын каталогтың толық жолы болуы керек.
ui-users-backup-keep = Сақтық көшірмелерді осынша күн сақтау:
ui-users-backup-keep-save = Мерзімді сақтау
ui-users-backup-keep-invalid = 1-ден 3650-ге дейінгі күн санын көрсетіңіз.
ui-users-backup-now = Қазір көшірме жасау
ui-users-backup-file = Файл: { $path }
ui-backup-last = Соңғы сақтық көшірме: { $at } ({ $age })
ui-backup-never = Соңғы сақтық көшірме: жасалмаған
ui-backup-off = Автоматты сақтық көшірмелер жоқ: көшірмелер каталогын әкімші береді.
ui-backup-running = Сақтық көшірме жасалып жатыр…
ui-backup-failed = Сақтық көшірме жасалмады: { $error }
ui-backup-age-minutes = { $n } мин бұрын
ui-backup-age-hours = { $n } сағ бұрын
ui-backup-age-days = { $n } күн бұрын
err-id-placeholder = Бұл берілген нөмір емес, толтырғыш (бір цифр он екі рет).
problem-bad-characters = Мұнда басқару таңбаларына, жол ауыстыруға және көрінбейтін бағыт белгілеріне жол берілмейді.
problem-applicants-own-iin = Бұл баланың емес, өтініш берушінің өз ЖСН-і.
problem-same-iin-twice = Бұл ЖСН басқа балаға көрсетілген.
problem-amount-too-large = Сома { $max } ₸-ден аспауы тиіс.
problem-date-too-early = 1900 жылға дейінгі күн шындыққа жанаспайды.
problem-signed-before-birth = Көрсетілетін қызметті алушы туғанға дейін қол қойылған.
cli-input-too-large = { $path } көлемі { $max } МБ-тан асады: бағдарлама мұндай файлдарды оқымайды.
cli-no-store = { $path } жолында қойма жоқ: алдымен жұмыс орнын `init` командасымен баптаңыз (немесе --data-dir көрсетіңіз).
cli-empty-store = { $path } дерекқор файлы бос: деректер жоғалған. Оны сақтық көшірмеден қалпына келтіріңіз (db restore); қайта құрылмайды.
store-open-case-exists = Көрсетілетін қызметті алушының ашық ісі бар: { $number }. Екінші істі бәрібір қабылдау үшін растаңыз (терезеде — «Қабылдау» батырмасын қайта басыңыз; пәрмен жолында — --second-case).
store-encrypted = Дерекқор шифрланған, бұл кілт оны ашпайды: осы жұмыс орнының пайдаланушысы ретінде кіріңіз.
store-in-use = Шифрлау кезінде дерекқорды басқа бағдарлама ашып тұр: бағдарламаның басқа терезелерін жабып, қайта кіріңіз.
store-damaged = { $since } деректер тексеруі бұл қойманың зақымданғанын анықтады: сақтық көшірме қалпына келтірілгенше (db restore) немесе тексеру оны қайта дұрыс деп тапқанша (db check) жаңа іс те, қадам да жазылмайды.
keys-missing = { $path } кілт ұяшықтары файлы жоқ: онсыз шифрланған қойма ашылмайды. Оны сақтық көшірмеден қалпына келтіріңіз (ол әр көшірме файлының жанында жатыр).
keys-damaged = { $path } кілт ұяшықтары файлы бүлінген. Оны сақтық көшірмеден қалпына келтіріңіз.
keys-io = { $path } кілт ұяшықтары файлын пайдалану мүмкін емес: { $error }
keys-crypto = Шифрлау кітапханасы істен шықты; толығырақ журналда.
cli-recovery-code = Қалпына келтіру коды (бір рет көрсетіледі; оны басып шығарыңыз немесе жазып алып, бөлімшенің сейфінде сақтаңыз — ол барлық азаматтардың деректерін ашады):
    { $code }
cli-recovered = Қалпына келтіру коды қойманы ашты: { $login } жаңа құпиясөзбен кіре алады. Дереу жаңа қалпына келтіру кодын жасаңыз (db recovery-code).
cli-slots-plain = Қойма әлі шифрланбаған: бұл келесі кіргенде болады.
cli-slot-user = кілт ұяшығы: { $login }
cli-slot-recovery = қалпына келтіру коды: жасалған
cli-slot-no-recovery = қалпына келтіру коды: жоқ (жасаңыз: db recovery-code)
store-conflict-store-plain = Қойма әлі шифрланбаған: алдымен қайта кіріңіз.
store-conflict-recovery-code-wrong = Бұл қалпына келтіру коды қойманы ашпайды.
cli-user-password = { $login } үшін жаңа құпиясөз орнатылды; пайдаланушының кілт ұяшығы қайта мөрленді.
cli-user-disabled = { $login } енді кіре алмайды: пайдаланушының кілт ұяшығы жойылды.
cli-user-enabled = { $login } жаңа құпиясөз орнатылғаннан кейін қайта кіре алады (user password).
ui-keys = Қойманы шифрлау
ui-keys-plain = Қойма әлі шифрланбаған: бұл келесі кіргенде болады.
ui-keys-who = Шифрланған. Мына пайдаланушылардың құпиясөзімен ашылады: { $logins }.
ui-keys-recovery-made = Қалпына келтіру коды жасалған (бөлімшенің сейфінде қағазда сақталады).
ui-keys-recovery-none = Қалпына келтіру коды жоқ: барлық құпиясөз ұмытылса, деректер ашылмайды. Оны жасаңыз.
ui-keys-recovery-make = Жаңа қалпына келтіру кодын жасау
ui-keys-recovery-shown = Бұл кодты қазір жазып алыңыз немесе басып шығарыңыз да, бөлімшенің сейфінде сақтаңыз. Ол бір рет қана көрсетіледі, бұрынғы кодты ауыстырады және барлық азаматтардың деректерін ашады:
ui-keys-recovery-hide = Кодты жазып алдым
cli-read-only = { $dir } деректер каталогына жазу мүмкін емес (тек оқуға арналған диск немесе құқық жоқ). Әр кіру мен әр қарау қойманың аудит журналына жазылады, сондықтан онымен мұнда жұмыс істеуге болмайды: бұл пайдаланушыға каталогқа жазу құқығын беріңіз немесе сақтық көшірмені басқа жерге қалпына келтіріңіз. `db check` онымен тек оқу режимінде жұмыс істейді.
cli-db-check-read-only = { $dir } деректер каталогына жазу мүмкін емес: тек оқу режимінде тексерілді (ештеңе өзгертілмеді және жазылмады).
cli-login-wrong-read-only = Логин немесе құпиясөз қате (тек оқуға арналған каталогта әрекеттер есептелмейді).
store-conflict-read-only-old-schema = Қойманы ескі нұсқа жазған, оны жаңарту керек, ал ол үшін жазуға болатын деректер каталогы қажет.
store-bad-login = «{ $login }» логин бола алмайды: 1-ден 64-ке дейін латын әрпін, цифрды, «.», «_» немесе «-» қолданыңыз (бос орынсыз, кириллицасыз).
sync-quarantine-bounds = Карантинде { $kept } МиБ, ең көбі { $quota } МиБ (бір бөлімшеге { $per_office } МиБ); деректері тасталған хабарлар (тым үлкен немесе квотадан тыс): { $dropped }; { $days } күннен кейін немесе саннан тыс жойылған жазбалар: { $expired }.
cli-case-already-imported = Бұл сауалнама (оның --draft-id) { $number } іс ретінде бұрын импортталған: ештеңе жасалмады.
ui-unlock-wrong = Құпиясөз қате. Бұғатталғанға дейін қалған әрекет саны: { $left }.
cli-user-unlocked = { $login } қайта кіре алады (бұғат алынды; құпиясөз өзгермеді).
ui-users-unlock = Бұғаттан шығару
ui-confirm-yes = Растау (Enter)
ui-confirm-no = Қайту (Esc)
ui-confirm-accept = Сауалнаманы қабылдау керек пе? Іске нөмір беріледі, қызмет көрсету аяқталады, келу күні көрсетілген қолхат (4-қосымша) басып шығарылады. Болдырмау мүмкін емес.
ui-confirm-refuse-intake = Қабылдаудан бас тарту керек пе? Жетіспейтін құжаттар аталған бас тарту қолхаты (5-қосымша) басып шығарылады, қызмет көрсету аяқталады. Болдырмау мүмкін емес.
ui-confirm-approve = Келісу керек пе? Тіркеу есебінен шығаруға жолдама (4-1-қосымша) белгіленген мерзімге беріледі. Болдырмау мүмкін емес.
ui-confirm-refuse-review = Белгіленген негіздер бойынша бас тарту керек пе? Бас тарту туралы хабарлама (1-1-қосымша) беріледі. Болдырмау мүмкін емес.
ui-confirm-decision = ТТЖ-ға шығуға рұқсат беру туралы шешім (1-қосымша) шығару керек пе? Болдырмау мүмкін емес.
ui-confirm-hand-over = Шешімнің берілгенін белгілеу керек пе? Болдырмау мүмкін емес.
ui-confirm-transfer = Алынбаған шешімді көрсетілетін қызметті берушіге беру керек пе? Болдырмау мүмкін емес.
ui-confirm-no-show = Шақырылған адам келмеді деп белгілеу керек пе? Талон жабылады.
ui-intake-date-no-such-day = Мұндай күн жоқ: { $date }.
ui-intake-come-back = Нәтижені алуға { $date } келу керек.
ui-intake-missing = Жоқ құжаттар:
ui-intake-to-case = Істі ашу
sync-status-unreceipted = · { $unreceipted } растаусыз
ui-f-phone-work = Жұмыс телефоны
ui-f-postal-code = Пошта индексі (мысалы, Z05H9E8)
ui-intake-fix-fields-in = Мына қадамдардағы өрістерді түзету керек: { $steps } (⚠ белгісімен).
ui-known-title = № { $case } істен белгілі:
ui-known-facts = { $name }, туған күні { $born }, құжаты { $document }
ui-known-fill = Толтыру (Enter)
ui-known-ignore = Толтырмау (Esc)
desk-incomplete-breach-reason = Осы келудің мерзімі асып кетті: қызмет аяқталмас бұрын себебін жазыңыз.
ui-intake-breach-reason = Келу мерзімнен асып кетті. Неге?
ui-case-annex-named = { $annex }-қосымша: { $name } — { $lang }
ui-annex-name-1 = шығуға рұқсат беру туралы шешім
ui-annex-name-1-1 = шығудан бас тарту
ui-annex-name-2 = сауалнама
ui-annex-name-3 = ішкі істер органына сұрау салу
ui-annex-name-4 = құжаттарды қабылдау туралы қолхат
ui-annex-name-4-1 = тіркеуден шығаруға жолдама
ui-annex-name-5 = құжаттарды қабылдаудан бас тарту туралы қолхат
ui-print-lang-kk = қазақ тілінде
ui-print-lang-ru = орыс тілінде
ui-case-visits = Келу
ui-case-visit = { $ticket } талоны, { $day }: берілді { $issued }, шақырылды { $called }, қызмет аяқталды { $ended }
ui-case-visit-breach = { $timer }: мерзім асты — { $reason }
ui-cases-col-number = Іс нөмірі
ui-cases-col-iin = ЖСН
ui-cases-col-name = Өтініш беруші
ui-cases-col-status = Күйі
ui-cases-col-due = Жақын мерзім
report-title = Қызмет көрсету туралы есеп
report-col-what = Көрсеткіш
report-col-count = Саны
report-all-offices = барлық бөлімшелер
report-from = Басы
report-to = Соңы
report-offices = Бөлімшелер
report-intake = Өтініштер
report-accepted-sc = Мемлекеттік корпорацияда қабылданды
report-accepted-provider = Көші-қон полициясында қабылданды
report-refused-at-intake = Қабылдаудан бас тартылды (5-қосымша)
report-missing-item = { $item } тармақ болмағандықтан бас тартылды
report-review = Қарау және шешімдер
report-approved = Келісілді (4-1-қосымша)
report-refused = Бас тартылды (1-1-қосымша)
report-ground = оның ішінде 10-тармақтың { $ground }-тармақшасы бойынша
report-ground-note = оның ішінде анықтама ұсынылмағандықтан (4-1-қосымшаның ескертпесі)
report-still-under-review = Кезең соңында қаралуда
report-decisions = Шешімдер шығарылды (1-қосымша)
report-handed-applicant = Өтініш берушіге берілді
report-handed-representative = Өкілге берілді
report-transferred = Бір ай сақталғаннан кейін көрсетілетін қызметті берушіге берілді
report-timeliness = Кезеңдер бойынша мерзімдер
report-col-stage = Кезең
report-col-finished = Аяқталды
report-col-in-time = Мерзімінде
report-col-in-time-percent = Мерзімінде, %
report-col-median-days = Медиана, күн
report-col-p90-days = 90-процентиль, күн
report-col-overdue = Қазір мерзімі өткен
report-col-overdue-median = Кешіккен күн, медиана
report-col-overdue-max = Кешіккен күн, ең көбі
report-counter = Келушілерді қабылдау
report-counter-days = Күндер бойынша қабылдау
report-col-counter = Терезе (оператор)
report-col-day = Күн
report-col-visits = Келулер
report-col-within-wait = Күту мерзім ішінде, %
report-col-within-service = Қызмет көрсету мерзім ішінде, %
report-col-wait-median = Күту, медиана мин
report-col-wait-p90 = Күту, 90-проц. мин
report-col-service-median = Қызмет көрсету, медиана мин
report-col-service-p90 = Қызмет көрсету, 90-проц. мин
report-all-counters = Барлық терезелер
report-breaches = Себептері бойынша мерзімнің асуы
report-col-reason = Себебі
report-no-reason = (себебі жазылмаған)
report-complaints = Шағымдар және үйге бару
report-complaints-registered = Тіркелген шағымдар
report-complaints-in-time = Мерзімінде қаралды (5 / 15 жұмыс күні)
report-complaints-late = Мерзімі бұзылып қаралды
report-complaints-overdue = Қаралмаған, мерзімі өткен
report-home-requested = Үйге бару өтінімдері
report-home-done = Орындалған үйге бару
report-home-overdue = Мерзімі өткен үйге бару
report-chart-visits = Күніне келулер
report-chart-in-time = Мерзімінде аяқталған кезеңдер, %
report-bad-period = Кезең басталмай тұрып аяқталады.
cli-report-written = { $from } – { $to } кезеңінің есебі { $path } файлына жазылды.
cli-bad-format = Белгісіз пішім «{ $format }»: json, csv, xlsx немесе pdf.
ui-nav-reports = Есептер
ui-report-from = Басы (КК.АА.ЖЖЖЖ)
ui-report-to = Соңы (КК.АА.ЖЖЖЖ)
ui-report-this-office = Осы бөлімше
ui-report-all-offices = Барлық бөлімшелер
ui-report-make = Есепті жасау
ui-report-export = Сақтау
ui-report-dates = Екі күнді де КК.АА.ЖЖЖЖ түрінде жазыңыз.
report-period = Кезең және бөлімшелер
app-comment = ХҚКО мен көші-қон полициясының жұмыс орны: қабылдау, қолхаттар, қарау және шешімдер
app-generic-name = Тұрақты тұруға шығуға арналған өтініштер
app-keywords = көші-қон;ТТЖ;шығу;қабылдау;қолхат;
app-description-1 = Мемлекеттік көрсетілетін қызмет стандарты бойынша Қазақстаннан тұрақты тұруға шығуға арналған өтініштерге ХҚКО мен көші-қон полициясы қызметкерінің жұмыс орны.
app-description-2 = Уақыт нормалары бар кезек, сауалнама және оған сай құжаттар тізбесі, қолхаттар, келісуші органдармен қарау, шешімдер мен шағымдар; деректер жұмыс орнында шифрланып сақталады және басқа кеңселермен үйлестіріледі.
about-open = Бағдарлама туралы
about-close = Жабу
about-version = Нұсқасы { $version }, { $date } күнгі { $commit } коммитінен жиналған
about-licence = Лицензиясы: { $licence } (мәтіні төменде)
about-data-dir = Осы жұмыс орнындағы деректер: { $path }
about-data-dir-unknown = Деректер каталогы әлі анықталмаған.
about-logs = Журналдар: { $path }
about-backups = Автоматты сақтық көшірмелер: әкімші «Пайдаланушылар» қойындысында көрсеткен каталогқа (ол көрсетілмейінше — жоқ); `db backup КАТАЛОГ` көшірмені кез келген каталогқа жасайды.
about-fonts = Қаріптер: DejaVu
sync-status-server = (сервер { $server })

## The printed forms: the act's own words (tests/data/forms holds them as
## the act gives them; every line of a message is one line of the form,
## { $x } its blanks). Spelling and punctuation that look odd are the act's.

form-kind = нысан
form-stamp = М.О.
form-citizen = { $sex ->
        [male] азамат
        [female] азаматша
       *[other] азамат (ша)
    }
form-citizen-of = { $sex ->
        [male] азамат
        [female] азаматша
       *[other] азамат (ша)
    }
form-cap-fio-shown = (тегі, аты, әкесінің аты (ол болған жағдайда) көрсетілсін)
form-cap-fio-open = (тегі, аты, әкесінің аты (ол болған жағдайда)
form-cap-official = (тегі, аты, әкесінің аты (ол болған жағдайда)/көші-қон қызметі бөлінісі лауазымды адамының қолы)
form-executor = Орындаушы: { $name }
form-phone = Телефоны { $phone }
form-received = Алдым: { $name }
form-month-1 = қаңтар
form-month-2 = ақпан
form-month-3 = наурыз
form-month-4 = сәуір
form-month-5 = мамыр
form-month-6 = маусым
form-month-7 = шілде
form-month-8 = тамыз
form-month-9 = қыркүйек
form-month-10 = қазан
form-month-11 = қараша
form-month-12 = желтоқсан

form-a1-heading =
    "Қазақстан Республикасынан
    тыс жерлерге тұрақты тұру үшін
    шығуға арналған құжаттарды
    ресімдеу" мемлекеттік көрсетілетін
    қызмет стандартына 1-қосымша
form-a1-title = Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуға арналған құжаттарды ресімдеу туралы шешім
form-a1-grant = { $country } тұрақты тұру үшін шығуға арналған құжаттарды ресімдеуге байланысты { $citizen } { $name }
form-a1-cap-country = (шығу елі көрсетілсін)
form-a1-permitted = Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуға рұқсат етілді.
form-a1-children = Онымен бірге балалары: { $children }
form-a1-cap-children = (тегі, аты, әкесінің аты (ол болған жағдайда), туған күні көрсетілсін)
form-a1-go = барады.
form-a1-note = Ескертпе: Қазақстан Республикасының азаматтары тұрғылықты жері бойынша тіркеуден шығарған сәттен бастап шығуды 10 күн ішінде жүзеге асыруы қажет. Кері жағдайда Қазақстан Республикасының 2014 жылғы 5 шілдедегі "Әкімшілік құқық бұзушылық туралы" кодексінің 492-бабына сәйкес тіркеусіз тұрғаны үшін жауапкершілік басталады. Көрсетілген мерзімде шығу мүмкін болмаған жағдайда тұрғылықты жері бойынша тіркеуді қалпына келтіру қажет.
form-a1-phone = Телефоны { $phone } 20__ жылғы "___" _________
form-a1-cap-received = (тегі, аты, әкесінің аты (ол болған жағдайда)/ көрсетілетін қызметті алушының қолы)
form-a1-received-on = 20__ жылғы"___" _________

form-a11-heading =
    "Қазақстан Республикасынан
    тыс жерлерге тұрақты тұру үшін
    шығуға арналған құжаттарды
    ресімдеу" мемлекеттік
    көрсетілетін қызмет
    стандартына
    1-1-қосымша
form-a11-title = Мемлекеттік қызметті ұсынудан бас тарту туралы хабарлама
form-a11-before-grounds = Осы мемлекеттік көрсетілетін қызмет стандартының 10-тармағында көзделген негіздерге, атап атқанда:
form-a11-ground = { $ground } - { $until } дейін
form-a11-after-grounds = байланысты "Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуға арналған құжаттарды ресімдеу" мемлекеттік қызметті көрсетуден бас тартылғаны туралы { $name } хабарлаймыз.
form-a11-court = Көрсетілетін қызметті алушы көрсетілген мемлекеттік қызметтің нәтижелерімен келіспеген жағдайларда Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа жүгінуге құқығы бар.
form-a11-made-two = Хабарлама әр тарап үшін бір-бірден 2 данада жасалған
form-a11-cap-received = тегі, аты, әкесінің аты (ол болған жағдайда)/ көрсетілетін қызметті алушының қолы)
form-a11-received-on = 20__ жылғы "___" _________

form-a2-heading =
    "Қазақстан Республикасынан
    тыс жерлерге тұрақты тұру үшін
    шығуға арналған құжаттарды
    ресімдеу" мемлекеттік
    көрсетілетін қызмет
    стандартына 2-қосымша
form-a2-title = САУАЛНАМА–ӨТІНІШ
form-a2-cap-name = (тегі, аты, әкесінің аты (ол болған жағдайда)
form-a2-cap-former = егер басқа тегі, аты, әкесінің аты (ол болған жағдайда) болса, оларды көрсетіңіз
form-a2-cap-birth = туған күні, айы, жылы және жері
form-a2-cap-residence = тұрақты тұрғылықты жері)
form-a2-passport = Паспорт № { $number } { $issued } { $year } ж. { $authority }
form-a2-id-card = Жеке куәлік № { $number } { $year } ж. { $authority }
form-a2-iin = ЖСН { $iin }
form-a2-nationality = Ұлты { $nationality }
form-a2-phones = Телефондары: үй. { $home } жұмыс { $work } ұялы { $mobile }
form-a2-request =
    Маған { $address } мекенжайы
    бойынша тіркеуден ала отырып, { $country } тұрақты тұруға Қазақстан Республикасынан шығу үшін құжаттар ресімдеуді сұраймын.
form-a2-cap-address = (тұрғылықты жерінің тіркелген мекенжайы көрсетілсін)
form-a2-children-request = Біруақытта менің кәмелетке толмаған балаларыма шығуға құжаттарды ресімдеуді сұраймын.
form-a2-col-fio = Тегі, аты, әкесінің аты (ол болған жағдайда)
form-a2-col-born = Туған күні
form-a2-col-passport = Паспорт №
form-a2-relatives =
    ЖАҚЫН ТУЫСТАРЫ ТУРАЛЫ МӘЛІМЕТТЕР
    (ата-анасы, жұбайлары (оның ішінде бұрынғы), балалары)
form-a2-col-relationship = Туыстық дәрежесі (егер қайтыс болса қайтыс болғаны туралы куәлік қоса беру)
form-a2-col-birth-year-place = Туған жылы мен жері
form-a2-col-country-address = Болған елі және тұрғылықты жерінің мекенжайы
form-a2-col-workplace = Жұмыс орны
form-a2-col-marriage = Неке (лерді) тіркеу орны тіркелген некесі (лері) бар адамдар үшін
form-a2-activity = Мемлекет соңғы 5 жыл ішіндегі қызметі (әскері қызметін қоса алғанда)
form-a2-col-years = Түскен және босаған жылы
form-a2-col-position = Лауазымы
form-a2-col-organisation = Кәсіпорының, мекеменің атауы
form-a2-col-org-address = Кәсіпорының, мекеменің мекенжайы
form-a2-col-job-workplace = Жұмыс орны
form-a2-col-secrets = Қазақстан Республикасының мемлекеттік құпияларына рұқсаты бар/жоқ, оның ішінде бұрынғы жұмыс (қызмет) орындары бойынша
form-a2-warning = Сауалнама-өтініште көрінеу жалған деректер көрсеткен үшін жауапкершілік туралы ескертілдім (Негіз: "Халықтың көші-қоны туралы" Қазақстан Республикасының Заңы).
form-a2-warning-on = 20 ____ жылғы "_____" __________________________________ { $signature }
form-a2-consent = Ақпараттың жүйелердегі заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға келісім беремін
form-a2-consent-on = 20_____ жылғы "_____" __________________________________ { $signature }
form-a2-cap-signature = (көрсетілетін қызметті алушының қолы)
form-a2-accepted = Сауалнама-өтініш 20 ____ жылғы "______"____________ қабылданды.
form-a2-cap-accepted-by = (сауалнама-өтінішті қабылдаған адамның тегі, аты, әкесінің аты (ол болған жағдайда)

form-a3-heading =
    "Қазақстан Республикасынан
    тыс жерлерге тұрақты тұру үшін
    шығуға арналған құжаттарды
    ресімдеу" мемлекеттік
    көрсетілетін қызмет
    стандартына 3-қосымша
form-a3-cap-body = (ішкі істер органдарының атауы көрсетілсін)
form-a3-from = { $citizen } { $name }
form-a3-cap-address = (тұрғылықты жерінің тіркелген мекенжайы көрсетілсін)
form-a3-title = Өтініш
form-a3-text =
    Қазақстан Республикасының шегінен тыс тұрақты тұрғылықты жерге кетуге арналған құжаттарды ресімдеуге байланысты "Жеке тұлғалар" Мемлекеттік деректер базасының мәліметтері негізінде { $citizen } { $first }
    { $person }
form-a3-cap-person = (толық тегі, аты, әкесінің аты (ол болған жағдайда), туыстық байланысы көрсетілсін)
form-a3-after-person = Қазақстан Республикасының аумағында тіркеу туралы ақпаратты хабарлауды сұраймын.
form-a3-signed = 20____жылғы "______" __________ { $signature }
form-a3-cap-signature = қолы

form-a4-heading =
    "Қазақстан Республикасынан
    тыс жерлерге тұрақты тұру үшін
    шығуға арналған құжаттарды
    ресімдеу" мемлекеттік
    көрсетілетін қызмет стандартына
    4-қосымша
form-a4-title = Көрсетілетін қызметті алушыдан құжаттарды қабылдау туралы қолхат
form-a4-to = Осы қолхат { $name }
form-a4-confirms = берілді және "Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуға арналған құжаттарды ресімдеу" мемлекеттік көрсетілетін қызмет стандартымен бекітілген тізбеге сәйкес Қазақстан Республикасының шегінен тыс тұрақты тұрғылықты жерге кетуге арналған құжаттарды ресімдеу үшін құжаттарды қабылдағанын растайды.
form-a4-come = Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуды растайтын құжатты алу үшін, әскери есептен шығару (әскери міндетке қатысы болса) және Қазақстан Республикасының аумағында тұрақты тұру орны бойынша тіркеуден есептен шығару үшін, не мемлекеттік қызметті көрсетуден бас тарту туралы хабарлама беру үшін мемлекеттік көрсетілетін қызметті берушіге 20 ___ "___" _________ келуі қажет.
form-a4-made-two = Осы қолхат әр тарап үшін бір-бірден 2 данада жасалды.
form-a4-executor = Орындаған: { $name }
form-a4-cap-received = (тегі, аты, әкесінің аты (ол болған жағдайда)/ көрсетілетін қызметті алушының қолы)
form-a4-received-on = 20 ___ жылғы "_____"__________

form-a41-heading =
    "Қазақстан Республикасынан
    тыс жерлерге тұрақты тұру үшін
    шығуға арналған құжаттарды
    ресімдеу" мемлекеттік
    көрсетілетін қызмет стандартына
    4-1-қосымша
form-a41-title = Әскери есептен шығаруға және тіркеуден шығаруға арналған Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуды растайтын құжат
form-a41-to = Осы { $name }
form-a41-directs =
    Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуға арналған құжаттарды оң қарауға байланысты:
    әскери есептен шығару (әскери міндетке қатысы болса);
    Қазақстан Республикасының аумағында тұрақты тұратын орны бойынша тіркеуден шығу үшін жолдама береді.
form-a41-valid = Мерзімі 20__ жылғы "___" __________________ дейін
form-a41-note = Ескертпе: Егер мемлекеттік көрсетілетін қызметті алушы күнтізбелік 7 күн ішінде мемлекеттік көрсетілетін қызметті берушіге әскери есептен (әскери міндетті болса) шыққаны туралы анықтаманы ұсынбаған жағдайда мемлекеттік көрсетілетін қызметті беруші осы мемлекеттік көрсетілетін қызмет стандартының 10-тармағына сәйкес мемлекеттік қызметті ұсынудан бас тарту туралы хабарлама шығарады.
form-a41-made-two = Әр тарап үшін бір-бірден 2 данада жасалды.
form-a41-executor =
    Орындаушы:
    { $name }
form-a41-cap-received = (тегі, аты, әкесінің аты (ол болған жағдайда)/көрсетілетін қызметті алушының қолы)
form-a41-received-on = 20__ жылғы "___" __________________

form-a5-heading =
    "Қазақстан Республикасынан
    тыс жерлерге тұрақты тұру үшін
    шығуға арналған құжаттарды
    ресімдеу" мемлекеттік
    көрсетілетін қызмет
    стандартына 5-қосымша
form-a5-title = Құжаттарды қабылдаудан бас тарту туралы қолхат
form-a5-intro =
    "Мемлекеттік көрсетілетін қызметтер туралы" 2013 жылғы 15 сәуірдегі Қазақстан Республикасының Заңы 20-бабының 2-тармағын басшылыққа ала отырып, "Азаматтарға арналған үкімет" мемлекеттік корпорациясы филиалының № { $dept } бөлімі
    { $address }
form-a5-cap-address = (мекенжайы көрсетілсін)
form-a5-text = Сіздің мемлекеттік көрсетілетін қызмет стандартында көзделген тізбеге сәйкес құжаттардың толық топтамасын ұсынбауыңызға байланысты, "Қазақстан Республикасының шегінен тыс тұрақты тұрғылықты жерге шығуға арналған құжаттарды ресімдеу" мемлекеттік қызметін көрсетуге құжаттарды қабылдаудан бас тартады, атап айтқанда:
form-a5-missing = Жоқ құжаттардың атауы:
form-a5-made-two = Осы қолхат әр тарап үшін бір-бірден 2 данада жасалды.
form-a5-cap-employee = (Мемлекеттік корпорация қызметкерінің тегі, аты, әкесінің аты (ол болған жағдайда)
form-a5-cap-received = (тегі, аты, әкесінің аты (ол болған жағдайда)/көрсетілетін қызметті алушының қолы)
form-a5-received-on = 20__ жылғы "___" __________________

# Келісуші органдардың қорытындылары (issue 29)
ui-confirm-negative-conclusion = ТЕРІС қорытынды жазылсын ба: { $body }? Ол күшінде тұрғанда шығу мақұлданбайды; оны тек сол органның кейінгі қорытындысы түзетеді.
ui-act-corrects = Бұл орган қорытынды беріп қойған ({ $verdict }, { $date }): жаңа жазба оны түзетеді; журналда екеуі де сақталады.
ui-act-correction-of = { $date } қорытындысын түзетеді
ui-act-corrected = кейін түзетілді
ui-act-correct-conclusion = Түзету
desk-incomplete-password = Құпиясөзді теріңіз.
ui-intake-accept-needs = Қабылдау үшін сауалнаманың барлық өрісі дұрыс толтырылуы керек: ⚠ белгісі бар өрістерді толтыру немесе түзету қажет.
ui-intake-refuse-needs = Бас тарту (5-қосымша) үшін тек кімге бас тартылатыны қажет: көрсетілетін қызметті алушының тегі, аты және ЖСН.
ui-intake-refuse-nothing-missing = Тізбедегі барлық құжат ұсынылған: бас тартуға негіз жоқ — топтаманы қабылдаңыз (F9).
ui-intake-accept-incomplete = Тізбедегі құжаттар әлі жетіспейді: ұсынылғандарын белгілеңіз немесе оларды атап бас тартыңыз (F10).
form-recovery-title = Жұмыс орны деректерін қалпына келтіру коды
form-recovery-office = Бөлімше:
form-recovery-address = Мекенжайы:
form-recovery-made = Жасалған күні:
form-recovery-what = Барлық құпиясөз ұмытылған жағдайда бұл код осы жұмыс орнында сақталған барлық өтініш берушілердің деректерін ашады. Парақты бөлімшенің сейфінде сақтаңыз, ешкімге көрсетпеңіз. Жаңа код мұны ауыстырады.
form-recovery-signed = Әкімші: ______________________ (тегі, аты-жөнінің бас әріптері, қолы)
ui-keys-recovery-print = Басып шығару (A4)
ui-keys-recovery-printed = Принтерге жіберілді. Парақты принтерден қазір алыңыз; компьютерде көшірмесі қалмайды.
ui-setup-admin-repeat = Құпиясөз қайтадан
ui-setup-passwords-differ = Екі құпиясөз сәйкес келмейді.
ui-confirm-not-liable = Өтініш беруші әскери есепте тұрмайды деп жазылсын ба (әскери билет қажет емес)? Болдырмау мүмкін емес.
ui-confirm-deregistered = Өтініш беруші тұрғылықты жері бойынша тіркеуден шығарылды деп жазылсын ба? Болдырмау мүмкін емес.
ui-act-nothing = Бұл іс бойынша мұнда қазір жазатын ештеңе жоқ (күйі: { $status }).
sync-status-awaiting-update = Бағдарламаның жаңа нұсқасын қажет ететін хабарлар: { $n } — жұмыс орнын жаңартыңыз (олардың істері күтеді).

# Бірыңғай байланыс орталығының өтініш берушіге жауабы (15-тармақ): оператор оқып береді.
cc-not-found = Мәліметтер табылмады. Өтініштің нөмірін және ЖСН-ді тексеріңіз.
cc-office-code = { $code } кодты орган
cc-under-review = Құжаттарыңыз { $since } қабылданды. Өтініш қаралуда.
cc-refused-at-intake = { $since } құжаттарды қабылдаудан бас тартылды: құжаттар топтамасы толық емес.
cc-missing = Ұсынылмағандар: { $list }. Құжаттардың толық топтамасымен өтінішті қайта беруге болады.
cc-approved = { $since } әскери есептен шығару және тұрғылықты жері бойынша тіркеуден шығару үшін Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуды растайтын құжат берілді.
cc-papers-by = { $on } қоса алғанда мына мекенге ұсыныңыз: { $office }:
cc-decision-ready = Шешім { $since } бастап дайын. Оны мына жерден алуға болады: { $office }.
cc-refusal-ready = { $since } мемлекеттік қызметті көрсетуден бас тарту туралы шешім қабылданды. Хабарламаны мына жерден алуға болады: { $office }.
cc-with-provider = { $since } алынбаған нәтиже көрсетілетін қызметті берушіге (көші-қон қызметі органына) берілді. Мына жерге жүгініңіз: { $office }.
cc-handed-over = Нәтиже { $since } берілді. Мемлекеттік қызмет көрсетілді.
cc-come-on = { $on } күні келіңіз: { $office }.
cc-bring = Өзіңізбен бірге алып келіңіз: { $list }.
cc-office-where = Мекенжайы: { $address }. Телефоны: { $phone }. Жұмыс уақыты: { $hours }.
cc-hours-state-corporation = дүйсенбіден сенбіні қоса алғанда, 9:00-ден 20:00-ге дейін түскі үзіліссіз, жексенбі және мереке күндерін қоспағанда
cc-hours-migration-police = дүйсенбіден сенбіні қоса алғанда; құжаттарды қабылдау және нәтижені беру 9:00-ден 17:30-ға дейін, түскі үзіліс 13:00-ден 14:30-ға дейін, демалыс және мереке күндерін қоспағанда
cc-bring-identity-document = жеке басты куәландыратын құжат
cc-bring-receipt = құжаттарды қабылдағаны туралы қолхат
cc-bring-military-certificate = әскери есептен шығарылғаны туралы анықтама (әскери міндеттілер үшін)
cc-bring-deregistration = тұрғылықты жері бойынша тіркеуден шығарылғаны туралы құжат

cc-bad-number = Өтініш нөмірі 15 цифрдан тұрады (орган, жыл, нөмір және бақылау цифры): қоңырау шалушымен тексеріңіз.
cc-bad-iin = ЖСН 12 цифрдан және бақылау цифрынан тұрады: қоңырау шалушымен тексеріңіз.
cc-not-configured = Бұл жұмыс орнында мәртебені іздеу бапталмаған: хабтың мекенжайы мен мәртебе кілттерінің құпиясы «Синхрондау» бөлімінде енгізіледі.
cc-hub-unreachable = Байланыс орталығының хабы қазір жауап бермейді: бір минуттан кейін қайталаңыз; жалғасса, әкімшіні шақырыңыз.
cc-slowed = Бұл жұмыс орнынан тым көп іздеу нәтижесіз болды: келесісі { $seconds } с кейін мүмкін. Әр іздеу тіркеледі.
ui-nav-status = Мәртебені іздеу
ui-cc-title = Өтініштің мәртебесі (1414 байланыс орталығы)
ui-cc-number = Өтініштің нөмірі
ui-cc-iin = Көрсетілетін қызметті алушының ЖСН-і
ui-cc-look-up = Іздеу
ui-cc-lang = Жауап тілі
ui-cc-note = Жауапты жазылғандай оқыңыз. Нөмір де, ЖСН де сәйкес келуі керек; телефон арқылы басқа ештеңе айтылмайды.
cli-cc-found = Табылды:
ui-cc-clear = Келесі қоңырау
store-role-not-here = Мұндай органда «{ $role }» рөлі жоқ: операторлар тек байланыс орталығында, сарапшылар тек министрлікте, ал қызметкерлер, инспекторлар мен басшылар істерді жүргізетін органдарда жұмыс істейді.

# The ministry's national view (issue 31)
role-analyst = министрліктің сарапшысы
ui-office-kind-ministry = Министрлік (ұлттық есеп)
report-national = Бүкіл ел
report-regions = Өңірлер бойынша
report-by-office = Бөлімшелер бойынша
report-currency = Деректердің өзектілігі: әр бөлімшенің соңғы қолданылған оқиғасы
report-col-region = Өңір
report-col-office = Бөлімше
report-col-accepted = Қабылданды
report-col-refused-intake = Қабылдаудан бас тартылды
report-col-approved = Рұқсат етілді
report-col-refused = Бас тартылды
report-col-under-review = Қаралуда
report-col-handed = Берілді
report-col-review-in-time = Қарау мерзімінде, %
report-col-overdue-stages = Мерзімі өткен кезеңдер
report-col-last-event = Соңғы оқиға жазылды
report-col-applied-at = Көшірмеге енгізілді
report-col-events = Оқиғалар
report-never = әлі ештеңе жоқ
ui-report-national = Бүкіл ел: өңірлер мен бөлімшелер
ui-sync-directory = Бөлімшелер анықтамалығы (орналастыру жоспарының файлы)
ui-sync-directory-load = Анықтамалықты жүктеу
sync-directory-loaded = Анықтамалыққа { $count } бөлімше жүктелді
sync-directory-bad = Жоспар файлын оқу мүмкін емес: { $error }
sync-directory-region = { $code } бөлімшесінің өңірі белгісіз: «{ $region }»
sync-directory-count = Анықтамалықта { $count } бөлімше
sync-ministry-reads = Министрлік барлық бөлімшелердің оқиғаларын тек оқиды: ештеңе жібермейді, түбіртек қайтармайды
desk-national-only = Министрлікте тек ұлттық есеп алынады
region-astana = Астана қаласы
region-almaty_city = Алматы қаласы
region-shymkent = Шымкент қаласы
region-abai = Абай облысы
region-akmola = Ақмола облысы
region-aktobe = Ақтөбе облысы
region-almaty = Алматы облысы
region-atyrau = Атырау облысы
region-west_kazakhstan = Батыс Қазақстан облысы
region-zhambyl = Жамбыл облысы
region-zhetisu = Жетісу облысы
region-karaganda = Қарағанды облысы
region-kostanay = Қостанай облысы
region-kyzylorda = Қызылорда облысы
region-mangystau = Маңғыстау облысы
region-pavlodar = Павлодар облысы
region-north_kazakhstan = Солтүстік Қазақстан облысы
region-turkistan = Түркістан облысы
region-ulytau = Ұлытау облысы
region-east_kazakhstan = Шығыс Қазақстан облысы
region-unknown = Өңірі анықтамалықта жоқ
report-national-scope = Кезекте күту, шағымдар мен үйге бару әр бөлімшеде сақталады: ұлттық есепте тек істердің көрсеткіштері бар
sync-status-replica-off = Синхрондау: өшірулі — ұлттық көшірме жаңартылмайды; есеп оның соңғы күйі бойынша
sync-directory-no-file = Орналастыру жоспары файлының жолын енгізіңіз
