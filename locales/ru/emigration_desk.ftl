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
deadline-handover = Выдача решения
deadline-total = Весь срок оказания услуги
deadline-direction_validity = Документ действителен до
deadline-storage = Хранится в Госкорпорации до

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
store-forbidden = Недоступно: нужна роль { $role }.
store-sequence-exhausted = Нумерация дел подразделения { $code } на этот год исчерпана.

## Командная строка
cli-init-done = Рабочее место настроено: подразделение { $code } «{ $name }», администратор «{ $login }». Данные: { $path }
cli-password-prompt = Пароль администратора (не менее 8 знаков), затем Enter:
cli-password-missing = Пароль не задан: установите EMIGRATION_DESK_PASSWORD или передайте его на стандартный ввод.
cli-bad-office-kind = Неизвестный вид подразделения «{ $kind }»: state-corporation или migration-police.
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
cli-bad-role = Неизвестная роль «{ $role }»: clerk, officer, supervisor или administrator.
cli-bad-today = EMIGRATION_DESK_TODAY должна быть датой ГГГГ-ММ-ДД.
