app-title = Оформление выезда на ПМЖ
gui-placeholder-heading = Выезд на постоянное место жительства
gui-placeholder-office = Подразделение: { $office }
gui-placeholder-not-initialised = Рабочее место ещё не настроено. Администратор выполняет: emigration-desk init
gui-placeholder-cases = Дел в локальной базе: { $count }
gui-placeholder-store-error = Не удаётся открыть локальную базу: { $error }

## Идентификационные номера
err-id-empty = Введите номер.
err-id-length = Нужно 12 цифр, введено { $len }.
err-id-digits = Допускаются только цифры.
err-id-never-issued = Такой номер не может быть выдан: сверьте с документом.
err-id-check-digit = Неверная контрольная цифра: номер введён с ошибкой.
err-bin-type = Пятая цифра БИН (тип лица) должна быть 4, 5 или 6.
err-bin-attribute = Шестая цифра БИН должна быть от 0 до 3.
err-doc-empty = Введите номер документа.
err-idcard-format = Номер удостоверения личности — 9 цифр.
err-passport-chars = Номер паспорта содержит только латинские буквы и цифры.
err-passport-length = Номер паспорта — от 6 до 12 знаков.
err-phone-empty = Введите номер телефона.
err-phone-chars = Допускаются только цифры, пробелы, +, -, ( и ).
err-phone-length = Казахстанский номер — 10 цифр после +7 или 8.
err-phone-russian = Номера с 9 после +7 — российские, а не казахстанские.
err-phone-not-kz = Казахстанский номер начинается с 7 после кода страны.
err-postal-empty = Введите почтовый индекс.
err-postal-format = Индекс — 6 цифр или 7 знаков вида A01P3K4.
err-name-empty = Введите имя.
err-name-too-long = Слишком длинно: не более { $max } знаков.
err-name-bad-char = Знак «{ $char }» недопустим в имени.
err-name-edge = Имя должно начинаться и заканчиваться буквой.
err-name-double-separator = Два разделителя подряд.
err-case-number-format = Номер дела — 15 цифр: подразделение, год, номер и контрольная цифра.
err-case-number-check = Неверная контрольная цифра номера дела: номер введён или считан с ошибкой.
err-password-short = Пароль должен содержать не менее { $min } знаков.
err-password-long = Пароль должен содержать не более 256 знаков.

## Ошибки анкеты (у поля)
problem-required = Обязательное поле.
problem-too-long = Слишком длинно: не более { $max } знаков.
problem-too-many = Слишком много строк: не более { $max }.
problem-date-future = Дата в будущем.
problem-date-before-birth = Дата раньше даты рождения.
problem-year-range = Год вне допустимого диапазона.
problem-years-reversed = Год окончания раньше года начала.
problem-not-minor = На дату обращения ребёнку 18 лет или больше: он не несовершеннолетний.
problem-other-parent-missing = Укажите второго родителя: ребёнок выезжает с одним из родителей.
warn-iin-birth-date = Дата рождения отличается от даты в ИИН. Сверьте с документами (с 2013 года это возможно).
warn-iin-no-such-date = ИИН начинается не с настоящей даты. Сверьте с документами.
warn-passport-unusual = Необычный номер паспорта (обычно N и 8 цифр). Сверьте с паспортом.
warn-activity-short = Сведения о трудовой деятельности не охватывают последние 5 лет.
warn-death-certificate = Родственник умер: приложите свидетельство о смерти.

## Сведения из ИИН
iin-valid = ИИН { $iin } верен.
iin-born = Дата рождения по ИИН: { $date }
iin-born-ambiguous = Дата рождения по ИИН: { $first } или { $second }
iin-sex-male = Пол по ИИН: мужской
iin-sex-female = Пол по ИИН: женский
iin-invalid = ИИН { $iin } неверен: { $reason }

## Состояние дела
status-intake_open = идёт приём документов
status-refused_at_intake = отказано в приёме (приложение 5)
status-under_review = на рассмотрении
status-approved = одобрено, выдан документ (приложение 4-1)
status-refused = отказано (приложение 1-1)
status-decision_issued = решение готово (приложение 1)
status-transferred_to_provider = решение передано услугодателю
status-handed_over = решение выдано

## Перечень документов
req-questionnaire = Анкета-заявление (приложение 2), подписанная
req-representative_authority = Документ, подтверждающий полномочия представителя
req-identity_card = Удостоверение личности
req-passport = Паспорт гражданина Республики Казахстан
req-birth_certificate = Свидетельство о рождении ребёнка до 16 лет
req-alimony_agreement = Соглашение об уплате алиментов (или решение суда)
req-guardianship_conclusion = Заключение органа опеки и попечительства (ребёнку 10 лет и больше)
req-other_parent_consent = Нотариально засвидетельствованное согласие второго родителя (или решение суда)
req-fee_receipt = Документ об уплате государственной пошлины
req-registration_request = Заявление об установлении регистрации (приложение 3)
item-paper = представлен на бумаге
item-information_system = из государственной информационной системы
item-alternative = альтернатива (решение суда)
item-missing = отсутствует

## Сроки
deadline-review = Рассмотрение с заключениями согласующих органов
deadline-direction = Документ (приложение 4-1) или уведомление об отказе
deadline-deregistration = Снятие с воинского и регистрационного учёта
deadline-handover = Решение (приложение 1) готово к выдаче
deadline-total = Весь срок оказания услуги
deadline-direction_validity = Документ действителен до
deadline-storage = Невостребованный результат передается услугодателю после месяца хранения, дата

## Переходы дела
tr-not-opened = Первое событие дела должно открыть приём.
tr-already-opened = Дело уже открыто.
tr-not-allowed = «{ $event }» недопустимо, пока дело в состоянии: { $status }.
tr-incomplete = Пакет документов неполный: принять нельзя.
tr-nothing-missing = Ничего не отсутствует: отказ в приёме должен называть отсутствующие документы.
tr-negative-conclusion = Есть отрицательное заключение: одобрить нельзя.
tr-no-grounds = Отказ должен называть хотя бы одно основание пункта 10.
tr-unknown-ground = В пункте 10 нет основания { $ground }.
tr-ground-without-until = Для основания { $ground } нужно «до …».
tr-already-recorded = Уже записано.
tr-dereg-incomplete = Сначала запишите снятие с воинского и регистрационного учёта.
tr-not-at-sc = Невостребованные решения хранит только Госкорпорация.
tr-date-before = Дата { $on } раньше { $earlier }.
tr-poa-incomplete = Для доверенности нужны номер, нотариус и дата.
tr-unknown-body = «{ $body }» — не согласующий орган, чье заключение запрашивает это подразделение. Список органов задает администратор на вкладке «Пользователи».
tr-poa-after = Доверенность удостоверена после дня выдачи ({ $date }): она должна быть удостоверена не позднее дня выдачи.
tr-poa-before-birth = Доверенность удостоверена раньше рождения услугополучателя ({ $date }): проверьте дату удостоверения.
tr-unknown-event = Исправляемого события нет в этом деле.
tr-empty-note = Для исправления нужна пометка.
tr-validity-before-issue = Дата «действителен до» раньше даты выдачи.

## База
store-error = Ошибка локальной базы: { $detail }
store-not-initialised = Рабочее место не настроено: выполните emigration-desk init.
store-already-initialised = Рабочее место уже настроено.
store-office-code-taken = Код подразделения { $code } уже занят.
store-login-taken = Логин «{ $login }» занят.
store-case-not-found = Дела { $number } нет.
store-user-not-found = Пользователя «{ $login }» нет.
store-invalid = В анкете ошибки:
store-no-profile = На { $date } нет действующего профиля правил.
store-schema-too-new = База записана более новой версией программы (схема { $found }, эта знает { $known }).
store-migration-broken = Обновление базы до схемы { $number } нарушило бы связи между таблицами; ничего не изменено. Сохраните файл и обратитесь в поддержку.
store-held-elsewhere = Дело сейчас ведёт подразделение { $office } (рассмотрение или выдача после решения); изменения вносятся там и приходят сюда синхронизацией.
store-forbidden = Недоступно: нужна роль { $role }.
store-sequence-exhausted = Нумерация дел подразделения { $code } на этот год исчерпана.

## Командная строка
cli-init-done = Рабочее место настроено: подразделение { $code } «{ $name }», администратор «{ $login }». Данные: { $path }
cli-password-prompt = Пароль администратора (не менее 8 знаков), затем Enter:
cli-password-missing = Пароль не задан: установите EMIGRATION_DESK_PASSWORD или передайте его на стандартный ввод.
cli-bad-office-kind = Неизвестный вид подразделения «{ $kind }»: state-corporation, migration-police, contact-centre или ministry.
cli-bad-office-code = Код подразделения — число от 1 до 9999.
cli-read-failed = Не удаётся прочитать { $path }: { $error }
cli-json-error = { $path }: поле { $field }: { $error }
cli-case-imported = Дело { $number } сохранено: { $status }.
cli-case-header = Дело { $number } — { $status }
cli-applicant = Заявитель: { $name }, ИИН { $iin }
cli-opened = Открыто: { $date }
cli-accepted = Принято: { $date }; явиться { $back }
cli-checklist = Необходимые документы ({ $state }):
cli-checklist-complete = полный пакет
cli-checklist-incomplete = неполный пакет
cli-checklist-item = { $mark } [{ $para }] { $what } — { $whom }: { $status }
checklist-required-by-answer = требуется по ответу на заявление по приложению 3
cli-fee = Государственная пошлина: { $tenge } тенге (1 МРП на { $date })
cli-fee-unknown = Государственная пошлина: МРП на { $date } неизвестен
cli-fee-short = Уплачено меньше положенного.
cli-deadlines = Сроки:
cli-deadline = { $what }: { $due }{ $done }
cli-deadline-done = (исполнено { $date })
cli-overdue = ПРОСРОЧЕНО
cli-no-cases = Дела не найдены.
cli-db-ok = База исправна: { $path }
cli-db-problems = В базе есть ошибки:
cli-rules-imported = Данные правил загружены: { $kind } { $key }
cli-bad-rule-kind = Неизвестный вид данных «{ $kind }»: profile, mci или calendar.
cli-user-added = Пользователь «{ $login }» добавлен с ролью { $role }.
cli-bad-role = Неизвестная роль «{ $role }»: clerk, officer, supervisor, administrator или operator.
cli-bad-today = EMIGRATION_DESK_TODAY должна быть датой ГГГГ-ММ-ДД.
cli-today-not-allowed = EMIGRATION_DESK_TODAY фиксирует дату только в тестовых сборках; это рабочее место ведёт реальную дату. Удалите переменную и запустите снова.

