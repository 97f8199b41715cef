app-title = Emigration desk
gui-placeholder-heading = Departure for permanent residence
gui-placeholder-office = Office: { $office }
gui-placeholder-not-initialised = This workstation is not set up yet. An administrator runs: emigration-desk init
gui-placeholder-cases = Cases in the local store: { $count }
gui-placeholder-store-error = The local store cannot be opened: { $error }

## Identification numbers
err-id-empty = Enter the number.
err-id-length = Must have 12 digits; has { $len }.
err-id-digits = Only digits are allowed.
err-id-never-issued = No such number can be issued: check it against the document.
err-id-check-digit = The check digit is wrong: the number was mistyped.
err-bin-type = The fifth digit of a BIN (type of entity) must be 4, 5 or 6.
err-bin-attribute = The sixth digit of a BIN must be 0 to 3.
err-doc-empty = Enter the document number.
err-idcard-format = An identity card number has 9 digits.
err-passport-chars = A passport number holds only Latin letters and digits.
err-passport-length = A passport number has 6 to 12 characters.
err-phone-empty = Enter the phone number.
err-phone-chars = Only digits, spaces, +, -, ( and ) are allowed.
err-phone-length = A Kazakhstan number has 10 digits after +7 or 8.
err-phone-russian = Numbers starting with 9 after +7 are Russian, not Kazakhstan numbers.
err-phone-not-kz = A Kazakhstan number starts with 7 after the country code.
err-postal-empty = Enter the postal code.
err-postal-format = A postal code is 6 digits, or 7 characters like A01P3K4.
err-name-empty = Enter the name.
err-name-too-long = Too long: at most { $max } characters.
err-name-bad-char = The character “{ $char }” is not allowed in a name.
err-name-edge = A name must start and end with a letter.
err-name-double-separator = Two separators in a row.
err-case-number-format = A case number has 15 digits: office, year, number and a check digit.
err-case-number-check = The check digit of the case number is wrong: it was mistyped or misread.
err-password-short = The password must have at least { $min } characters.
err-password-long = The password must have at most 256 characters.

## Questionnaire problems (shown at the field)
problem-required = Required.
problem-too-long = Too long: at most { $max } characters.
problem-too-many = Too many rows: at most { $max }.
problem-date-future = The date is in the future.
problem-date-before-birth = The date is before the date of birth.
problem-year-range = The year is out of range.
problem-years-reversed = The end year is before the start year.
problem-not-minor = The child is 18 or older on the application date: not a minor.
problem-other-parent-missing = Name the other parent: the child leaves with one parent.
warn-iin-birth-date = The date of birth differs from the one in the IIN. Check the documents (since 2013 this can be right).
warn-iin-no-such-date = The IIN does not begin with a real date. Check the documents.
warn-passport-unusual = Unusual passport number (usually N and 8 digits). Check the passport.
warn-activity-short = The activity table does not cover the last 5 years.
warn-death-certificate = A deceased relative: add the death certificate.

## IIN facts
iin-valid = IIN { $iin } is valid.
iin-born = Date of birth in the IIN: { $date }
iin-born-ambiguous = Date of birth in the IIN: { $first } or { $second }
iin-sex-male = Sex in the IIN: male
iin-sex-female = Sex in the IIN: female
iin-invalid = IIN { $iin } is not valid: { $reason }

## Case status
status-intake_open = intake in progress
status-refused_at_intake = refused at intake (Annex 5)
status-under_review = under review
status-approved = approved, direction issued (Annex 4-1)
status-refused = refused (Annex 1-1)
status-decision_issued = decision ready (Annex 1)
status-transferred_to_provider = decision passed to the provider
status-handed_over = decision handed over

## Checklist
req-questionnaire = Questionnaire-application (Annex 2), signed
req-representative_authority = Document confirming the representative's authority
req-identity_card = Identity card
req-passport = Passport of a citizen of Kazakhstan
req-birth_certificate = Birth certificate of a child under 16
req-alimony_agreement = Alimony agreement (or a court decision)
req-guardianship_conclusion = Conclusion of the guardianship authority (child aged 10 or older)
req-other_parent_consent = Notarised consent of the other parent (or a court decision)
req-fee_receipt = Proof of payment of the state fee
req-registration_request = Request to establish registration (Annex 3)
item-paper = presented on paper
item-information_system = from the state information system
item-alternative = alternative (court decision)
item-missing = missing

## Deadlines
deadline-review = Review with the approving bodies
deadline-direction = Direction (Annex 4-1) or refusal notice
deadline-deregistration = Military and residence deregistration
deadline-handover = Decision (Annex 1) ready to hand over
deadline-total = Whole service
deadline-direction_validity = Direction valid until
deadline-storage = Uncollected: passed to the provider after the month of storage, on

## Case transitions
tr-not-opened = The first event of a case must open the intake.
tr-already-opened = The case is already open.
tr-not-allowed = “{ $event }” is not allowed while the case is: { $status }.
tr-incomplete = The package is incomplete: it cannot be accepted.
tr-nothing-missing = Nothing is missing: a refusal to accept must name the missing documents.
tr-negative-conclusion = A negative conclusion is on record: the case cannot be approved.
tr-no-grounds = A refusal must name at least one ground of paragraph 10.
tr-unknown-ground = Paragraph 10 has no ground { $ground }.
tr-ground-without-until = Ground { $ground } needs its “until …”.
tr-already-recorded = Already recorded.
tr-dereg-incomplete = Record the military and the residence deregistration first.
tr-not-at-sc = Only a State Corporation keeps uncollected decisions.
tr-date-before = The date { $on } is before { $earlier }.
tr-poa-incomplete = A power of attorney needs its number, notary and date.
tr-unknown-body = “{ $body }” is not an approving body this office asks for a conclusion. The administrator sets the list of bodies on the Users tab.
tr-poa-after = The power of attorney is notarised after the handover day ({ $date }): it must be notarised on that day at the latest.
tr-poa-before-birth = The power of attorney would be notarised before the applicant was born ({ $date }): check the date it was notarised.
tr-unknown-event = The corrected event is not in this case.
tr-empty-note = A correction needs a note.
tr-validity-before-issue = The valid-until date is before the issue date.

## Store
store-error = Local store error: { $detail }
store-not-initialised = This workstation is not set up yet: run emigration-desk init.
store-already-initialised = This workstation is already set up.
store-office-code-taken = Office code { $code } is already used.
store-login-taken = The login “{ $login }” is taken.
store-case-not-found = No case { $number }.
store-user-not-found = No user “{ $login }”.
store-invalid = The questionnaire has errors:
store-no-profile = No regulation profile is in force on { $date }.
store-schema-too-new = The database was written by a newer version of the program (schema { $found }, this one knows { $known }).
store-migration-broken = Updating the database to schema { $number } would break references between its tables; nothing was changed. Keep the file and call support.
store-held-elsewhere = This case is now held by office { $office } (review, or handover after the decision); it changes there and comes back here by sync.
store-forbidden = Not allowed: needs the role { $role }.
store-sequence-exhausted = The case number sequence of office { $code } for this year is exhausted.

