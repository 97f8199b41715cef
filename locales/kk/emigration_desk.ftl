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
deadline-handover = Шешімді табыс ету
deadline-total = Қызмет көрсетудің жалпы мерзімі
deadline-direction_validity = Құжат мына күнге дейін жарамды
deadline-storage = Мемлекеттік корпорацияда мына күнге дейін сақталады

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
store-forbidden = Рұқсат жоқ: { $role } рөлі керек.
store-sequence-exhausted = { $code } бөлімшесінің осы жылғы іс нөмірлері таусылды.

## Командалық жол
cli-init-done = Жұмыс орны бапталды: { $code } бөлімше «{ $name }», әкімші «{ $login }». Деректер: { $path }
cli-password-prompt = Әкімші құпиясөзі (кемінде 8 таңба), содан кейін Enter:
cli-password-missing = Құпиясөз берілмеді: EMIGRATION_DESK_PASSWORD орнатыңыз немесе оны стандартты кіріске беріңіз.
cli-bad-office-kind = Белгісіз бөлімше түрі «{ $kind }»: state-corporation немесе migration-police.
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
cli-bad-role = Белгісіз рөл «{ $role }»: clerk, officer, supervisor немесе administrator.
cli-bad-today = EMIGRATION_DESK_TODAY ЖЖЖЖ-АА-КК түріндегі күн болуы керек.