## Печатные формы (русский текст — рабочее прочтение казахского оригинала)
form-copy = Экземпляр { $n } из { $total }: { $whom }
form-copy-applicant = для услугополучателя
form-copy-provider = для услугодателя
form-copy-sc = для Государственной корпорации
form-qr-caption = Дело № { $number }
form-a1-child = { $name }, { $born }
form-a2-secrets-yes = имеет
form-a2-secrets-no = не имеет
form-a2-until-now = по настоящее время
form-a2-deceased = { $sex ->
        [male] умер
        [female] умерла
       *[other] умер(ла)
    }, свидетельство: { $certificate }
form-a3-person = { $name }, { $relationship }
form-a3-rel-other-parent = второй родитель { $count ->
        [1] моего ребёнка
       *[other] моих детей
    } ({ $children })
form-a3-rel-dependant = { $relationship } (иждивенец)

form-a5-item = { $what } — { $whom }
form-a5-fee-due = (к уплате: { $tenge } ₸)
ground-1 = { $sex ->
        [male] осведомлен
        [female] осведомлена
       *[other] осведомлен(а)
    } о сведениях, составляющих государственные секреты и иную охраняемую законом тайну, и не { $sex ->
        [male] уведомил
        [female] уведомила
       *[other] уведомил(а)
    } соответствующие уполномоченные органы о факте своего выезда за пределы Республики Казахстан
ground-2 = { $sex ->
        [male] задержан
        [female] задержана
       *[other] задержан(а)
    } по подозрению в совершении уголовного правонарушения либо { $sex ->
        [male] привлечен
        [female] привлечена
       *[other] привлечен(а)
    } в качестве подозреваемого, обвиняемого, или в отношении { $sex ->
        [male] него
        [female] нее
       *[other] него (нее)
    } вынесено постановление о квалификации деяния подозреваемого
ground-3 = { $sex ->
        [male] осужден
        [female] осуждена
       *[other] осужден(а)
    } за совершение преступления
ground-4 = уклоняется от исполнения обязательств, наложенных на { $sex ->
        [male] него
        [female] нее
       *[other] него (нее)
    } судом
ground-5 = проходит срочную воинскую службу
ground-6 = { $sex ->
        [male] сообщил
        [female] сообщила
       *[other] сообщил(а)
    } о себе заведомо ложные сведения при оформлении документов на выезд
ground-7 = является ответчиком по гражданскому судопроизводству
ground-8 = имеет налоговую задолженность
ground-until-1 = прекращения действия этих обстоятельств
ground-until-2 = вынесения решения по делу или вступления в законную силу приговора суда
ground-until-3 = отбытия наказания или освобождения от наказания
ground-until-4 = прекращения этих обязательств
ground-until-5 = окончания ее прохождения или освобождения от нее в соответствии с Законом РК от 16.02.2012 «О воинской службе и статусе военнослужащих»
ground-until-6 = устранения причин, послуживших основанием для отказа, и представления достоверных сведений
ground-until-7 = вступления в законную силу решения суда
rel-father = отец
rel-mother = мать
rel-spouse = супруг(а)
rel-former_spouse = бывший(ая) супруг(а)
rel-son = сын
rel-daughter = дочь
cli-bad-annex = Неизвестная форма «{ $annex }»: 1, 1-1, 2, 3, 4, 4-1 или 5.
cli-bad-doc-lang = Форма печатается на казахском или русском: kk или ru, а не «{ $lang }».
cli-printed = Приложение { $annex } по делу { $number } записано в { $path } ({ $kb } КБ, экземпляров: { $copies }).
cli-receipt-recorded = Приложение { $annex } по делу { $number } записано как выданное; файл не сохранён (записать: print { $annex } { $number } -o ФАЙЛ или --receipt ФАЙЛ).
cli-print-failed = Не удалось записать форму: { $error }
cli-deliver-failed = Форма сохранена, но не удалось открыть или напечатать её: { $error }