## CLI
cli-init-done = Workstation set up: office { $code } “{ $name }”, administrator “{ $login }”. Data: { $path }
cli-password-prompt = Administrator password (at least 8 characters), then Enter:
cli-password-missing = No password given: set EMIGRATION_DESK_PASSWORD or pipe it on standard input.
cli-bad-office-kind = Unknown office kind “{ $kind }”: use state-corporation, migration-police or contact-centre.
cli-bad-office-code = The office code must be a number from 1 to 9999.
cli-read-failed = Cannot read { $path }: { $error }
cli-json-error = { $path }: field { $field }: { $error }
cli-case-imported = Case { $number } stored: { $status }.
cli-case-header = Case { $number } — { $status }
cli-applicant = Applicant: { $name }, IIN { $iin }
cli-opened = Opened: { $date }
cli-accepted = Accepted: { $date }; come back on { $back }
cli-checklist = Required documents ({ $state }):
cli-checklist-complete = complete
cli-checklist-incomplete = incomplete
cli-checklist-item = { $mark } [{ $para }] { $what } — { $whom }: { $status }
checklist-required-by-answer = required by the answer to the Annex 3 request
cli-fee = State fee: { $tenge } tenge (1 MCI on { $date })
cli-fee-unknown = State fee: no MCI known for { $date }
cli-fee-short = The fee paid is less than due.
cli-deadlines = Due dates:
cli-deadline = { $what }: { $due }{ $done }
cli-deadline-done = (done { $date })
cli-overdue = OVERDUE
cli-no-cases = No cases found.
cli-db-ok = The database is sound: { $path }
cli-db-problems = The database has problems:
cli-rules-imported = Rule data imported: { $kind } { $key }
cli-bad-rule-kind = Unknown rule kind “{ $kind }”: use profile, mci or calendar.
cli-user-added = User “{ $login }” added with the role { $role }.
cli-bad-role = Unknown role “{ $role }”: use clerk, officer, supervisor, administrator or operator.
cli-bad-today = EMIGRATION_DESK_TODAY must be a date YYYY-MM-DD.
cli-today-not-allowed = EMIGRATION_DESK_TODAY fixes the date only in test builds; this workstation keeps the real date. Unset the variable and start again.

## Printed forms (English reading; forms print in Kazakh or Russian)
form-copy = Copy { $n } of { $total }: { $whom }
form-copy-applicant = for the applicant
form-copy-provider = for the provider
form-copy-sc = for the State Corporation
form-qr-caption = Case No. { $number }
form-a1-child = { $name }, { $born }
form-a2-secrets-yes = yes
form-a2-secrets-no = no
form-a2-until-now = until now
form-a2-deceased = deceased, certificate: { $certificate }
form-a3-person = { $name }, { $relationship }
form-a3-rel-other-parent = the other parent of my { $count ->
        [1] child
       *[other] children
    } ({ $children })
form-a3-rel-dependant = { $relationship } (dependant)

form-a5-item = { $what } — { $whom }
form-a5-fee-due = (due: { $tenge } ₸)
ground-1 = knows state or other legally protected secrets and has not notified the authorised bodies of the departure
ground-2 = detained on suspicion of a criminal offence, prosecuted as a suspect or accused, or a resolution qualifying the suspect's acts was issued
ground-3 = convicted of a crime
ground-4 = evades obligations imposed by a court
ground-5 = serving conscript military service
ground-6 = knowingly gave false information about themselves when applying
ground-7 = defendant in a civil court case
ground-8 = has a tax debt
ground-until-1 = these circumstances end
ground-until-2 = the decision in the case is made or the verdict enters into force
ground-until-3 = the sentence is served or the person is released from it
ground-until-4 = those obligations end
ground-until-5 = the service ends or the person is released from it under the Law of 16 February 2012 "On military service and the status of servicemen"
ground-until-6 = the cause is removed and true information is given
ground-until-7 = the court decision enters into force
rel-father = father
rel-mother = mother
rel-spouse = spouse
rel-former_spouse = former spouse
rel-son = son
rel-daughter = daughter
cli-bad-annex = Unknown form “{ $annex }”: use 1, 1-1, 2, 3, 4, 4-1 or 5.
cli-bad-doc-lang = A form prints in Kazakh or Russian: use kk or ru, not “{ $lang }”.
cli-printed = Annex { $annex } of case { $number } written to { $path } ({ $kb } KB, copies: { $copies }).
cli-receipt-recorded = Annex { $annex } of case { $number } is recorded as issued; no file was kept (write it with: print { $annex } { $number } -o FILE, or give --receipt FILE).
cli-print-failed = The form could not be written: { $error }
cli-deliver-failed = The form is saved, but could not be opened or printed: { $error }