## Приложение
ui-loading = Открывается локальная база…
role-clerk = оператор
role-officer = сотрудник
role-supervisor = руководитель
role-administrator = администратор
role-operator = оператор контакт-центра
ui-user = { $name } ({ $role })
ui-logout = Выйти
ui-nav-queue = Очередь
ui-nav-cases = Дела
ui-setup-title = Настройка рабочего места
ui-setup-office = Подразделение
ui-office-kind-sc = Отдел Госкорпорации
ui-office-kind-police = Подразделение миграционной полиции
ui-office-kind-cc = Единый контакт-центр (1414)
ui-setup-office-code = Код подразделения (1–9999, уникальный)
ui-setup-office-name = Наименование подразделения на казахском языке
ui-setup-office-name-ru = Наименование подразделения на русском языке
ui-setup-office-number = Номер отдела (как на формах)
ui-setup-office-address = Адрес на казахском языке
ui-setup-office-address-ru = Адрес на русском языке
ui-setup-office-phone = Телефон
ui-setup-admin = Первый администратор
ui-setup-admin-login = Логин
ui-setup-admin-name = ФИО
ui-setup-admin-password = Пароль (не менее 8 знаков)
ui-setup-create = Создать
ui-login-title = Вход
ui-login-login = Логин
ui-login-password = Пароль
ui-login-submit = Войти
ui-login-wrong = Неверный логин или пароль. Осталось попыток до блокировки: { $left }.
ui-login-locked = Учетная запись заблокирована после трех неудачных попыток до { $until }.
ui-login-disabled = Учетная запись отключена.
ui-queue-title = Очередь
ui-queue-issue = Выдать талон
ui-queue-call-next = Вызвать следующего
ui-queue-current = Обслуживается талон { $ticket }
ui-queue-waiting = Ожидают: { $count }
ui-queue-ticket = Талон { $ticket } — ожидает { $waited }
ui-queue-end = Завершить обслуживание
ui-queue-breach-reason = Причина превышения срока
ui-queue-breach-save = Записать
ui-queue-breach-recorded = Превышение записано: { $reason }
ui-timer-wait = Ожидание
ui-timer-service = Обслуживание
ui-timer-ok = в пределах срока
ui-timer-warning = { $percent } % срока
ui-timer-breach = срок превышен
ui-cases-search = Номер дела, ИИН или фамилия
ui-cases-find = Найти
ui-cases-prev = Назад
ui-cases-next = Далее
ui-cases-page = Страница { $page }
ui-case-back = К списку
ui-case-events = Ход дела
ui-case-print = Печать формы
ui-case-printed = Сохранено: { $path }
ui-case-open = Открыть
ui-nav-intake = Прием
ui-intake-step-applicant = Заявитель
ui-intake-step-documents = Документы
ui-intake-step-destination = Выезд
ui-intake-step-children = Дети
ui-intake-step-relatives = Родственники
ui-intake-step-activity = Деятельность за 5 лет
ui-intake-step-family = Семья, пошлина, согласия
ui-f-surname = Фамилия
ui-f-given = Имя
ui-f-patronymic = Отчество (при наличии)
ui-f-former = Прежние ФИО (через запятую)
ui-f-iin = ИИН
ui-f-birth-date = Дата рождения (ДД.ММ.ГГГГ)
ui-f-birth-place = Место рождения
ui-f-nationality = Национальность
ui-f-residence = Постоянное место жительства
ui-f-phone-mobile = Сотовый телефон
ui-f-phone-home = Домашний телефон
ui-f-passport-no = № паспорта
ui-f-passport-date = Паспорт выдан (ДД.ММ.ГГГГ)
ui-f-id-no = № удостоверения личности
ui-f-id-date = Удостоверение выдано (ДД.ММ.ГГГГ)
ui-f-country = Страна выезда
ui-f-address = Адрес регистрации, с которого снимается
ui-f-doc-lang = Язык печатных форм
ui-f-one-parent = Выезжает с одним из родителей
ui-f-other-parent = Второй родитель (ФИО)
ui-f-full-name = ФИО
ui-f-birth-year = Год рождения
ui-f-rel-address = Страна и адрес
ui-f-workplace = Место работы
ui-f-from-year = Год поступления
ui-f-to-year = Год увольнения (пусто: по настоящее время)
ui-f-position = Должность
ui-f-organisation = Предприятие, учреждение
ui-f-secrets = Допуск к государственным секретам
ui-f-relationship = Степень родства
ui-f-fee-date = Пошлина уплачена (ДД.ММ.ГГГГ)
ui-f-fee-amount = Уплачено, тенге
ui-f-gateway = Оплачено через платежный шлюз электронного правительства
ui-f-warning = Предупрежден(а) об ответственности за ложные сведения (подписано)
ui-f-consent = Согласие на использование охраняемой законом тайны (подписано)
ui-intake-child = Ребенок { $n }
ui-intake-relative = Родственник { $n }
ui-intake-job = Место работы { $n }
ui-intake-dependant = Иждивенец { $n }
ui-intake-remove = Удалить
ui-intake-add-child = Добавить ребенка
ui-intake-add-relative = Добавить родственника
ui-intake-add-job = Добавить место работы
ui-intake-add-dependant = Добавить иждивенца, остающегося в Казахстане
ui-intake-dependants = Члены семьи на иждивении, остающиеся в Казахстане
ui-intake-fee = Государственная пошлина
ui-intake-consents = Подписи
ui-intake-checklist = Необходимые документы
ui-intake-paper = на бумаге
ui-intake-court = решение суда
ui-intake-fee-due = Пошлина на сегодня: { $tenge } тенге
ui-intake-accept = Принять (приложение 4)
ui-intake-refuse = Отказать в приеме (приложение 5)
ui-intake-fix-fields = Сначала исправьте поля, отмеченные красным.
ui-intake-done = Дело { $number }: { $status }.
ui-intake-new = Новый прием
ui-intake-date-format = Дата пишется ДД.ММ.ГГГГ.
ui-intake-number-format = Только цифры.
ui-where-kz = проживает в Казахстане
ui-where-abroad = за рубежом
ui-where-deceased = умер(ла)
ui-where-unknown = регистрация неизвестна (приложение 3)
ui-locked = Экран заблокирован ({ $name }). Введите пароль, чтобы продолжить; работа сохранена.
ui-unlock = Разблокировать
ui-nav-users = Пользователи
ui-users-active = активен
ui-users-disabled = отключен
ui-users-disable = Отключить
ui-users-enable = Включить
ui-users-add = Новый пользователь
ui-users-create = Добавить пользователя
ui-users-reset = Новый пароль для { $login }:
ui-users-reset-do = Установить пароль
ui-users-saved = Сохранено.
ui-queue-call-out = Вызвать вне очереди
ui-queue-out-reason = Причина вызова вне очереди
ui-queue-out-reason-needed = Стандарт не предусматривает ускоренного обслуживания: укажите причину вызова этого талона вне очереди.
ui-queue-no-show = Не явился
ui-queue-no-shows = Не явились по вызову
ui-queue-recall = Вызвать снова
ui-queue-manual-ticket = № талона из системы очереди
ui-queue-manual-time = Выдан в (ЧЧ:ММ)
ui-queue-manual-add = Добавить
ui-queue-manual-invalid = Укажите номер талона и время выдачи ЧЧ:ММ, не позже текущего.
event-intake_opened = начат прием
event-intake_updated = анкета исправлена
event-accepted = принято (приложение 4)
event-refused_at_intake = отказано в приеме (приложение 5)
event-conclusion_recorded = заключение согласующего органа
event-approved = одобрено, выдан документ (приложение 4-1)
event-refused = отказано (приложение 1-1)
event-military_certificate_received = справка о снятии с воинского учета
event-not_liable_for_military = не военнообязанный
event-residence_deregistered = снят(а) с регистрационного учета
event-decision_issued = оформлено решение (приложение 1)
event-handed_over = решение выдано
event-transferred_to_provider = передано услугодателю
event-corrected = исправление
ui-f-rel-country = Страна проживания
ui-f-marriage = Место регистрации брака
ui-f-deceased = Умер(ла)
ui-f-certificate = Свидетельство о смерти (№, дата)
ui-f-org-address = Адрес предприятия
ui-f-military = Воинская служба
ui-intake-filed-by = Кто подает
ui-f-by-applicant = сам заявитель
ui-f-by-parent = родитель
ui-f-by-guardian = опекун
ui-f-by-trustee = попечитель
ui-f-rep-name = ФИО представителя
ui-f-rep-doc = Документ, подтверждающий полномочия (№, дата, кем выдан)
ui-users-idle = Блокировать экран после стольких минут без ввода:
ui-users-idle-save = Сохранить
ui-users-idle-invalid = Укажите число минут от 1 до 240.
ui-setup-language = Язык интерфейса
ui-language-name = { $code ->
    [kk] Қазақша
    [ru] Русский
   *[en] English
}
store-not-permitted = Ваша роль ({ $role }) не позволяет это записать.
store-not-at-this-office = Этот шаг (заключения согласующих органов, одобрение и приложение 4-1, отказ по пункту 10, решение по приложению 1) записывает подразделение миграционной полиции; отдел Государственной корпорации принимает документы, отказывает в приеме, выдает результат и передает его услугодателю.
ui-act-review = Рассмотрение: заключения согласующих органов и решение
ui-act-positive = положительное
ui-act-negative = отрицательное
ui-act-reference = Реквизиты (№, дата)
ui-act-record-conclusion = Записать заключение
ui-act-grounds = Основания для отказа (пункт 10) и до какого времени
ui-act-until = до
ui-act-approve = Одобрить (приложение 4-1)
ui-act-refuse = Отказать (приложение 1-1)
ui-act-deregistration = Снятие с учета
ui-act-issuer = Кем выдана
ui-act-cert-number = № справки
ui-act-certificate = Получена справка о снятии с воинского учета
ui-act-not-liable = Не военнообязанный
ui-act-deregistered = Снят(а) с регистрационного учета
ui-act-decision = Оформить решение (приложение 1)
ui-act-certificate-overdue = Прошло 7 дней без справки о снятии с воинского учета: может быть вынесено уведомление об отказе (примечание к приложению 4-1).
ui-act-handover = Выдача решения
ui-act-to-representative = Представителю по нотариальной доверенности
ui-act-poa = № доверенности
ui-act-notary = Нотариус
ui-act-poa-date = Удостоверена (ДД.ММ.ГГГГ)
ui-act-hand-over = Выдать
ui-act-transfer = Не востребовано месяц: передать услугодателю
body-security = Комитет национальной безопасности
body-military = Департамент по делам обороны
body-tax = Органы государственных доходов
body-courts = Суды и исполнительное производство
body-prosecution = Прокуратура
ui-cases-mode-search = Поиск
ui-cases-mode-review = На рассмотрении
ui-cases-mode-board = Сроки
ui-cases-due = { $what }: { $due } (дней: { $left })
form-complaint-title = Подтверждение о принятии жалобы
form-complaint-number = Входящий №:
form-complaint-registered = Зарегистрирована:
form-complaint-from = От:
form-complaint-accepted-by = Приняла(л):
form-complaint-due = Ответ будет дан не позднее:
form-complaint-where = Мотивированный ответ направляется почтой либо выдается нарочно в { $office }, { $address }. Услугополучатель вправе обратиться в суд.
ui-nav-complaints = Жалобы
ui-complaint-new = Регистрация жалобы
ui-complaint-entity = От юридического лица
ui-complaint-entity-name = Наименование юридического лица
ui-complaint-bin = БИН
ui-complaint-address = Почтовый адрес
ui-complaint-outgoing = Исходящий №
ui-complaint-outgoing-date = Исходящая дата (ДД.ММ.ГГГГ)
ui-complaint-about = На кого
ui-complaint-about-provider = на должностное лицо услугодателя
ui-complaint-about-sc = на работника Госкорпорации
ui-complaint-to = Кому
ui-complaint-to-provider = руководителю услугодателя
ui-complaint-to-ministry = в Министерство
ui-complaint-to-sc = руководителю Госкорпорации
ui-complaint-to-quality = в уполномоченный орган по оценке качества
ui-complaint-text = Суть жалобы
ui-complaint-case = № дела (если есть)
ui-complaint-register = Зарегистрировать
ui-complaint-incomplete = Укажите заявителя (ФИО, ИИН или БИН, адрес; для юрлица исходящий № и дату), на кого и кому жалоба и ее суть.
ui-complaint-registered = Зарегистрирована под № { $number }; ответ не позднее { $due }. Подтверждение напечатано.
ui-complaint-register-title = Журнал жалоб
ui-complaint-answered = отвечено { $date }
ui-complaint-due = срок { $date }
ui-complaint-answer = Мотивированный ответ
ui-complaint-by-post = Направлен почтой (иначе выдан нарочно)
ui-complaint-answer-save = Записать ответ

## The deadline board's filters and the visits chart
ui-board-all-stages = Все этапы
ui-board-all-offices = Все отделения
ui-board-office = Отделение { $code }
ui-board-all-officers = Все сотрудники
ui-board-office-label = Отделение:
ui-board-officer-label = Сотрудник:
ui-board-chart = Посещения в пределах норм (ожидание { $wait } мин, обслуживание { $service } мин), последние { $days } дн.
ui-board-chart-empty = За эти дни обслуженных посещений нет.
ui-board-chart-row = { $day }  { $counter }
ui-board-chart-share = { $within } из { $served } ({ $percent } %)
ui-users-counter = Окно (рабочее место) этой станции:
ui-office-name-missing = Нужно наименование подразделения на казахском и на русском языке.
ui-office-address-missing = Нужен адрес на казахском и на русском языке.
ui-office-number-missing = Нужен номер отдела.
ui-office-phone-invalid = Номер телефона неверен.
ui-users-office = Подразделение (так оно печатается в формах)
ui-users-office-save = Сохранить подразделение
ui-users-counter-save = Сохранить окно
ui-users-counter-invalid = Укажите название или номер окна, не длиннее 20 символов.

## Annex 3 answers and home visits
tr-answer-incomplete = В ответе укажите лицо, о котором запрашивали, и номер ответа.
event-registration_answer_recorded = ответ на запрос (приложение 3)
event-taken_at_home = документы приняты на дому (п. 13)
event-document_presented = представлен документ, потребовавшийся по ответу на заявление по приложению 3
ui-act-annex3 = Ответ на запрос (приложение 3) о регистрации в Казахстане
ui-act-annex3-person = О ком запрашивали (ФИО, степень родства)
ui-act-annex3-registered = Зарегистрирован в Казахстане
ui-act-annex3-details = Адрес регистрации или содержание ответа
ui-act-annex3-reference = Номер ответа
ui-act-annex3-record = Записать ответ
ui-case-registered = зарегистрирован
ui-case-not-registered = не зарегистрирован
ui-case-taken-at-home = Документы приняты на дому у заявителя { $date } (заявка { $request }).
ui-nav-home-visits = Выезды на дом
ui-home-new = Заявка через контакт-центр (п. 13)
ui-home-phone = Телефон
ui-home-address = Адрес выезда
ui-home-reason = Причина (стойкое расстройство функций организма)
ui-home-register = Записать заявку
ui-home-list = Выезды на дом
ui-home-none = Заявок нет.
ui-home-name-words = Укажите как минимум фамилию и имя.
ui-home-address-needed = Укажите адрес выезда.
ui-home-reason-needed = Укажите причину выезда.
ui-home-day-invalid = День в виде ДД.ММ.ГГГГ.
ui-home-done = выполнено { $date }, дело { $case }
ui-home-scheduled = выезд { $date }
ui-home-unscheduled = не назначено
ui-home-details = Телефон { $phone }; причина: { $reason }
ui-home-day = День выезда:
ui-home-schedule = Назначить
ui-home-case = Дело, оформленное на дому:
ui-home-mark-done = Приём на дому выполнен
ui-home-registered = Заявка { $number } записана.
ui-home-scheduled-info = Заявка { $number }: выезд { $date }.
ui-home-done-info = Заявка { $number } выполнена; дело { $case } отмечено как принятое на дому.
store-conflict-home-visit-invalid = Заявка заполнена не полностью.
store-conflict-home-visit-unknown = Такой заявки нет.
store-conflict-complaint-unknown = Жалобы с таким номером нет.
store-conflict-complaint-answered = На эту жалобу уже дан ответ.
store-conflict-home-visit-past = День выезда не может быть в прошлом.
store-conflict-home-visit-done = Заявка уже выполнена.
store-conflict-home-visit-unscheduled = Сначала назначьте выезд.
store-conflict-home-visit-other-person = Это дело другого лица (ИИН не совпадает с заявкой).
ui-home-day-placeholder = ДД.ММ.ГГГГ
ui-case-leave-by = Выехать из Казахстана до { $date } (10 дней после снятия с регистрационного учёта, приложение 1).
ui-complaint-lang = Расписка на языке:
# A language named in itself, the same in every interface language.
ui-doc-lang-kk = қазақша
ui-doc-lang-ru = по-русски
ui-users-bodies = Согласующие органы, дающие заключения (через «;»):
ui-users-bodies-save = Сохранить органы
ui-users-bodies-invalid = Укажите хотя бы один согласующий орган.
ui-case-q-title = Анкета (приложение 2)
ui-case-q-born = Родился(ась) { $date }, { $place }; место жительства: { $residence }
ui-case-q-destination = Страна выезда: { $country }; снятие с учёта по адресу: { $address }
ui-case-q-children = Выезжающие дети: { $count ->
    [0] нет
   *[other] { $list }
}
ui-case-q-relatives = Близкие родственники ({ $count }): { $list }
ui-case-q-now = по н.в.
ui-case-q-secrets-yes = допуск к государственным секретам
ui-case-q-secrets-no = без допуска к государственным секретам
ui-act-correction = Исправить запись (исходная остаётся в журнале)
ui-act-correction-note = Что было неверно и как правильно
ui-act-correction-record = Записать исправление
ui-case-corrected = Запись №{ $seq } ({ $what }) исправлена: { $note }
ui-act-uncollected = Не получено: месяц хранения истёк { $date }. Передайте решение услугодателю.

# Sync
cli-sync-bad-plan = План развёртывания неверен: { $error }
cli-sync-provision-nothing = Нечего делать: укажите --server-config (с --credentials) и/или --url.
cli-sync-credentials-needed = Для --server-config нужен --credentials: куда записать созданные пароли.
cli-sync-config-written = Конфигурация сервера записана в { $config }; учётные данные в { $credentials } (храните в тайне, каждому подразделению — свои).
cli-sync-password-needed = Нужен пароль администратора: --password или EMIGRATION_NATS_PASSWORD.
cli-sync-provision-failed = Подготовка сервера не удалась: { $error }
cli-sync-provisioned = Поток { $stream } готов; получатели: { $consumers }; хранилище статусов контакт-центра { $bucket } готово.
cli-sync-route-needs-office = Укажите код подразделения полиции или --remove.
cli-sync-route-saved = Маршрут сохранён.
cli-sync-configured = Настройки синхронизации сохранены; они действуют при запуске программы.
cli-write-failed = Не удалось записать { $path }: { $error }
sync-problem-no-url = Укажите хотя бы один адрес сервера.
sync-problem-bad-url = Адрес сервера начинается с nats:// или tls:// и не содержит пробелов.
sync-problem-workstation = Имя рабочего места: 1–16 строчных латинских букв или цифр.
sync-problem-block = Блок номеров — цифра от 0 до 9.
sync-problem-credentials = Укажите пользователя и пароль, nkey или сертификат клиента.
sync-problem-half-certificate = Для сертификата клиента нужны и файл сертификата, и файл ключа.
sync-problem-missing-file = Такого файла нет.
sync-problem-nkey = Секретный ключ NATS начинается с букв SU.
sync-problem-status-secret = Секрет статусов — шестнадцатеричная строка из файла учётных данных хаба (не менее 32 знаков).
store-conflict-route-invalid = Коды подразделений — числа 1–9999.
store-conflict-note-empty = Напишите примечание: что решено и почему.
store-conflict-conflict-settled = Этот конфликт уже урегулирован.
ui-nav-sync = Синхронизация
sync-settings = Подключение к серверу синхронизации
sync-enabled = Синхронизировать с другими подразделениями
sync-urls = Адреса серверов (через запятую)
sync-user = Пользователь
sync-password = Пароль
sync-nkey = Или секретный ключ NATS (nkey, начинается с SU)
sync-cert = Сертификат клиента (файл .pem)
sync-key = Закрытый ключ клиента (файл .pem)
sync-ca = Центр, выдавший сертификат сервера (файл .pem, для TLS)
sync-workstation = Имя рабочего места для синхронизации
sync-block = Блок номеров дел (0–9)
sync-status-secret = Секрет ключей статуса (hex, из учётных данных хаба)
sync-save = Сохранить и переподключиться
sync-saved = Сохранено. Синхронизация перезапущена с этими настройками.
sync-routes = Маршруты: какое подразделение полиции рассматривает дела какого отдела
sync-route = Отдел { $sc } → подразделение полиции { $police }
sync-route-remove = Удалить
sync-route-sc = Код отдела
sync-route-police = Код подразделения полиции
sync-route-add = Добавить маршрут
sync-waiting-title = Ещё не доставлено ({ $n })
sync-no-receipt = отправлено, подтверждения нет
sync-not-sent = ждёт отправки
sync-waiting-row = { $number }: { $event } → подразделение { $office }, { $state }, попыток { $attempts } { $error }
sync-parked-title = Отложено: не удалось применить ({ $n })
sync-parked-row = { $number }, событие { $seq } от подразделения { $office }: { $error }
sync-quarantine-title = Карантин: нечитаемые сообщения ({ $n })
sync-quarantine-row = { $at } { $subject }: { $reason }
sync-retry = Повторить отложенные и карантин (после обновления или исправления)
sync-conflicts-title = Конфликты для руководителя ({ $n })
sync-conflict-row = { $number }, запись { $seq }: здесь «{ $local }», подразделение { $office } «{ $remote }»
sync-conflict-resolved = урегулировал { $by }: { $note }
sync-conflict-note = Что решено
sync-conflict-resolve = Урегулировать
sync-status-waiting = · { $n } ждут отправки (старейшее { $minutes } мин) · { $unreceipted } без подтверждения
sync-status-issues = · отложено { $parked }, карантин { $quarantined }, конфликтов { $conflicts }
sync-status-off = Синхронизация: выключена — рабочее место работает автономно; изменения сохраняются для отправки { $waiting }
sync-status-starting = Синхронизация: запуск { $waiting }
sync-status-online = Синхронизация: на связи
sync-status-offline = Синхронизация: нет связи — работа продолжается, изменения ждут
sync-status-last-error = · последняя ошибка: { $error }
sync-blocked-permission = Синхронизация ЗАБЛОКИРОВАНА: сервер отказал в правах — вызовите администратора
sync-blocked-authorization = Синхронизация ЗАБЛОКИРОВАНА: сервер не принял учётные данные — вызовите администратора
sync-blocked-consumer = Синхронизация ЗАБЛОКИРОВАНА: очереди этого рабочего места на сервере нет или она недоступна — вызовите администратора
sync-blocked-stuck = Синхронизация ЗАБЛОКИРОВАНА: сервер раз за разом отклоняет одно изменение; следующие ждут за ним — вызовите администратора
tr-certificate-on-record = Справка о снятии с воинского учёта получена: направление исполнено, отказ по нему невозможен.
tr-not-liable-on-record = Услугополучатель записан как не военнообязанный: справка не ожидается, и отказа за ее непредставление не бывает.
tr-direction-still-valid = Направление действительно до { $until }: отказ за непредставление справки о снятии с воинского учёта возможен только после этого дня.
tr-wrong-validity = По правилам дела направление действительно до { $until }.
tr-no-term = Правила дела не устанавливают для этого срока.
form-refused = Приложение { $annex } не оформляется по делу в состоянии: { $status }. Ничего не напечатано и не записано.
form-refused-office = Приложение { $annex } — расписка Государственной корпорации (пункт 10 стандарта): подразделение миграционной полиции записывает отказ в приеме документов и недостающие документы, но приложение { $annex } не оформляет. Ничего не напечатано.
form-refused-a3 = Приложение 3 — заявление о лице, чья регистрация неизвестна (пункт 9): в анкете такого лица нет (второго родителя ребенка или иждивенца). Ничего не напечатано.
store-already-committed = Эта анкета уже принята как дело { $number }: откройте это дело, чтобы напечатать расписку.
desk-not-possible = «{ $action }» сейчас по этому делу невозможно.
desk-action-approve = Одобрить (приложение 4-1)
desk-incomplete-body = Выберите орган, чьё это заключение.
desk-incomplete-certificate = Для справки нужны выдавший орган и номер.
ui-act-valid-until = Направление будет действительно до { $date }.
ui-act-certificate-overdue-since = Направление было действительно до { $date }, справка о снятии с воинского учёта не представлена: откажите по основаниям пункта 10.
ui-case-no-forms = По этому делу пока не оформляется ни одна форма.
ui-case-print-lang = Формы печатаются на языке заявителя: { $lang }.
ui-case-annex = Приложение { $annex }
ui-intake-receipt-failed = Дело сохранено, но расписку записать не удалось: { $error }. Откройте дело и напечатайте расписку оттуда.
ui-task-failed = Действие не выполнено из-за внутренней ошибки; подробности в журнале. Больше ничего не потеряно: повторите.
ui-complaint-confirmation-failed = Жалоба { $number } зарегистрирована, но подтверждение записать не удалось: { $error }.
cli-receipt-failed = Дело сохранено, но расписку записать не удалось: { $error }. Напечатайте её командой print 4 (или 5) --case НОМЕР -o ФАЙЛ.
cli-bad-date = «{ $date }» — не дата: пишите ГГГГ-ММ-ДД.
cli-bad-ground = «{ $ground }» — не основание: пишите --ground N=ДО, например --ground 7=вступления в силу решения суда.
cli-recorded = Дело { $number }: записано «{ $what }». Сейчас: { $status }.
cli-nothing = нет
cli-next-actions = Сейчас возможно: { $actions }
cli-printable-forms = Сейчас оформляются формы: { $forms }
cli-complaint-registered = Жалоба { $number } (id { $id }) зарегистрирована; ответ до { $due }. Подтверждение: { $path }
cli-complaint-answered = Ответ на жалобу { $number } записан.
desk-incomplete-entry = В журнале дела нет такой записи.
clock-bad-zone = Часовой пояс рабочего места «{ $zone }» — не смещение вида +05:00.
desk-incomplete-office = Заполните все поля об офисе и о первом администраторе.
desk-invalid-office-phone = Телефон офиса — не казахстанский номер.
ground-0 = не { $sex ->
        [male] представил
        [female] представила
       *[other] представил(а)
    } в течение 7 календарных дней справку о снятии с воинского учета (в случае отношения к воинской обязанности) (примечание к приложению 4-1, пункт 10)