## Desktop application
ui-loading = Opening the local store…
role-clerk = clerk
role-officer = officer
role-supervisor = supervisor
role-administrator = administrator
role-operator = contact centre operator
ui-user = { $name } ({ $role })
ui-logout = Log out
ui-nav-queue = Queue
ui-nav-cases = Cases
ui-setup-title = Set up this workstation
ui-setup-office = Office
ui-office-kind-sc = State Corporation department
ui-office-kind-police = Migration police office
ui-office-kind-cc = Unified contact centre (1414)
ui-setup-office-code = Office code (1–9999, unique)
ui-setup-office-name = Office name in Kazakh
ui-setup-office-name-ru = Office name in Russian
ui-setup-office-number = Department number (as printed on forms)
ui-setup-office-address = Address in Kazakh
ui-setup-office-address-ru = Address in Russian
ui-setup-office-phone = Phone
ui-setup-admin = First administrator
ui-setup-admin-login = Login
ui-setup-admin-name = Full name
ui-setup-admin-password = Password (at least 8 characters)
ui-setup-create = Create
ui-login-title = Log in
ui-login-login = Login
ui-login-password = Password
ui-login-submit = Log in
ui-login-wrong = Wrong login or password. Attempts left before the account locks: { $left }.
ui-login-locked = The account is locked after three failed attempts, until { $until }.
ui-login-disabled = This account is disabled.
ui-queue-title = Queue
ui-queue-issue = Issue a ticket
ui-queue-call-next = Call next
ui-queue-current = Serving ticket { $ticket }
ui-queue-waiting = Waiting: { $count }
ui-queue-ticket = Ticket { $ticket } — waiting { $waited }
ui-queue-end = End service
ui-queue-breach-reason = Reason the limit was exceeded
ui-queue-breach-save = Record
ui-queue-breach-recorded = Breach recorded: { $reason }
ui-timer-wait = Wait
ui-timer-service = Service
ui-timer-ok = within the limit
ui-timer-warning = { $percent } % of the limit
ui-timer-breach = limit exceeded
ui-cases-search = Case number, IIN or name
ui-cases-find = Find
ui-cases-prev = Previous
ui-cases-next = Next
ui-cases-page = Page { $page }
ui-case-back = Back to the list
ui-case-events = Timeline
ui-case-print = Print a form
ui-case-printed = Saved: { $path }
ui-case-open = Open
ui-nav-intake = Intake
ui-intake-step-applicant = Applicant
ui-intake-step-documents = Documents
ui-intake-step-destination = Destination
ui-intake-step-children = Children
ui-intake-step-relatives = Relatives
ui-intake-step-activity = 5 years of activity
ui-intake-step-family = Family, fee, consents
ui-f-surname = Surname
ui-f-given = Name
ui-f-patronymic = Patronymic (if any)
ui-f-former = Former names (comma-separated)
ui-f-iin = IIN
ui-f-birth-date = Date of birth (DD.MM.YYYY)
ui-f-birth-place = Place of birth
ui-f-nationality = Nationality
ui-f-residence = Permanent residence
ui-f-phone-mobile = Mobile phone
ui-f-phone-home = Home phone
ui-f-passport-no = Passport No.
ui-f-passport-date = Passport issued on (DD.MM.YYYY)
ui-f-id-no = Identity card No.
ui-f-id-date = Identity card issued on (DD.MM.YYYY)
ui-f-country = Country of destination
ui-f-address = Registered address to deregister from
ui-f-doc-lang = Language of the printed forms
ui-f-one-parent = Leaves with one parent
ui-f-other-parent = The other parent (full name)
ui-f-full-name = Full name
ui-f-birth-year = Year of birth
ui-f-rel-address = Country and address
ui-f-workplace = Workplace
ui-f-from-year = Year started
ui-f-to-year = Year ended (empty: until now)
ui-f-position = Position
ui-f-organisation = Organisation
ui-f-secrets = Access to state secrets
ui-f-relationship = Relationship
ui-f-fee-date = Fee paid on (DD.MM.YYYY)
ui-f-fee-amount = Amount paid, tenge
ui-f-gateway = Paid through the e-gov payment gateway
ui-f-warning = Warned of liability for knowingly false data (signed)
ui-f-consent = Consents to the use of legally protected secrets (signed)
ui-intake-child = Child { $n }
ui-intake-relative = Relative { $n }
ui-intake-job = Activity { $n }
ui-intake-dependant = Dependant { $n }
ui-intake-remove = Remove
ui-intake-add-child = Add a child
ui-intake-add-relative = Add a relative
ui-intake-add-job = Add an activity
ui-intake-add-dependant = Add a dependant staying in Kazakhstan
ui-intake-dependants = Family members supported by law who stay in Kazakhstan
ui-intake-fee = State fee
ui-intake-consents = Signatures
ui-intake-checklist = Required documents
ui-intake-paper = on paper
ui-intake-court = court decision
ui-intake-fee-due = Fee due today: { $tenge } tenge
ui-intake-accept = Accept (Annex 4)
ui-intake-refuse = Refuse to accept (Annex 5)
ui-intake-fix-fields = Correct the fields marked in red first.
ui-intake-done = Case { $number }: { $status }.
ui-intake-new = New intake
ui-intake-date-format = A date is written DD.MM.YYYY.
ui-intake-number-format = Digits only.
ui-where-kz = lives in Kazakhstan
ui-where-abroad = abroad
ui-where-deceased = deceased
ui-where-unknown = registration unknown (Annex 3)
ui-locked = The screen is locked ({ $name }). Enter the password to go on; the work is kept.
ui-unlock = Unlock
ui-nav-users = Users
ui-users-active = active
ui-users-disabled = disabled
ui-users-disable = Disable
ui-users-enable = Enable
ui-users-add = New user
ui-users-create = Add the user
ui-users-reset = New password for { $login }:
ui-users-reset-do = Set the password
ui-users-saved = Saved.
ui-queue-call-out = Call out of order
ui-queue-out-reason = Reason for calling out of order
ui-queue-out-reason-needed = The standard allows no fast track: give the reason for calling this ticket out of order.
ui-queue-no-show = Did not come
ui-queue-no-shows = Did not come when called
ui-queue-recall = Call again
ui-queue-manual-ticket = Ticket No. from the queue system
ui-queue-manual-time = Issued at (HH:MM)
ui-queue-manual-add = Add
ui-queue-manual-invalid = Give the ticket number and its issue time as HH:MM, not in the future.
event-intake_opened = intake opened
event-intake_updated = questionnaire corrected
event-accepted = accepted (Annex 4)
event-refused_at_intake = refused at intake (Annex 5)
event-conclusion_recorded = approving body's conclusion
event-approved = approved, direction issued (Annex 4-1)
event-refused = refused (Annex 1-1)
event-military_certificate_received = military deregistration certificate
event-not_liable_for_military = not liable for military service
event-residence_deregistered = deregistered from residence
event-decision_issued = decision made out (Annex 1)
event-handed_over = decision handed over
event-transferred_to_provider = passed to the provider
event-corrected = correction
ui-f-rel-country = Country of residence
ui-f-marriage = Place of marriage registration
ui-f-deceased = Deceased
ui-f-certificate = Death certificate (No., date)
ui-f-org-address = Address of the organisation
ui-f-military = Military service
ui-intake-filed-by = Who files
ui-f-by-applicant = the applicant
ui-f-by-parent = a parent
ui-f-by-guardian = a guardian
ui-f-by-trustee = a trustee
ui-f-rep-name = Representative's full name
ui-f-rep-doc = Document proving the authority (No., date, issuer)
ui-users-idle = Lock the screen after this many minutes without input:
ui-users-idle-save = Save
ui-users-idle-invalid = Give a number of minutes from 1 to 240.
ui-setup-language = Language of the interface
ui-language-name = { $code ->
    [kk] Қазақша
    [ru] Русский
   *[en] English
}
store-not-permitted = Your role ({ $role }) may not record this.
store-not-at-this-office = This step (the approving bodies' conclusions, the approval and its Annex 4-1, the refusal on the grounds of para 10, the Annex 1 decision) is recorded at the migration police office; a State Corporation department accepts, refuses at intake, hands the result over and transfers it to the provider.
ui-act-review = Review: the approving bodies' conclusions and the decision
ui-act-positive = positive
ui-act-negative = negative
ui-act-reference = Reference (No., date)
ui-act-record-conclusion = Record the conclusion
ui-act-grounds = Grounds for refusal (para 10) and until when
ui-act-until = until
ui-act-approve = Approve (Annex 4-1)
ui-act-refuse = Refuse (Annex 1-1)
ui-act-deregistration = Deregistration
ui-act-issuer = Issued by
ui-act-cert-number = Certificate No.
ui-act-certificate = Military deregistration certificate received
ui-act-not-liable = Not liable for military service
ui-act-deregistered = Deregistered from the place of residence
ui-act-decision = Make out the decision (Annex 1)
ui-act-certificate-overdue = 7 days have passed without the military deregistration certificate: the refusal notice may be issued (Annex 4-1 note).
ui-act-handover = Handing over the decision
ui-act-to-representative = To a representative with a notarised power of attorney
ui-act-poa = Power of attorney No.
ui-act-notary = Notary
ui-act-poa-date = Notarised on (DD.MM.YYYY)
ui-act-hand-over = Hand over
ui-act-transfer = Not collected for a month: pass to the provider
body-security = National Security Committee
body-military = Defence affairs department
body-tax = State revenue body
body-courts = Courts and enforcement
body-prosecution = Prosecutor's office
ui-cases-mode-search = Search
ui-cases-mode-review = Under review
ui-cases-mode-board = Deadline board
ui-cases-due = { $what }: { $due } ({ $left } days)
form-complaint-title = Confirmation of acceptance of a complaint
form-complaint-number = Incoming No.:
form-complaint-registered = Registered on:
form-complaint-from = From:
form-complaint-accepted-by = Accepted by:
form-complaint-due = The answer is due by:
form-complaint-where = The reasoned answer is sent by post or handed over at { $office }, { $address }. The applicant may always go to court.
ui-nav-complaints = Complaints
ui-complaint-new = Register a complaint
ui-complaint-entity = From a legal entity
ui-complaint-entity-name = Name of the legal entity
ui-complaint-bin = BIN
ui-complaint-address = Postal address
ui-complaint-outgoing = Outgoing No.
ui-complaint-outgoing-date = Outgoing date (DD.MM.YYYY)
ui-complaint-about = About
ui-complaint-about-provider = an official of the provider
ui-complaint-about-sc = a State Corporation employee
ui-complaint-to = To
ui-complaint-to-provider = the head of the provider
ui-complaint-to-ministry = the Ministry
ui-complaint-to-sc = the head of the State Corporation
ui-complaint-to-quality = the quality-assessment authority
ui-complaint-text = The complaint
ui-complaint-case = Case No. (if any)
ui-complaint-register = Register
ui-complaint-incomplete = Fill in who complains (name, IIN or BIN, address; for an entity its outgoing No. and date), about whom, to whom, and the complaint.
ui-complaint-registered = Registered as No. { $number }; the answer is due by { $due }. The confirmation is printed.
ui-complaint-register-title = The register
ui-complaint-answered = answered { $date }
ui-complaint-due = due { $date }
ui-complaint-answer = The reasoned answer
ui-complaint-by-post = Sent by post (otherwise handed over at the office)
ui-complaint-answer-save = Record the answer

## The deadline board's filters and the visits chart
ui-board-all-stages = All stages
ui-board-all-offices = All offices
ui-board-office = Office { $code }
ui-board-all-officers = All officers
ui-board-office-label = Office:
ui-board-officer-label = Officer:
ui-board-chart = Visits within the limits (wait { $wait } min, service { $service } min), last { $days } days
ui-board-chart-empty = No visits served in these days.
ui-board-chart-row = { $day }  { $counter }
ui-board-chart-share = { $within } of { $served } ({ $percent } %)
ui-users-counter = This workstation's counter (window):
ui-office-name-missing = The office's name is needed in Kazakh and in Russian.
ui-office-address-missing = The address is needed in Kazakh and in Russian.
ui-office-number-missing = The department number is needed.
ui-office-phone-invalid = The phone number is not valid.
ui-users-office = The office (as the forms print it)
ui-users-office-save = Save the office
ui-users-counter-save = Save counter
ui-users-counter-invalid = Give the counter a name or number of up to 20 characters.

## Annex 3 answers and home visits
tr-answer-incomplete = An answer needs the person asked about and the answer's number.
event-registration_answer_recorded = answer to the Annex 3 request
event-taken_at_home = documents taken at home (para 13)
event-document_presented = a document the Annex 3 answer required was presented
ui-act-annex3 = Answer to the Annex 3 request (registration in Kazakhstan)
ui-act-annex3-person = Person asked about (full name, relationship)
ui-act-annex3-registered = Registered in Kazakhstan
ui-act-annex3-details = Registered address, or what the answer says
ui-act-annex3-reference = Answer's number
ui-act-annex3-record = Record the answer
ui-case-registered = registered
ui-case-not-registered = not registered
ui-case-taken-at-home = Documents taken at the applicant's home on { $date } (request { $request }).
ui-nav-home-visits = Home visits
ui-home-new = Request from the contact centre (para 13)
ui-home-phone = Phone
ui-home-address = Address of the visit
ui-home-reason = Reason (lasting health impairment)
ui-home-register = Write down the request
ui-home-list = Home visits
ui-home-none = No requests.
ui-home-name-words = Surname and given name, at least.
ui-home-address-needed = Give the address of the visit.
ui-home-reason-needed = Give the reason for the visit.
ui-home-day-invalid = The day as DD.MM.YYYY.
ui-home-done = done { $date }, case { $case }
ui-home-scheduled = visit on { $date }
ui-home-unscheduled = not scheduled
ui-home-details = Phone { $phone }; reason: { $reason }
ui-home-day = Day of the visit:
ui-home-schedule = Schedule
ui-home-case = Case made at home:
ui-home-mark-done = Intake done at home
ui-home-registered = Request { $number } written down.
ui-home-scheduled-info = Request { $number }: visit on { $date }.
ui-home-done-info = Request { $number } done; case { $case } is flagged as taken at home.
store-conflict-home-visit-invalid = The request is incomplete.
store-conflict-home-visit-unknown = No such request.
store-conflict-complaint-unknown = There is no complaint with this number.
store-conflict-complaint-answered = This complaint is answered already.
store-conflict-home-visit-past = The day of the visit cannot be in the past.
store-conflict-home-visit-done = The request is done already.
store-conflict-home-visit-unscheduled = Schedule the visit first.
store-conflict-home-visit-other-person = That case is of another person (the IIN differs from the request).
ui-home-day-placeholder = DD.MM.YYYY
ui-case-leave-by = Must leave Kazakhstan by { $date } (10 days after the residence deregistration, Annex 1).
ui-complaint-lang = Confirmation in:
# A language named in itself, the same in every interface language.
ui-doc-lang-kk = қазақша
ui-doc-lang-ru = по-русски
ui-users-bodies = Approving bodies asked for conclusions (separated by “;”):
ui-users-bodies-save = Save the bodies
ui-users-bodies-invalid = Name at least one approving body.
ui-case-q-title = Questionnaire (Annex 2)
ui-case-q-born = Born { $date }, { $place }; residence: { $residence }
ui-case-q-destination = Destination: { $country }; deregistration from: { $address }
ui-case-q-children = Children going along: { $count ->
    [0] none
   *[other] { $list }
}
ui-case-q-relatives = Close relatives ({ $count }): { $list }
ui-case-q-now = now
ui-case-q-secrets-yes = access to state secrets
ui-case-q-secrets-no = no access to state secrets
ui-act-correction = Correct an entry (the original stays in the log)
ui-act-correction-note = What was wrong and what is right
ui-act-correction-record = Record the correction
ui-case-corrected = Entry #{ $seq } ({ $what }) corrected: { $note }
ui-act-uncollected = Not collected: the month of storage ended on { $date }. Pass the decision to the provider.

# Sync
cli-sync-bad-plan = The deployment plan is not valid: { $error }
cli-sync-provision-nothing = Nothing to do: give --server-config (with --credentials) and/or --url.
cli-sync-credentials-needed = --server-config needs --credentials: where to write the generated passwords.
cli-sync-config-written = Server configuration written to { $config }; credentials to { $credentials } (keep them secret, hand each office its own).
cli-sync-password-needed = The administrator password is needed: --password or EMIGRATION_NATS_PASSWORD.
cli-sync-provision-failed = Provisioning failed: { $error }
cli-sync-provisioned = Stream { $stream } ready; consumers: { $consumers }; the contact centre's status bucket { $bucket } ready.
cli-sync-route-needs-office = Give the police office code, or --remove.
cli-sync-route-saved = Route saved.
cli-sync-configured = Sync settings saved; they take effect when the program starts.
cli-write-failed = Cannot write { $path }: { $error }
sync-problem-no-url = Give at least one server URL.
sync-problem-bad-url = A server URL starts with nats:// or tls:// and has no spaces.
sync-problem-workstation = The workstation name: 1–16 lower-case Latin letters or digits.
sync-problem-block = The number block is a digit 0–9.
sync-problem-credentials = Give a user and password, an nkey seed or a client certificate.
sync-problem-half-certificate = A client certificate needs both the certificate and the key file.
sync-problem-missing-file = No such file.
sync-problem-nkey = An nkey user seed starts with SU.
sync-problem-status-secret = The status secret is the hex line from the hub's credentials file (at least 32 hex digits).
store-conflict-route-invalid = Office codes are numbers 1–9999.
store-conflict-note-empty = Write a note: what was decided and why.
store-conflict-conflict-settled = This conflict is already settled.
ui-nav-sync = Sync
sync-settings = Connection to the sync server
sync-enabled = Sync with other offices
sync-urls = Server URLs (comma-separated)
sync-user = User
sync-password = Password
sync-nkey = Or nkey seed
sync-cert = Client certificate (PEM file)
sync-key = Client key (PEM file)
sync-ca = Server CA (PEM file, for TLS)
sync-workstation = This workstation's sync name
sync-block = Block of case numbers (0–9)
sync-status-secret = Status key secret (hex, from the hub's credentials)
sync-save = Save and reconnect
sync-saved = Saved. Sync restarts with these settings.
sync-routes = Routes: which police office reviews which department's cases
sync-route = Department { $sc } → police office { $police }
sync-route-remove = Remove
sync-route-sc = Department code
sync-route-police = Police office code
sync-route-add = Add route
sync-waiting-title = Not yet delivered ({ $n })
sync-no-receipt = sent, no receipt yet
sync-not-sent = waiting to be sent
sync-waiting-row = { $number }: { $event } → office { $office }, { $state }, attempts { $attempts } { $error }
sync-parked-title = Parked: could not be applied ({ $n })
sync-parked-row = { $number }, event { $seq } from office { $office }: { $error }
sync-quarantine-title = Quarantined: unreadable messages ({ $n })
sync-quarantine-row = { $at } { $subject }: { $reason }
sync-retry = Try parked and quarantined again (after an upgrade or a fix)
sync-conflicts-title = Conflicts for a supervisor ({ $n })
sync-conflict-row = { $number }, entry { $seq }: here “{ $local }”, office { $office } “{ $remote }”
sync-conflict-resolved = settled by { $by }: { $note }
sync-conflict-note = What was decided
sync-conflict-resolve = Settle
sync-status-waiting = · { $n } waiting (oldest { $minutes } min) · { $unreceipted } without receipt
sync-status-issues = · parked { $parked }, quarantined { $quarantined }, conflicts { $conflicts }
sync-status-off = Sync: off — this workstation works on its own; changes are kept to send { $waiting }
sync-status-starting = Sync: starting { $waiting }
sync-status-online = Sync: online
sync-status-offline = Sync: offline — work goes on, changes wait
sync-status-last-error = · last error: { $error }
sync-blocked-permission = Sync BLOCKED: the server refused a permission — call the administrator
sync-blocked-authorization = Sync BLOCKED: the server refused the credentials — call the administrator
sync-blocked-consumer = Sync BLOCKED: this workstation's queue on the server is missing or not allowed — call the administrator
sync-blocked-stuck = Sync BLOCKED: the server keeps refusing one change; later ones wait behind it — call the administrator
tr-certificate-on-record = The military certificate is on record: the direction was honoured and no refusal follows from it.
tr-not-liable-on-record = The applicant is recorded as not liable for military service: no certificate is awaited, so there is no refusal for its absence.
tr-direction-still-valid = The direction is valid until { $until }: a refusal for a missing military certificate may follow only after that day.
tr-wrong-validity = Under the case's rules the direction is valid until { $until }.
tr-no-term = The case's rules give no term for this.
form-refused = Annex { $annex } does not exist for a case that is: { $status }. Nothing was printed or recorded.
form-refused-office = Annex { $annex } is the State Corporation's receipt (para 10 of the standard): a migration police office records the refusal at intake and the missing documents, but issues no Annex { $annex }. Nothing was printed.
form-refused-a3 = Annex 3 asks about a person whose registration is unknown (para 9): the questionnaire names nobody such (a child's other parent, a dependant). Nothing was printed.
store-already-committed = This questionnaire was already accepted as case { $number }: open that case to print its receipt.
desk-not-possible = “{ $action }” is not possible for this case now.
desk-action-approve = Approve (Annex 4-1)
desk-incomplete-body = Choose the approving body whose conclusion this is.
desk-incomplete-certificate = The certificate needs its issuer and number.
ui-act-valid-until = The direction will be valid until { $date }.
ui-act-certificate-overdue-since = The direction was valid until { $date } and no military deregistration certificate came: refuse on the grounds of paragraph 10.
ui-case-no-forms = No form exists for this case yet.
ui-case-print-lang = Forms print in the applicant's language: { $lang }.
ui-case-annex = Annex { $annex }
ui-intake-receipt-failed = The case is stored, but its receipt could not be written: { $error }. Open the case and print the receipt from there.
ui-task-failed = The action failed because of an internal error; it is in the log. Nothing else was lost: try again.
ui-complaint-confirmation-failed = Complaint { $number } is registered, but its confirmation could not be written: { $error }.
cli-receipt-failed = The case is stored, but its receipt could not be written: { $error }. Print it with: print 4 (or 5) --case NUMBER -o FILE.
cli-bad-date = “{ $date }” is not a date: write YYYY-MM-DD.
cli-bad-ground = “{ $ground }” is not a ground: write --ground N=UNTIL, e.g. --ground 7=the court decision enters into force.
cli-recorded = Case { $number }: { $what } recorded. Now: { $status }.
cli-nothing = none
cli-next-actions = Possible now: { $actions }
cli-printable-forms = Forms that print now: { $forms }
cli-complaint-registered = Complaint { $number } (id { $id }) registered; the answer is due by { $due }. Confirmation: { $path }
cli-complaint-answered = The answer to complaint { $number } is recorded.
desk-incomplete-entry = There is no such entry in the case's log.
clock-bad-zone = The workstation's time zone “{ $zone }” is not an offset such as +05:00.
desk-incomplete-office = Fill in every field of the office and of its first administrator.
desk-invalid-office-phone = The office's phone is not a Kazakhstan number.
ground-0 = did not bring the certificate of military deregistration (if liable for military service) within 7 calendar days (the note to Annex 4-1, paragraph 10)
tr-documents-outstanding = An Annex 3 answer says a person is registered in Kazakhstan: { $count } document(s) must be presented first (the agreement, the consent or the court decision).
tr-unknown-person = The questionnaire has no such person for an Annex 3 answer.
tr-not-outstanding = That document is not awaited for that person.
tr-conclusions-missing = Approval needs the conclusion of every approving body (or the reason it was not asked). Missing: { $bodies }.
tr-ground-not-here = This refusal ground does not apply at this stage of the case.
tr-storage-not-ended = The decision is kept until { $until }; it is transferred to the provider after that.
desk-incomplete-not-asked = Write why the body was not asked.
cli-bad-subject = Name the person as dependant:N or other-parent:N (rows counted from 1), not "{ $subject }".
ui-act-not-asked = Not asked
ui-act-not-asked-reason = Why the body was not asked
ui-act-not-asked-because = not asked: { $reason }
ui-act-awaiting = Approval waits for the conclusions of: { $bodies }
ui-act-present = Required again by the Annex 3 answer
ui-act-presented = Presented
ui-act-court-decision = Court decision instead
ui-act-until-detail = until { $until }; the case's detail (optional):
ui-act-detail = The case's detail (optional):
fee-no-mci = The fee was paid on { $date }, a day the MCI table has no value for: what was due is unknown, so the payment cannot be counted. Import the MCI of that year (rules import mci) or take a payment made under a known MCI.
holiday-01-01 = New Year
holiday-01-02 = New Year
holiday-01-07 = Orthodox Christmas
holiday-03-08 = International Women's Day
holiday-03-15 = Constitution Day
holiday-03-21 = Nauryz
holiday-03-22 = Nauryz
holiday-03-23 = Nauryz
holiday-05-01 = Unity Day of the People of Kazakhstan
holiday-05-07 = Defender of the Fatherland Day
holiday-05-09 = Victory Day
holiday-07-06 = Capital Day
holiday-08-30 = Constitution Day
holiday-10-25 = Republic Day
holiday-12-01 = Day of the First President
holiday-12-16 = Independence Day
holiday-12-17 = Independence Day
holiday-weekend = weekend
holiday-transfer = day off moved by government decree
holiday-religious = Kurban Ait
holiday-moved = holiday moved off a weekend
deadline-moved-from = moved from { $date } ({ $why })
form-none = none
form-page = page { $n } of { $total }
form-a2-rel-spouse = spouse
form-a2-rel-former-spouse = former spouse
form-a3-dependant = dependant
form-whom-applicant = the applicant { $name }
form-whom-representative = the applicant's representative { $name }
form-whom-child = the child { $name }
form-whom-other-parent = { $name }, the other parent of { $count ->
        [1] the child
       *[other] the children
    } ({ $children })
form-whom-dependant = the dependant { $name }
problem-unknown-country = Choose the country from the list.
problem-destination-kz = The country of destination cannot be Kazakhstan.
problem-unknown-nationality = Choose the nationality from the list.
problem-unknown-relationship = Choose the relationship from the list.
rel-grandfather = grandfather
rel-grandmother = grandmother
rel-grandson = grandson
rel-granddaughter = granddaughter
rel-brother = brother
rel-sister = sister
rel-stepfather = stepfather
rel-stepmother = stepmother
rel-stepson = stepson
rel-stepdaughter = stepdaughter
cli-login-required = Sign in: --user LOGIN (or EMIGRATION_DESK_USER), with the password in EMIGRATION_DESK_PASSWORD or on standard input.
cli-login-wrong = Wrong login or password; attempts left before the lock: { $left }.
cli-login-disabled = This user is disabled.

# Backups and restore (db backup, db restore, the daily backup).
backup-error-io = Cannot use { $path }: { $error }
backup-error-damaged = { $path } fails the integrity check: { $problems }
backup-error-store-exists = The data directory { $dir } already has a store: a backup is restored only into a directory without one. Nothing was changed.
backup-error-not-a-backup = { $path } is not a backup of this program's store: { $detail }
backup-error-no-dir = No backup directory is set: give one (db backup DIR) or set the automatic backups (db backup-policy --dir DIR).
cli-backup-done = Backup written and checked: { $path }
cli-backup-pruned = Old backup removed: { $path }
cli-restore-done = Restored { $file } into { $path }.
cli-backup-policy = Automatic daily backups into { $dir }, kept { $days } days.
cli-backup-policy-off = No automatic backups (no backup directory is set).
cli-backup-last = Last backup: { $at } — { $path }
cli-backup-never = No backup has been made yet.
ui-users-backup = Backups
ui-users-backup-dir = Backup directory (an absolute path, ideally on another disk; empty: no automatic backups):
ui-users-backup-dir-save = Save backup directory
ui-users-backup-dir-invalid = The backup directory must be the absolute path of a directory this program can write to.
ui-users-backup-keep = Keep backups for this many days:
ui-users-backup-keep-save = Save days kept
ui-users-backup-keep-invalid = Give a number of days from 1 to 3650.
ui-users-backup-now = Back up now
ui-users-backup-file = File: { $path }
ui-backup-last = Last backup: { $at } ({ $age })
ui-backup-never = Last backup: never
ui-backup-off = No automatic backups: the administrator sets a backup directory.
ui-backup-running = Backing up…
ui-backup-failed = The backup failed: { $error }
ui-backup-age-minutes = { $n } min ago
ui-backup-age-hours = { $n } h ago
ui-backup-age-days = { $n } d ago
err-id-placeholder = This is a placeholder, not an issued number (one digit twelve times).
problem-bad-characters = Control characters, line breaks and invisible direction marks are not allowed here.
problem-applicants-own-iin = This is the applicant's own IIN, not the child's.
problem-same-iin-twice = This IIN is already given for another child.
problem-amount-too-large = The amount cannot be more than { $max } ₸.
problem-date-too-early = A date before 1900 is not plausible.
problem-signed-before-birth = Signed before the applicant was born.
cli-input-too-large = { $path } is larger than { $max } MB: not an input this program reads.
cli-no-store = There is no store at { $path }: set the workstation up with `init` first (or give --data-dir).
cli-empty-store = The database file { $path } is empty: its data is gone. Restore it from a backup (db restore); it is not re-created.
store-open-case-exists = The applicant already has an open case, { $number }. To accept a second case anyway, confirm it (the window: press Accept again; the command line: --second-case).
store-encrypted = The database is encrypted and this key does not open it: sign in with a user of this workstation.
store-in-use = Another program has the database open while it is being encrypted: close the other windows of the program and sign in again.
store-damaged = The data check of { $since } found this store damaged: no new case or step is recorded until a backup is restored (db restore) or the check finds it sound again (db check).
keys-missing = The key slots file { $path } is missing: without it the encrypted store cannot be opened. Restore it from the backup (it lies beside each backup file).
keys-damaged = The key slots file { $path } is damaged. Restore it from the backup.
keys-io = Cannot use the key slots file { $path }: { $error }
keys-crypto = The encryption library failed; see the log.
cli-recovery-code = Recovery code (shown once; print it or write it down and keep it in the office's safe — it opens every citizen's data):
    { $code }
cli-recovered = The recovery code opened the store: { $login } has the new password and can sign in. Make a new recovery code now (db recovery-code).
cli-slots-plain = The store is not encrypted yet: it will be at the next sign-in.
cli-slot-user = key slot: { $login }
cli-slot-recovery = recovery code: made
cli-slot-no-recovery = recovery code: none (make one: db recovery-code)
store-conflict-store-plain = The store is not encrypted yet: sign in again first.
store-conflict-recovery-code-wrong = This recovery code does not open the store.
cli-user-password = New password set for { $login }; their key slot is sealed anew.
cli-user-disabled = { $login } can no longer sign in: their key slot is removed.
cli-user-enabled = { $login } may sign in again once a new password is set (user password).
ui-keys = Encryption of the store
ui-keys-plain = The store is not encrypted yet: it will be at the next sign-in.
ui-keys-who = Encrypted. It opens with the password of: { $logins }.
ui-keys-recovery-made = A recovery code exists (kept on paper in the office's safe).
ui-keys-recovery-none = No recovery code: if every password is forgotten, the data cannot be opened. Make one.
ui-keys-recovery-make = Make a new recovery code
ui-keys-recovery-shown = Write this code down or print it now and keep it in the office's safe. It is shown only once, replaces any earlier code, and opens every citizen's data:
ui-keys-recovery-hide = I have written it down
cli-read-only = The data directory { $dir } cannot be written (a read-only disk or missing permission). Every sign-in and every view is recorded in the store's audit log, so the store cannot be used from there: make the directory writable for this user, or restore a backup elsewhere. `db check` works on it read-only.
cli-db-check-read-only = The data directory { $dir } cannot be written: checked read-only (nothing was changed or recorded).
cli-login-wrong-read-only = Wrong login or password (nothing is counted in a read-only directory).
store-conflict-read-only-old-schema = The store was written by an older version and must be brought up to date, which needs a writable data directory.
store-bad-login = “{ $login }” cannot be a login: use 1 to 64 Latin letters, digits, “.”, “_” or “-” (no spaces, no Cyrillic).
sync-quarantine-bounds = Quarantine holds { $kept } MiB of at most { $quota } MiB ({ $per_office } MiB per office); messages whose bytes were dropped (too large or over a quota): { $dropped }; records removed after { $days } days or beyond the count: { $expired }.
cli-case-already-imported = This questionnaire (its --draft-id) was already imported as case { $number }: nothing was done.
ui-unlock-wrong = Wrong password. Attempts left before the account locks: { $left }.
cli-user-unlocked = { $login } may sign in again now (the lock-out is lifted; the password is unchanged).
ui-users-unlock = Unlock
ui-confirm-yes = Confirm (Enter)
ui-confirm-no = Go back (Esc)
ui-confirm-accept = Accept the questionnaire? The case gets its number, the service ends, and the Annex 4 receipt with the date to come back prints. This cannot be undone.
ui-confirm-refuse-intake = Refuse to accept? The Annex 5 receipt prints, naming the missing documents, and the service ends. This cannot be undone.
ui-confirm-approve = Approve? The Annex 4-1 direction for deregistration is issued, valid for the days the rules give. This cannot be undone.
ui-confirm-refuse-review = Refuse on the grounds ticked? The Annex 1-1 refusal notice is issued. This cannot be undone.
ui-confirm-decision = Record the decision permitting departure for permanent residence (Annex 1)? This cannot be undone.
ui-confirm-hand-over = Record that the decision was handed over? This cannot be undone.
ui-confirm-transfer = Pass the uncollected decision to the provider? This cannot be undone.
ui-confirm-no-show = Record that the person called did not come? The ticket closes.
ui-intake-date-no-such-day = There is no such day as { $date }.
ui-intake-come-back = Come back for the result on { $date }.
ui-intake-missing = Missing documents:
ui-intake-to-case = Open the case
sync-status-unreceipted = · { $unreceipted } without receipt
ui-f-phone-work = Work phone
ui-f-postal-code = Postal code (e.g. Z05H9E8)
ui-intake-fix-fields-in = Some fields still need correcting, on the steps: { $steps } (marked ⚠).
ui-known-title = Known from case № { $case }:
ui-known-facts = { $name }, born { $born }, document { $document }
ui-known-fill = Fill in (Enter)
ui-known-ignore = Ignore (Esc)
desk-incomplete-breach-reason = A time limit of this visit was exceeded: write why before the service ends.
ui-intake-breach-reason = The visit exceeded its time limit. Why?
ui-case-annex-named = Annex { $annex }: { $name } — { $lang }
ui-annex-name-1 = decision permitting departure
ui-annex-name-1-1 = refusal of departure
ui-annex-name-2 = questionnaire
ui-annex-name-3 = request to the internal affairs body
ui-annex-name-4 = receipt of documents
ui-annex-name-4-1 = direction for deregistration
ui-annex-name-5 = refusal to accept documents
ui-print-lang-kk = in Kazakh
ui-print-lang-ru = in Russian
ui-case-visits = Visit to the counter
ui-case-visit = Ticket { $ticket }, { $day }: issued { $issued }, called { $called }, ended { $ended }
ui-case-visit-breach = { $timer }: limit exceeded — { $reason }
ui-cases-col-number = Case number
ui-cases-col-iin = IIN
ui-cases-col-name = Applicant
ui-cases-col-status = Status
ui-cases-col-due = Next due
report-title = Report on the service
report-col-what = Figure
report-col-count = Count
report-all-offices = all offices
report-from = From
report-to = To
report-offices = Offices
report-intake = Applications
report-accepted-sc = Accepted at the State Corporation
report-accepted-provider = Accepted at the migration police
report-refused-at-intake = Refused at intake (Annex 5)
report-missing-item = Refused for lack of para { $item }
report-review = Review and decisions
report-approved = Approved (Annex 4-1)
report-refused = Refused (Annex 1-1)
report-ground = of them on para 10 item { $ground }
report-ground-note = of them for the certificate not presented (Annex 4-1 note)
report-still-under-review = Under review at the period's end
report-decisions = Decisions made (Annex 1)
report-handed-applicant = Handed to the applicant
report-handed-representative = Handed to a representative
report-transferred = Transferred to the provider after the month of storage
report-timeliness = Timeliness by stage
report-col-stage = Stage
report-col-finished = Finished
report-col-in-time = In time
report-col-in-time-percent = In time, %
report-col-median-days = Median days
report-col-p90-days = 90th percentile, days
report-col-overdue = Overdue now
report-col-overdue-median = Days late, median
report-col-overdue-max = Days late, most
report-counter = The counter
report-counter-days = The counter by day
report-col-counter = Counter (clerk)
report-col-day = Day
report-col-visits = Visits
report-col-within-wait = Wait within the limit, %
report-col-within-service = Service within the limit, %
report-col-wait-median = Wait, median min
report-col-wait-p90 = Wait, 90th pct min
report-col-service-median = Service, median min
report-col-service-p90 = Service, 90th pct min
report-all-counters = All counters
report-breaches = Limits exceeded, by reason
report-col-reason = Reason
report-no-reason = (no reason written)
report-complaints = Complaints and home visits
report-complaints-registered = Complaints registered
report-complaints-in-time = Answered in time (5 / 15 working days)
report-complaints-late = Answered late
report-complaints-overdue = Unanswered, overdue
report-home-requested = Home visits requested
report-home-done = Home visits done
report-home-overdue = Home visits overdue
report-chart-visits = Visits a day
report-chart-in-time = Stages finished in time, %
report-bad-period = The period ends before it begins.
cli-report-written = The report for { $from } – { $to } is written to { $path }.
cli-bad-format = Unknown format “{ $format }”: json, csv, xlsx or pdf.
ui-nav-reports = Reports
ui-report-from = From (DD.MM.YYYY)
ui-report-to = To (DD.MM.YYYY)
ui-report-this-office = This office
ui-report-all-offices = All offices
ui-report-make = Make the report
ui-report-export = Save as
ui-report-dates = Write both days as DD.MM.YYYY.
report-period = Period and offices
app-comment = Counter and migration police desk: intake, receipts, review and decisions
app-generic-name = Applications to leave for permanent residence
app-keywords = emigration;permanent residence;intake;receipt;
app-description-1 = The workstation of a State Corporation counter and of a migration police office for applications to leave Kazakhstan for permanent residence, under the state service standard.
app-description-2 = It runs the queue with its time limits, the questionnaire with the list of documents it requires, the receipts, the review with the approving bodies, the decisions and complaints, and keeps its data encrypted on the workstation, in step with the other offices.
about-open = About
about-close = Close
about-version = Version { $version }, built from commit { $commit } of { $date }
about-licence = Licence: { $licence } (the text below)
about-data-dir = Data on this workstation: { $path }
about-data-dir-unknown = The data directory is not known yet.
about-logs = Logs: { $path }
about-backups = Automatic backups: into the folder the administrator sets on the Users tab (none until one is set); `db backup DIR` makes one in any folder.
about-fonts = Fonts: DejaVu
sync-status-server = (server { $server })

## The printed forms (an English reading; the forms print in Kazakh or
## Russian only).

form-kind = Form
form-stamp = Seal
form-citizen = { $sex ->
        [male] citizen
        [female] citizen
       *[other] citizen
    }
form-citizen-of = { $sex ->
        [male] citizen
        [female] citizen
       *[other] citizen
    }
form-cap-fio-shown = (surname, name, patronymic (if any))
form-cap-fio-open = (surname, name, patronymic (if any))
form-cap-official = (surname, name, patronymic (if any)/signature of the migration service official)
form-executor = Executor: { $name }
form-phone = Phone { $phone }
form-received = Received: { $name }
form-month-1 = January
form-month-2 = February
form-month-3 = March
form-month-4 = April
form-month-5 = May
form-month-6 = June
form-month-7 = July
form-month-8 = August
form-month-9 = September
form-month-10 = October
form-month-11 = November
form-month-12 = December

form-a1-heading =
    Annex 1
    to the state service standard
    "Processing documents for departure
    from the Republic of Kazakhstan
    for permanent residence"
form-a1-title = Decision on processing documents for departure from the Republic of Kazakhstan for permanent residence
form-a1-grant =
    In connection with processing documents for departure for permanent residence to { $country }
    { $citizen } { $name }
form-a1-cap-country = (country of departure)
form-a1-permitted = is permitted to leave the Republic of Kazakhstan for permanent residence.
form-a1-children = Children leaving with them: { $children }.
form-a1-cap-children = (surname, name, patronymic (if any), date of birth)
form-a1-go = {""}
form-a1-note = Note: citizens of the Republic of Kazakhstan must leave within 10 days of deregistration from their place of residence. Otherwise liability for living without registration arises under article 492 of the Code of Administrative Offences of 5 July 2014. If departure in time is impossible, the registration must be restored.
form-a1-phone = Phone { $phone } "___" ____ 20__
form-a1-cap-received = (surname, name, patronymic (if any)/signature of the applicant)
form-a1-received-on = "___" ____ 20__

form-a11-heading =
    Annex 1-1
    to the state service standard
    "Processing documents for departure
    from the Republic of Kazakhstan
    for permanent residence"
form-a11-title = Notice of refusal to provide the state service
form-a11-before-grounds =
    We notify { $name }
    of the refusal to provide the state service "Processing documents for departure from the Republic of Kazakhstan for permanent residence" on the grounds of paragraph 10 of this standard, namely:
form-a11-ground = { $ground } – until { $until }
form-a11-after-grounds = {""}
form-a11-court = An applicant who disagrees with the result of the state service may go to court in the manner established by the laws of the Republic of Kazakhstan.
form-a11-made-two = The notice is made in 2 copies, one for each side.
form-a11-cap-received = (surname, name, patronymic (if any)/signature of the applicant)
form-a11-received-on = "___" ____ 20__

form-a2-heading =
    Annex 2
    to the state service standard
    "Processing documents for departure
    from the Republic of Kazakhstan
    for permanent residence"
form-a2-title = QUESTIONNAIRE-APPLICATION
form-a2-cap-name = (surname, name, patronymic (if any))
form-a2-cap-former = (other surname, name or patronymic you had, if any)
form-a2-cap-birth = (date and place of birth)
form-a2-cap-residence = (permanent residence)
form-a2-passport = Passport No. { $number } { $issued } { $year } { $authority }
form-a2-id-card = Identity card No. { $number } { $year } { $authority }
form-a2-iin = IIN { $iin }
form-a2-nationality = Nationality { $nationality }
form-a2-phones = Phones: home { $home } work { $work } mobile { $mobile }
form-a2-request = I ask to process documents for departure from the Republic of Kazakhstan for permanent residence to { $country } with deregistration at the address { $address }.
form-a2-cap-address = (registered address)
form-a2-children-request = I also ask to process documents for departure for my minor children:
form-a2-col-fio = Surname, name, patronymic (if any)
form-a2-col-born = Date of birth
form-a2-col-passport = Passport No.
form-a2-relatives =
    CLOSE RELATIVES
    (parents, spouses (former included), children)
form-a2-col-relationship = Relationship (if deceased, attach the death certificate)
form-a2-col-birth-year-place = Year and place of birth
form-a2-col-country-address = Country and address of residence
form-a2-col-workplace = Workplace
form-a2-col-marriage = Place where the marriage(s) were registered (for married persons)
form-a2-activity = Activity in the last 5 years (military service included)
form-a2-col-years = Years started and left
form-a2-col-position = Position
form-a2-col-organisation = Name of the organisation
form-a2-col-org-address = Address of the organisation
form-a2-col-job-workplace = {""}
form-a2-col-secrets = Access to the state secrets of the Republic of Kazakhstan yes/no, also at former places of work (service)
form-a2-warning = I was warned of liability for knowingly false data in the questionnaire-application (Basis: the Law of the Republic of Kazakhstan "On migration of population")
form-a2-warning-on = "___" ____ 20__ { $signature }
form-a2-consent = I consent to the use of information that is a secret protected by law held in information systems
form-a2-consent-on = "___" ____ 20__ { $signature }
form-a2-cap-signature = (signature of the applicant)
form-a2-accepted = The questionnaire-application was accepted on "___" ____ 20__.
form-a2-cap-accepted-by = (surname, name, patronymic (if any) of who accepted it)

form-a3-heading =
    Annex 3
    to the state service standard
    "Processing documents for departure
    from the Republic of Kazakhstan
    for permanent residence"
form-a3-cap-body = (name of the internal affairs body)
form-a3-from = from { $citizen } { $name }
form-a3-cap-address = (registered address)
form-a3-title = Application
form-a3-text =
    In connection with processing documents for departure for permanent residence I ask to report, from the state database "Individuals", the registration in the Republic of Kazakhstan of { $citizen } { $first }
    { $person }.
form-a3-cap-person = (full surname, name, patronymic (if any), relationship)
form-a3-after-person = {""}
form-a3-signed = "___" ____ 20__ { $signature }
form-a3-cap-signature = signature

form-a4-heading =
    Annex 4
    to the state service standard
    "Processing documents for departure
    from the Republic of Kazakhstan
    for permanent residence"
form-a4-title = Receipt of acceptance of documents from the applicant
form-a4-to = This receipt is given to { $name }
form-a4-confirms = and confirms that the documents were accepted for processing documents for departure for permanent residence under the list of the state service standard "Processing documents for departure from the Republic of Kazakhstan for permanent residence".
form-a4-come = To receive the document confirming departure, for military deregistration (if liable) and deregistration from the place of permanent residence, or to receive the notice of refusal, come to the provider on "___" ____ 20__.
form-a4-made-two = This receipt is made in 2 copies, one for each side.
form-a4-executor = Executed by: { $name }
form-a4-cap-received = (surname, name, patronymic (if any)/signature of the applicant)
form-a4-received-on = "___" ____ 20__

form-a41-heading =
    Annex 4-1
    to the state service standard
    "Processing documents for departure
    from the Republic of Kazakhstan
    for permanent residence"
form-a41-title = Document confirming departure from the Republic of Kazakhstan for permanent residence, for military deregistration and deregistration
form-a41-to = This is issued to { $name }
form-a41-directs =
    on the positive review of the documents for departure for permanent residence, as a direction for:
    military deregistration (if liable for military service);
    deregistration from the place of permanent residence in the Republic of Kazakhstan.
form-a41-valid = Valid until "___" ____ 20__.
form-a41-note = Note: if the applicant does not bring the certificate of military deregistration (if liable) to the provider within 7 calendar days, the provider issues the notice of refusal under paragraph 10 of this standard.
form-a41-made-two = Made in 2 copies, one for each side.
form-a41-executor =
    Executor:
    { $name }
form-a41-cap-received = (surname, name, patronymic (if any)/signature of the applicant)
form-a41-received-on = "___" ____ 20__

form-a5-heading =
    Annex 5
    to the state service standard
    "Processing documents for departure
    from the Republic of Kazakhstan
    for permanent residence"
form-a5-title = Receipt of refusal to accept documents
form-a5-intro =
    Under article 20, paragraph 2 of the Law of the Republic of Kazakhstan "On state services" of 15 April 2013, department No. { $dept } of the branch of the State Corporation "Government for Citizens"
    { $address }
form-a5-cap-address = (address)
form-a5-text = refuses to accept the documents for the state service "Processing documents for departure from the Republic of Kazakhstan for permanent residence" because the package you presented is incomplete under the list of the standard, namely:
form-a5-missing = Missing documents:
form-a5-made-two = This receipt is made in 2 copies, one for each side.
form-a5-cap-employee = (surname, name, patronymic (if any) of the State Corporation employee)
form-a5-cap-received = (surname, name, patronymic (if any)/signature of the applicant)
form-a5-received-on = "___" ____ 20__

# The approving bodies' conclusions (issue 29)
ui-confirm-negative-conclusion = Record a NEGATIVE conclusion of { $body }? Departure cannot be approved while it stands; only a later conclusion of the same body corrects it.
ui-act-corrects = This body has concluded already ({ $verdict }, { $date }): recording again corrects that conclusion; both stay in the log.
ui-act-correction-of = corrects the conclusion of { $date }
ui-act-corrected = corrected later
ui-act-correct-conclusion = Correct
desk-incomplete-password = Type the password.
ui-intake-accept-needs = Accepting needs every field of the questionnaire right: the fields marked ⚠ are still to fill or correct.
ui-intake-refuse-needs = A refusal (Annex 5) needs only who is refused: the applicant's surname, given name and IIN.
ui-intake-refuse-nothing-missing = Every paper of the checklist is here: there is nothing to refuse for — accept the package (F9).
ui-intake-accept-incomplete = Papers of the checklist are still missing: tick them as presented, or refuse naming them (F10).
form-recovery-title = Recovery code of the workstation's data
form-recovery-office = Office:
form-recovery-address = Address:
form-recovery-made = Made on:
form-recovery-what = This code opens the data of every applicant kept on this workstation when every password is forgotten. Keep this sheet in the office's safe; show it to nobody. A new code replaces this one.
form-recovery-signed = Administrator: ______________________ (surname, initials, signature)
ui-keys-recovery-print = Print (A4)
ui-keys-recovery-printed = Sent to the printer. Take the sheet from the printer now; no copy is kept on this computer.
ui-setup-admin-repeat = The password again
ui-setup-passwords-differ = The two passwords differ.
ui-confirm-not-liable = Record that the applicant is not liable for military service (no military certificate is needed)? This cannot be undone.
ui-confirm-deregistered = Record that the applicant is deregistered from the place of residence? This cannot be undone.
ui-act-nothing = Nothing to record on this case here now (it is { $status }).
sync-status-awaiting-update = { $n } message(s) need a newer version of this program: update this workstation (their cases wait).

# The contact centre's answer to a caller (para 15), read out by the operator.
cc-not-found = No such application was found. Please check the application number and the IIN.
cc-office-code = the office with code { $code }
cc-under-review = Your documents were accepted on { $since }. The application is being reviewed.
cc-refused-at-intake = On { $since } the documents were not accepted: the package was incomplete.
cc-missing = Missing were: { $list }. You may apply again with the complete package.
cc-approved = On { $since } the document confirming departure for permanent residence outside the Republic of Kazakhstan was issued, for removal from the military register and deregistration at the place of residence.
cc-papers-by = Bring to { $office } by { $on } inclusive:
cc-decision-ready = The decision has been ready since { $since }. It can be collected at { $office }.
cc-refusal-ready = On { $since } the provision of the state service was refused. The notice can be collected at { $office }.
cc-with-provider = On { $since } the uncollected result was passed to the migration service (the provider). Please go to { $office }.
cc-handed-over = The result was handed over on { $since }. The state service has been provided.
cc-come-on = Please come on { $on } to { $office }.
cc-bring = Bring with you: { $list }.
cc-office-where = Address: { $address }. Telephone: { $phone }. Working hours: { $hours }.
cc-hours-state-corporation = Monday to Saturday, 9:00–20:00 without a lunch break, except Sundays and holidays
cc-hours-migration-police = Monday to Saturday; documents are accepted and results issued 9:00–17:30, lunch 13:00–14:30, except days off and holidays
cc-bring-identity-document = an identity document
cc-bring-receipt = the receipt for the documents
cc-bring-military-certificate = the certificate of removal from the military register (for those liable for military service)
cc-bring-deregistration = the document of deregistration at the place of residence

cc-bad-number = The application number has 15 digits (office, year, number and a check digit): check it with the caller.
cc-bad-iin = The IIN has 12 digits and a check digit: check it with the caller.
cc-not-configured = Status lookups are not set up on this workstation: the hub's address and the status key secret are entered under Sync.
cc-hub-unreachable = The contact centre's hub does not answer now: try again in a minute; if it persists, call the administrator.
cc-slowed = Too many lookups found nothing from this workstation: the next one is possible in { $seconds } s. Every lookup is recorded.
ui-nav-status = Status lookup
ui-cc-title = Application status (contact centre 1414)
ui-cc-number = Application number
ui-cc-iin = Applicant's IIN
ui-cc-look-up = Look up
ui-cc-lang = Answer in
ui-cc-note = Read the answer out as it stands. Both the number and the IIN must match; nothing else is told over the phone.
cli-cc-found = Found:
ui-cc-clear = Next caller
store-role-not-here = An office of this kind has no role “{ $role }”: operators work at the contact centre only, clerks, officers and supervisors at the offices that hold cases.