tr-documents-outstanding = Ответ на запрос (приложение 3) сообщает, что лицо зарегистрировано в Казахстане: сначала нужно представить документы ({ $count }) — соглашение, согласие или решение суда.
tr-unknown-person = В анкете нет такого лица для ответа на запрос (приложение 3).
tr-not-outstanding = Этот документ от этого лица не ожидается.
tr-conclusions-missing = Для одобрения нужно заключение каждого согласующего органа (или причина, по которой он не запрашивался). Нет: { $bodies }.
tr-ground-not-here = Это основание отказа не применяется на этой стадии дела.
tr-storage-not-ended = Решение хранится до { $until }; передаётся услугодателю после этого срока.
desk-incomplete-not-asked = Напишите, почему орган не запрашивался.
cli-bad-subject = Укажите лицо как dependant:N или other-parent:N (строки с 1), а не «{ $subject }».
ui-act-not-asked = Не запрашивался
ui-act-not-asked-reason = Почему орган не запрашивался
ui-act-not-asked-because = не запрашивался: { $reason }
ui-act-awaiting = Для одобрения нужны заключения: { $bodies }
ui-act-present = Снова требуется по ответу на запрос (приложение 3)
ui-act-presented = Представлено
ui-act-court-decision = Вместо него решение суда
ui-act-until-detail = до { $until }; уточнение по делу (необязательно):
ui-act-detail = Уточнение по делу (необязательно):
fee-no-mci = Пошлина уплачена { $date } — на этот день в таблице МРП нет значения: сумма к уплате неизвестна, платёж нельзя засчитать. Импортируйте МРП этого года (rules import mci) или примите платёж при известном МРП.
holiday-01-01 = Новый год
holiday-01-02 = Новый год
holiday-01-07 = Православное Рождество
holiday-03-08 = Международный женский день
holiday-03-15 = День Конституции
holiday-03-21 = Наурыз мейрамы
holiday-03-22 = Наурыз мейрамы
holiday-03-23 = Наурыз мейрамы
holiday-05-01 = Праздник единства народа Казахстана
holiday-05-07 = День защитника Отечества
holiday-05-09 = День Победы
holiday-07-06 = День столицы
holiday-08-30 = День Конституции
holiday-10-25 = День Республики
holiday-12-01 = День Первого Президента
holiday-12-16 = День Независимости
holiday-12-17 = День Независимости
holiday-weekend = выходной день
holiday-transfer = выходной день, перенесённый постановлением Правительства
holiday-religious = Курбан айт
holiday-moved = праздник, перенесённый с выходного
deadline-moved-from = перенесено с { $date } ({ $why })
form-none = нет
form-page = стр. { $n } из { $total }
form-a2-rel-spouse = { $sex ->
        [male] супруг
        [female] супруга
       *[other] супруг(а)
    }
form-a2-rel-former-spouse = { $sex ->
        [male] бывший супруг
        [female] бывшая супруга
       *[other] бывший(ая) супруг(а)
    }
form-a3-dependant = иждивенец
form-whom-applicant = услугополучатель { $name }
form-whom-representative = представитель услугополучателя { $name }
form-whom-child = ребёнок { $name }
form-whom-other-parent = { $name }, второй родитель { $count ->
        [1] ребёнка
       *[other] детей
    } ({ $children })
form-whom-dependant = иждивенец { $name }
problem-unknown-country = Выберите страну из списка.
problem-destination-kz = Страной выезда не может быть Казахстан.
problem-unknown-nationality = Выберите национальность из списка.
problem-unknown-relationship = Выберите степень родства из списка.
rel-grandfather = дедушка
rel-grandmother = бабушка
rel-grandson = внук
rel-granddaughter = внучка
rel-brother = брат
rel-sister = сестра
rel-stepfather = отчим
rel-stepmother = мачеха
rel-stepson = пасынок
rel-stepdaughter = падчерица
cli-login-required = Войдите: --user ЛОГИН (или EMIGRATION_DESK_USER), пароль — в EMIGRATION_DESK_PASSWORD или на стандартном вводе.
cli-login-wrong = Неверный логин или пароль; попыток до блокировки: { $left }.
cli-login-disabled = Этот пользователь отключён.

# Backups and restore (db backup, db restore, the daily backup).
backup-error-io = Не удалось использовать { $path }: { $error }
backup-error-damaged = { $path } не прошёл проверку целостности: { $problems }
backup-error-store-exists = В каталоге данных { $dir } уже есть база: резервная копия восстанавливается только в каталог без неё. Ничего не изменено.
backup-error-not-a-backup = { $path } — не резервная копия базы этой программы: { $detail }
backup-error-no-dir = Каталог резервных копий не задан: укажите его (db backup КАТАЛОГ) или настройте автоматические копии (db backup-policy --dir КАТАЛОГ).
cli-backup-done = Резервная копия записана и проверена: { $path }
cli-backup-pruned = Удалена старая резервная копия: { $path }
cli-restore-done = { $file } восстановлен в { $path }.
cli-backup-policy = Ежедневные резервные копии в { $dir }, хранятся { $days } дн.
cli-backup-policy-off = Автоматических резервных копий нет (каталог не задан).
cli-backup-last = Последняя резервная копия: { $at } — { $path }
cli-backup-never = Резервных копий ещё не было.
ui-users-backup = Резервные копии
ui-users-backup-dir = Каталог резервных копий (абсолютный путь, лучше на другом диске; пусто — без автоматических копий):
ui-users-backup-dir-save = Сохранить каталог копий
ui-users-backup-dir-invalid = Каталог резервных копий должен быть абсолютным путём к каталогу, в который программа может писать.
ui-users-backup-keep = Хранить резервные копии столько дней:
ui-users-backup-keep-save = Сохранить срок хранения
ui-users-backup-keep-invalid = Укажите число дней от 1 до 3650.
ui-users-backup-now = Сделать копию сейчас
ui-users-backup-file = Файл: { $path }
ui-backup-last = Последняя резервная копия: { $at } ({ $age })
ui-backup-never = Последняя резервная копия: не было
ui-backup-off = Автоматических резервных копий нет: каталог копий задаёт администратор.
ui-backup-running = Идёт резервное копирование…
ui-backup-failed = Резервное копирование не удалось: { $error }
ui-backup-age-minutes = { $n } мин назад
ui-backup-age-hours = { $n } ч назад
ui-backup-age-days = { $n } дн. назад
err-id-placeholder = Это заглушка, а не выданный номер (одна цифра двенадцать раз).
problem-bad-characters = Управляющие символы, переводы строки и невидимые знаки направления здесь не допускаются.
problem-applicants-own-iin = Это ИИН самого заявителя, а не ребёнка.
problem-same-iin-twice = Этот ИИН уже указан для другого ребёнка.
problem-amount-too-large = Сумма не может превышать { $max } ₸.
problem-date-too-early = Дата ранее 1900 года неправдоподобна.
problem-signed-before-birth = Подписано до рождения услугополучателя.
cli-input-too-large = { $path } больше { $max } МБ: такие файлы программа не читает.
cli-no-store = По пути { $path } нет хранилища: сначала настройте рабочее место командой `init` (или укажите --data-dir).
cli-empty-store = Файл базы данных { $path } пуст: данные утрачены. Восстановите его из резервной копии (db restore); заново он не создаётся.
store-open-case-exists = У услугополучателя уже есть открытое дело { $number }. Чтобы всё же принять второе дело, подтвердите это (в окне — нажмите «Принять» ещё раз; в командной строке — --second-case).
store-encrypted = База данных зашифрована, и этот ключ её не открывает: войдите под пользователем этого рабочего места.
store-in-use = База данных открыта другой программой во время шифрования: закройте другие окна программы и войдите снова.
store-damaged = Проверка данных { $since } нашла эту базу повреждённой: новые дела и шаги не записываются, пока не восстановлена резервная копия (db restore) или проверка снова не признает её исправной (db check).
keys-missing = Файл ключевых слотов { $path } отсутствует: без него зашифрованное хранилище не открыть. Восстановите его из резервной копии (он лежит рядом с каждым файлом копии).
keys-damaged = Файл ключевых слотов { $path } повреждён. Восстановите его из резервной копии.
keys-io = Не удаётся использовать файл ключевых слотов { $path }: { $error }
keys-crypto = Сбой библиотеки шифрования; подробности в журнале.
cli-recovery-code = Код восстановления (показывается один раз; распечатайте или запишите его и храните в сейфе отделения — он открывает данные всех граждан):
    { $code }
cli-recovered = Код восстановления открыл хранилище: у { $login } новый пароль, вход возможен. Сейчас же создайте новый код восстановления (db recovery-code).
cli-slots-plain = Хранилище ещё не зашифровано: это произойдёт при следующем входе.
cli-slot-user = ключевой слот: { $login }
cli-slot-recovery = код восстановления: создан
cli-slot-no-recovery = код восстановления: нет (создайте: db recovery-code)
store-conflict-store-plain = Хранилище ещё не зашифровано: сначала войдите снова.
store-conflict-recovery-code-wrong = Этот код восстановления не открывает хранилище.
cli-user-password = Для { $login } установлен новый пароль; ключевой слот пользователя запечатан заново.
cli-user-disabled = { $login } больше не может войти: ключевой слот пользователя удалён.
cli-user-enabled = { $login } сможет войти снова после установки нового пароля (user password).
ui-keys = Шифрование хранилища
ui-keys-plain = Хранилище ещё не зашифровано: это произойдёт при следующем входе.
ui-keys-who = Зашифровано. Открывается паролем пользователей: { $logins }.
ui-keys-recovery-made = Код восстановления создан (хранится на бумаге в сейфе отделения).
ui-keys-recovery-none = Кода восстановления нет: если все пароли забыты, данные не открыть. Создайте его.
ui-keys-recovery-make = Создать новый код восстановления
ui-keys-recovery-shown = Запишите или распечатайте этот код сейчас и храните его в сейфе отделения. Он показывается один раз, заменяет прежний код и открывает данные всех граждан:
ui-keys-recovery-hide = Я записал(а) код
cli-read-only = Каталог данных { $dir } недоступен для записи (диск только для чтения или нет прав). Каждый вход и каждый просмотр записываются в журнал аудита хранилища, поэтому работать с ним отсюда нельзя: дайте этому пользователю право записи в каталог или восстановите резервную копию в другом месте. `db check` работает с ним только на чтение.
cli-db-check-read-only = Каталог данных { $dir } недоступен для записи: проверено только на чтение (ничего не изменено и не записано).
cli-login-wrong-read-only = Неверный логин или пароль (в каталоге только для чтения попытки не учитываются).
store-conflict-read-only-old-schema = Хранилище записано более старой версией и требует обновления, для которого нужен каталог данных с правом записи.
store-bad-login = «{ $login }» не может быть логином: используйте от 1 до 64 латинских букв, цифр, «.», «_» или «-» (без пробелов и кириллицы).
sync-quarantine-bounds = В карантине { $kept } МиБ из не более { $quota } МиБ ({ $per_office } МиБ на отделение); сообщений, чьи данные отброшены (слишком большие или сверх квоты): { $dropped }; записей удалено через { $days } дней или сверх числа: { $expired }.
cli-case-already-imported = Эта анкета (её --draft-id) уже импортирована как дело { $number }: ничего не сделано.
ui-unlock-wrong = Неверный пароль. Осталось попыток до блокировки: { $left }.
cli-user-unlocked = { $login } снова может войти (блокировка снята; пароль прежний).
ui-users-unlock = Разблокировать
ui-confirm-yes = Подтвердить (Enter)
ui-confirm-no = Вернуться (Esc)
ui-confirm-accept = Принять анкету? Делу присваивается номер, обслуживание завершается, печатается расписка (приложение 4) с датой явки. Отменить нельзя.
ui-confirm-refuse-intake = Отказать в приеме? Печатается расписка об отказе (приложение 5) с перечнем недостающих документов, обслуживание завершается. Отменить нельзя.
ui-confirm-approve = Согласовать? Выдается направление на снятие с регистрационного учета (приложение 4-1) на установленный срок. Отменить нельзя.
ui-confirm-refuse-review = Отказать по отмеченным основаниям? Выдается уведомление об отказе (приложение 1-1). Отменить нельзя.
ui-confirm-decision = Вынести решение о разрешении выезда на ПМЖ (приложение 1)? Отменить нельзя.
ui-confirm-hand-over = Отметить, что решение выдано? Отменить нельзя.
ui-confirm-transfer = Передать невостребованное решение услугодателю? Отменить нельзя.
ui-confirm-no-show = Отметить, что вызванный не явился? Талон закрывается.
ui-intake-date-no-such-day = Такой даты нет: { $date }.
ui-intake-come-back = Явиться за результатом { $date }.
ui-intake-missing = Недостающие документы:
ui-intake-to-case = Открыть дело
sync-status-unreceipted = · { $unreceipted } без подтверждения
ui-f-phone-work = Рабочий телефон
ui-f-postal-code = Почтовый индекс (например, Z05H9E8)
ui-intake-fix-fields-in = Нужно исправить поля на шагах: { $steps } (отмечены ⚠).
ui-known-title = Известно из дела № { $case }:
ui-known-facts = { $name }, дата рождения { $born }, документ { $document }
ui-known-fill = Заполнить (Enter)
ui-known-ignore = Не заполнять (Esc)
desk-incomplete-breach-reason = Превышен срок этого посещения: укажите причину до окончания обслуживания.
ui-intake-breach-reason = Посещение превысило срок. Почему?
ui-case-annex-named = Приложение { $annex }: { $name } — { $lang }
ui-annex-name-1 = решение о выезде
ui-annex-name-1-1 = отказ в выезде
ui-annex-name-2 = анкета
ui-annex-name-3 = запрос в орган внутренних дел
ui-annex-name-4 = расписка о приёме документов
ui-annex-name-4-1 = направление на снятие с регистрации
ui-annex-name-5 = расписка об отказе в приёме документов
ui-print-lang-kk = на казахском
ui-print-lang-ru = на русском
ui-case-visits = Посещение
ui-case-visit = Талон { $ticket }, { $day }: выдан { $issued }, вызван { $called }, обслуживание окончено { $ended }
ui-case-visit-breach = { $timer }: срок превышен — { $reason }
ui-cases-col-number = Номер дела
ui-cases-col-iin = ИИН
ui-cases-col-name = Заявитель
ui-cases-col-status = Состояние
ui-cases-col-due = Ближайший срок
report-title = Отчёт об оказании услуги
report-col-what = Показатель
report-col-count = Количество
report-all-offices = все подразделения
report-from = С
report-to = По
report-offices = Подразделения
report-intake = Заявления
report-accepted-sc = Принято в Госкорпорации
report-accepted-provider = Принято в миграционной полиции
report-refused-at-intake = Отказано в приёме (приложение 5)
report-missing-item = Отказано за отсутствием п. { $item }
report-review = Рассмотрение и решения
report-approved = Согласовано (приложение 4-1)
report-refused = Отказано (приложение 1-1)
report-ground = из них по п. 10 подп. { $ground }
report-ground-note = из них за непредставление справки (примечание приложения 4-1)
report-still-under-review = На рассмотрении на конец периода
report-decisions = Вынесено решений (приложение 1)
report-handed-applicant = Выдано заявителю
report-handed-representative = Выдано представителю
report-transferred = Передано услугодателю после месяца хранения
report-timeliness = Сроки по этапам
report-col-stage = Этап
report-col-finished = Завершено
report-col-in-time = В срок
report-col-in-time-percent = В срок, %
report-col-median-days = Медиана, дней
report-col-p90-days = 90-й процентиль, дней
report-col-overdue = Просрочено сейчас
report-col-overdue-median = Дней просрочки, медиана
report-col-overdue-max = Дней просрочки, наибольшее
report-counter = Приём посетителей
report-counter-days = Приём по дням
report-col-counter = Окно (оператор)
report-col-day = День
report-col-visits = Посещений
report-col-within-wait = Ожидание в пределах срока, %
report-col-within-service = Обслуживание в пределах срока, %
report-col-wait-median = Ожидание, медиана мин
report-col-wait-p90 = Ожидание, 90-й проц. мин
report-col-service-median = Обслуживание, медиана мин
report-col-service-p90 = Обслуживание, 90-й проц. мин
report-all-counters = Все окна
report-breaches = Превышения сроков по причинам
report-col-reason = Причина
report-no-reason = (причина не указана)
report-complaints = Жалобы и выезды на дом
report-complaints-registered = Зарегистрировано жалоб
report-complaints-in-time = Рассмотрено в срок (5 / 15 рабочих дней)
report-complaints-late = Рассмотрено с нарушением срока
report-complaints-overdue = Не рассмотрено, просрочено
report-home-requested = Заявок на выезд на дом
report-home-done = Выездов выполнено
report-home-overdue = Выездов просрочено
report-chart-visits = Посещений в день
report-chart-in-time = Этапы, завершённые в срок, %
report-bad-period = Период заканчивается раньше, чем начинается.
cli-report-written = Отчёт за { $from } – { $to } записан в { $path }.
cli-bad-format = Неизвестный формат «{ $format }»: json, csv, xlsx или pdf.
ui-nav-reports = Отчёты
ui-report-from = С (ДД.ММ.ГГГГ)
ui-report-to = По (ДД.ММ.ГГГГ)
ui-report-this-office = Это подразделение
ui-report-all-offices = Все подразделения
ui-report-make = Составить отчёт
ui-report-export = Сохранить как
ui-report-dates = Укажите обе даты как ДД.ММ.ГГГГ.
report-period = Период и подразделения
app-comment = Рабочее место ЦОН и миграционной полиции: приём, расписки, рассмотрение и решения
app-generic-name = Заявления на выезд на постоянное место жительства
app-keywords = выезд;ПМЖ;эмиграция;приём;расписка;
app-description-1 = Рабочее место сотрудника ЦОН и миграционной полиции для заявлений на выезд из Казахстана на постоянное место жительства по стандарту государственной услуги.
app-description-2 = Очередь с нормами времени, анкета и перечень документов по ней, расписки, рассмотрение с согласующими органами, решения и жалобы; данные хранятся на рабочем месте в зашифрованном виде и синхронизируются с другими офисами.
about-open = О программе
about-close = Закрыть
about-version = Версия { $version }, сборка из коммита { $commit } от { $date }
about-licence = Лицензия: { $licence } (текст ниже)
about-data-dir = Данные на этом рабочем месте: { $path }
about-data-dir-unknown = Каталог данных ещё не определён.
about-logs = Журналы: { $path }
about-backups = Автоматические резервные копии: в каталог, который администратор задаёт на вкладке «Пользователи» (пока он не задан — нет); `db backup КАТАЛОГ` делает копию в любом каталоге.
about-fonts = Шрифты: DejaVu
sync-status-server = (сервер { $server })

## The printed forms: the act's own words (tests/data/forms holds them as
## the act gives them; every line of a message is one line of the form,
## { $x } its blanks).

form-kind = Форма
form-stamp = М.П.
form-citizen = { $sex ->
        [male] гражданину
        [female] гражданке
       *[other] гражданину(ке)
    }
form-citizen-of = { $sex ->
        [male] гражданина
        [female] гражданки
       *[other] гражданина(ки)
    }
form-cap-fio-shown = (указать фамилию, имя, отчество (при его наличии))
form-cap-fio-open = (фамилия, имя, отчество (при его наличии))
form-cap-official = (фамилия, имя, отчество (при его наличии)/подпись должностного лица подразделения миграционной службы)
form-executor = Исполнитель: { $name }
form-phone = Телефон { $phone }
form-received = Получил: { $name }
form-month-1 = января
form-month-2 = февраля
form-month-3 = марта
form-month-4 = апреля
form-month-5 = мая
form-month-6 = июня
form-month-7 = июля
form-month-8 = августа
form-month-9 = сентября
form-month-10 = октября
form-month-11 = ноября
form-month-12 = декабря

form-a1-heading =
    Приложение 1
    к стандарту государственной услуги
    "Оформление документов на выезд
    за пределы Республики Казахстан
    на постоянное место жительства"
form-a1-title = Решение об оформлении документов на выезд за пределы Республики Казахстан на постоянное место жительства
form-a1-grant =
    В связи с оформлением документов на выезд на постоянное место жительства в { $country }
    { $citizen } { $name }
form-a1-cap-country = (указать страну выезда)
form-a1-permitted = разрешен выезд за пределы Республики Казахстан на постоянное место жительства.
form-a1-children = { $sex ->
        [male] С ним
        [female] С ней
       *[other] С ним (ней)
    } выезжают дети: { $children }.
form-a1-cap-children = (указать фамилию, имя, отчество (при его наличии), дату рождения)
form-a1-go = {""}
form-a1-note = Примечание: Гражданам Республики Казахстан необходимо осуществить выезд в течение 10 дней с момента снятия с регистрационного учета по месту жительства. В противном случае наступает ответственность за проживание без регистрации в соответствии со статьей 492 Кодекса Республики Казахстан от 5 июля 2014 года "Об административных правонарушениях". В случае невозможности выезда в указанный срок необходимо восстановить регистрацию по месту жительства.
form-a1-phone = Телефон { $phone } "___" __________ 20__ года
form-a1-cap-received = (фамилия, имя, отчество (при его наличии)/подпись услугополучателя)
form-a1-received-on = "___" __________ 20__ года

form-a11-heading =
    Приложение 1-1
    к стандарту государственной услуги
    "Оформление документов на выезд
    за пределы Республики Казахстан
    на постоянное место жительства"
form-a11-title = Уведомление об отказе в оказании государственной услуги
form-a11-before-grounds =
    Уведомляем { $name }
    об отказе в оказании государственной услуги "Оформление документов на выезд за пределы Республики Казахстан на постоянное место жительства" в связи с основаниями, предусмотренными пунктом 10 настоящего стандарта государственной услуги, а именно:
form-a11-ground = { $ground } – до { $until }
form-a11-after-grounds = {""}
form-a11-court = В случаях несогласия с результатами оказанной государственной услуги услугополучатель вправе обратиться в суд в установленном законодательством Республики Казахстан порядке.
form-a11-made-two = Уведомление составлено в 2 экземплярах, по одному для каждой стороны.
form-a11-cap-received = (фамилия, имя, отчество (при его наличии)/подпись услугополучателя)
form-a11-received-on = "___" __________ 20__ года

form-a2-heading =
    Приложение 2
    к стандарту государственной услуги
    "Оформление документов на выезд
    за пределы Республики Казахстан
    на постоянное место жительства"
form-a2-title = АНКЕТА-ЗАЯВЛЕНИЕ
form-a2-cap-name = (фамилия, имя, отчество (при его наличии))
form-a2-cap-former = (если имели другие фамилию, имя, отчество, укажите их)
form-a2-cap-birth = (дата и место рождения)
form-a2-cap-residence = (постоянное место жительства)
form-a2-passport = Паспорт № { $number } { $issued } { $year } г.
form-a2-id-card = Удостоверение личности № { $number } { $year } г.
form-a2-iin = ИИН { $iin }
form-a2-nationality = Национальность { $nationality }
form-a2-phones = Телефоны: дом. { $home } раб. { $work } сот. { $mobile }
form-a2-request = Прошу оформить документы для выезда из Республики Казахстан на постоянное жительство в { $country } со снятием с регистрационного учета по адресу { $address }.
form-a2-cap-address = (указать адрес регистрации по месту жительства)
form-a2-children-request = Одновременно прошу оформить документы на выезд моим несовершеннолетним детям:
form-a2-col-fio = Фамилия, имя, отчество (при его наличии)
form-a2-col-born = Дата рождения
form-a2-col-passport = № паспорта
form-a2-relatives =
    СВЕДЕНИЯ О БЛИЗКИХ РОДСТВЕННИКАХ
    (родители, супруги (в том числе бывшие), дети)
form-a2-col-relationship = Степень родства (если умер – приложить свидетельство о смерти)
form-a2-col-birth-year-place = Год и место рождения
form-a2-col-country-address = Страна нахождения и адрес места жительства
form-a2-col-workplace = Место работы
form-a2-col-marriage = Место регистрации брака(ов) (для лиц, состоящих в зарегистрированном браке)
form-a2-activity = Трудовая деятельность за последние 5 лет (включая воинскую службу)
form-a2-col-years = Год поступления и увольнения
form-a2-col-position = Должность
form-a2-col-organisation = Наименование предприятия, учреждения
form-a2-col-org-address = Адрес предприятия, учреждения
form-a2-col-job-workplace = {""}
form-a2-col-secrets = Имеет/не имеет допуск к государственным секретам РК, в том числе по прежним местам работы (службы)
form-a2-warning = Об ответственности за указание заведомо ложных сведений в анкете-заявлении { $sex ->
        [male] предупрежден
        [female] предупреждена
       *[other] предупрежден(а)
    } (Основание: Закон Республики Казахстан "О миграции населения")
form-a2-warning-on = "___" __________ 20__ г. { $signature }
form-a2-consent = { $sex ->
        [male] Согласен
        [female] Согласна
       *[other] Согласен(на)
    } на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационных системах
form-a2-consent-on = "___" __________ 20__ г. { $signature }
form-a2-cap-signature = (подпись услугополучателя)
form-a2-accepted = Анкета-заявление принята "___" __________ 20__ г.
form-a2-cap-accepted-by = (фамилия, имя, отчество (при его наличии) лица, принявшего анкету-заявление)

form-a3-heading =
    Приложение 3
    к стандарту государственной услуги
    "Оформление документов на выезд
    за пределы Республики Казахстан
    на постоянное место жительства"
form-a3-cap-body = (указать наименование органа внутренних дел)
form-a3-from = от { $citizen } { $name }
form-a3-cap-address = (адрес регистрации по месту жительства)
form-a3-title = Заявление
form-a3-text =
    В связи с оформлением документов на выезд на постоянное место жительства за пределы Республики Казахстан прошу сообщить на основании сведений Государственной базы данных "Физические лица" информацию о регистрации на территории Республики Казахстан { $citizen } { $first }
    { $person }.
form-a3-cap-person = (полностью фамилия, имя, отчество (при его наличии), степень родства)
form-a3-after-person = {""}
form-a3-signed = "___" __________ 20__ г. { $signature }
form-a3-cap-signature = подпись

form-a4-heading =
    Приложение 4
    к стандарту государственной услуги
    "Оформление документов на выезд
    за пределы Республики Казахстан
    на постоянное место жительства"
form-a4-title = Расписка о приеме документов у услугополучателя
form-a4-to = Настоящая расписка выдана { $name }
form-a4-confirms = и подтверждает прием документов для оформления документов на выезд на постоянное место жительства за пределы Республики Казахстан согласно перечню, утвержденному стандартом государственной услуги "Оформление документов на выезд за пределы Республики Казахстан на постоянное место жительства".
form-a4-come = Для получения документа, подтверждающего выезд за пределы Республики Казахстан на постоянное место жительства, для снятия с воинского учета (в случае отношения к воинской обязанности) и снятия с регистрационного учета по месту постоянного жительства на территории Республики Казахстан либо для выдачи уведомления об отказе в оказании государственной услуги необходимо явиться к услугодателю "___" __________ 20__ г.
form-a4-made-two = Настоящая расписка составлена в 2 экземплярах, по одному для каждой стороны.
form-a4-executor = Исполнил: { $name }
form-a4-cap-received = (фамилия, имя, отчество (при его наличии)/подпись услугополучателя)
form-a4-received-on = "___" __________ 20__ г.

form-a41-heading =
    Приложение 4-1
    к стандарту государственной услуги
    "Оформление документов на выезд
    за пределы Республики Казахстан
    на постоянное место жительства"
form-a41-title = Документ, подтверждающий выезд за пределы Республики Казахстан на постоянное место жительства, для снятия с воинского учета и снятия с регистрационного учета
form-a41-to = Настоящий выдается { $name }
form-a41-directs =
    в связи с положительным рассмотрением документов на выезд за пределы Республики Казахстан на постоянное место жительства в качестве направления для:
    снятия с воинского учета (в случае отношения к воинской обязанности);
    снятия с регистрационного учета по месту постоянного жительства на территории Республики Казахстан.
form-a41-valid = Действителен до "___" __________ 20__ года.
form-a41-note = Примечание: В случае непредставления услугополучателем услугодателю в течение 7 календарных дней справки о снятии с воинского учета (в случае отношения к воинской обязанности) услугодатель выносит уведомление об отказе в оказании государственной услуги в соответствии с пунктом 10 настоящего стандарта государственной услуги.
form-a41-made-two = Составлен в 2 экземплярах, по одному для каждой стороны.
form-a41-executor =
    Исполнитель:
    { $name }
form-a41-cap-received = (фамилия, имя, отчество (при его наличии)/подпись услугополучателя)
form-a41-received-on = "___" __________ 20__ года

form-a5-heading =
    Приложение 5
    к стандарту государственной услуги
    "Оформление документов на выезд
    за пределы Республики Казахстан
    на постоянное место жительства"
form-a5-title = Расписка об отказе в приеме документов
form-a5-intro =
    Руководствуясь пунктом 2 статьи 20 Закона Республики Казахстан от 15 апреля 2013 года "О государственных услугах", отдел № { $dept } филиала Государственной корпорации "Правительство для граждан"
    { $address }
form-a5-cap-address = (указать адрес)
form-a5-text = отказывает в приеме документов на оказание государственной услуги "Оформление документов на выезд за пределы Республики Казахстан на постоянное место жительства" ввиду представления Вами неполного пакета документов согласно перечню, предусмотренному стандартом государственной услуги, а именно:
form-a5-missing = Наименование отсутствующих документов:
form-a5-made-two = Настоящая расписка составлена в 2 экземплярах, по одному для каждой стороны.
form-a5-cap-employee = (фамилия, имя, отчество (при его наличии) работника Государственной корпорации)
form-a5-cap-received = (фамилия, имя, отчество (при его наличии)/подпись услугополучателя)
form-a5-received-on = "___" __________ 20__ г.

# Заключения согласующих органов (issue 29)
ui-confirm-negative-conclusion = Записать ОТРИЦАТЕЛЬНОЕ заключение: { $body }? Пока оно действует, выезд не может быть одобрен; исправляет его только более позднее заключение того же органа.
ui-act-corrects = Этот орган уже дал заключение ({ $verdict }, { $date }): новая запись исправляет его; в журнале остаются обе.
ui-act-correction-of = исправляет заключение от { $date }
ui-act-corrected = исправлено позже
ui-act-correct-conclusion = Исправить
desk-incomplete-password = Введите пароль.
ui-intake-accept-needs = Для приема вся анкета должна быть заполнена верно: поля, отмеченные ⚠, еще нужно заполнить или исправить.
ui-intake-refuse-needs = Для отказа (приложение 5) нужно только, кому отказано: фамилия, имя и ИИН заявителя.
ui-intake-refuse-nothing-missing = Все документы по перечню представлены: отказывать не в чем — примите пакет (F9).
ui-intake-accept-incomplete = Документов по перечню еще не хватает: отметьте представленные или откажите с их перечнем (F10).
form-recovery-title = Код восстановления данных рабочего места
form-recovery-office = Подразделение:
form-recovery-address = Адрес:
form-recovery-made = Дата создания:
form-recovery-what = Этот код открывает данные всех заявителей, хранящиеся на этом рабочем месте, если все пароли забыты. Храните лист в сейфе подразделения и никому не показывайте. Новый код заменяет этот.
form-recovery-signed = Администратор: ______________________ (фамилия, инициалы, подпись)
ui-keys-recovery-print = Печать (A4)
ui-keys-recovery-printed = Отправлено на принтер. Заберите лист с принтера сейчас; копия на компьютере не остается.
ui-setup-admin-repeat = Пароль еще раз
ui-setup-passwords-differ = Пароли не совпадают.
ui-confirm-not-liable = Записать, что заявитель не состоит на воинском учете (военный билет не нужен)? Отменить нельзя.
ui-confirm-deregistered = Записать, что заявитель снят с регистрационного учета по месту жительства? Отменить нельзя.
ui-act-nothing = Записывать по этому делу здесь сейчас нечего (оно { $status }).
sync-status-awaiting-update = Сообщений, которым нужна более новая версия программы: { $n } — обновите рабочее место (их дела ждут).

# Ответ контакт-центра заявителю (п. 15): оператор зачитывает его.
cc-not-found = Сведения не найдены. Проверьте номер заявления и ИИН.
cc-office-code = орган с кодом { $code }
cc-under-review = Ваши документы приняты { $since }. Заявление рассматривается.
cc-refused-at-intake = { $since } в приеме документов отказано: пакет документов неполный.
cc-missing = Не были представлены: { $list }. Заявление можно подать снова с полным пакетом документов.
cc-approved = { $since } выдан документ, подтверждающий выезд на постоянное жительство за пределы Республики Казахстан, для снятия с воинского учета и с регистрационного учета по месту жительства.
cc-papers-by = Представьте в { $office } до { $on } включительно:
cc-decision-ready = Решение готово с { $since }. Его можно получить: { $office }.
cc-refusal-ready = { $since } принято решение об отказе в оказании государственной услуги. Уведомление можно получить: { $office }.
cc-with-provider = { $since } невостребованный результат передан услугодателю (в орган миграционной службы). Обратитесь: { $office }.
cc-handed-over = Результат выдан { $since }. Государственная услуга оказана.
cc-come-on = Приходите { $on }: { $office }.
cc-bring = При себе иметь: { $list }.
cc-office-where = Адрес: { $address }. Телефон: { $phone }. Время работы: { $hours }.
cc-hours-state-corporation = с понедельника по субботу включительно, с 9:00 до 20:00 без перерыва на обед, кроме воскресенья и праздничных дней
cc-hours-migration-police = с понедельника по субботу включительно; приём документов и выдача результатов с 9:00 до 17:30, перерыв на обед с 13:00 до 14:30, кроме выходных и праздничных дней
cc-bring-identity-document = документ, удостоверяющий личность
cc-bring-receipt = расписку о приеме документов
cc-bring-military-certificate = справку о снятии с воинского учета (для военнообязанных)
cc-bring-deregistration = документ о снятии с регистрационного учета по месту жительства

cc-bad-number = Номер заявления состоит из 15 цифр (орган, год, номер и контрольная цифра): уточните у звонящего.
cc-bad-iin = ИИН состоит из 12 цифр с контрольной цифрой: уточните у звонящего.
cc-not-configured = Поиск статуса на этом рабочем месте не настроен: адрес хаба и секрет ключей статуса вводятся в разделе «Синхронизация».
cc-hub-unreachable = Хаб контакт-центра сейчас не отвечает: повторите через минуту; если не проходит, вызовите администратора.
cc-slowed = С этого рабочего места слишком много поисков ничего не нашли: следующий возможен через { $seconds } с. Каждый поиск записывается.
ui-nav-status = Поиск статуса
ui-cc-title = Статус заявления (контакт-центр 1414)
ui-cc-number = Номер заявления
ui-cc-iin = ИИН услугополучателя
ui-cc-look-up = Найти
ui-cc-lang = Язык ответа
ui-cc-note = Зачитывайте ответ как он есть. Должны совпасть и номер, и ИИН; больше ничего по телефону не сообщается.
cli-cc-found = Найдено:
ui-cc-clear = Следующий звонок
store-role-not-here = В органе такого вида нет роли «{ $role }»: операторы работают только в контакт-центре, аналитики — только в министерстве, а работники, сотрудники и руководители — в органах, которые ведут дела.

# The ministry's national view (issue 31)
role-analyst = аналитик министерства
ui-office-kind-ministry = Министерство (национальный отчёт)
report-national = Вся страна
report-regions = По регионам
report-by-office = По подразделениям
report-currency = Актуальность данных: последнее применённое событие каждого подразделения
report-col-region = Регион
report-col-office = Подразделение
report-col-accepted = Принято
report-col-refused-intake = Отказано в приёме
report-col-approved = Разрешено
report-col-refused = Отказано
report-col-under-review = На рассмотрении
report-col-handed = Выдано
report-col-review-in-time = Рассмотрено в срок, %
report-col-overdue-stages = Просроченные этапы
report-col-last-event = Последнее событие записано
report-col-applied-at = Применено в реплике
report-col-events = Событий
report-never = пока ничего
ui-report-national = Вся страна: регионы и подразделения
ui-sync-directory = Справочник подразделений (файл плана развёртывания)
ui-sync-directory-load = Загрузить справочник
sync-directory-loaded = В справочник загружено подразделений: { $count }
sync-directory-bad = Не удалось прочитать файл плана: { $error }
sync-directory-region = Неизвестный регион подразделения { $code }: «{ $region }»
sync-directory-count = В справочнике подразделений: { $count }
sync-ministry-reads = Министерство только читает события всех подразделений: ничего не отправляет, квитанций не возвращает
desk-national-only = В министерстве формируется только национальный отчёт
region-astana = город Астана
region-almaty_city = город Алматы
region-shymkent = город Шымкент
region-abai = область Абай
region-akmola = Акмолинская область
region-aktobe = Актюбинская область
region-almaty = Алматинская область
region-atyrau = Атырауская область
region-west_kazakhstan = Западно-Казахстанская область
region-zhambyl = Жамбылская область
region-zhetisu = область Жетісу
region-karaganda = Карагандинская область
region-kostanay = Костанайская область
region-kyzylorda = Кызылординская область
region-mangystau = Мангистауская область
region-pavlodar = Павлодарская область
region-north_kazakhstan = Северо-Казахстанская область
region-turkistan = Туркестанская область
region-ulytau = область Ұлытау
region-east_kazakhstan = Восточно-Казахстанская область
region-unknown = Нет в справочнике подразделений
report-national-scope = Ожидание в очереди, жалобы и выезды на дом хранятся в каждом подразделении: в национальном отчёте только показатели дел
sync-status-replica-off = Синхронизация: выключена — национальная реплика не обновляется; отчёт по её последнему состоянию
sync-directory-no-file = Укажите путь к файлу плана развёртывания
