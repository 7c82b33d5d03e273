#!/usr/bin/env bash
# Rebuilds the example plans in Plans/ from the five sample reports, with a realistic history of
# updates (owners assigned, work started, completed and signed off, one rescheduled, one dropped),
# so that `actionplan overdue --as-of 2017-09-30` reads like a real cabinet paper.
# Usage: Tests/Examples/make-example-plans.sh [ACTIONPLAN_BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
ap=${1:-.build/debug/actionplan}
fixtures=Tests/ActionPlanKitTests/Fixtures
rm -f Plans/*.json Plans/.*.lock
u() { "$ap" update "$@" >/dev/null; }

# generate names each plan <council>-<year>; Dudley's is named for its cabinet paper's year, not the
# inspection's (2011), as the council filed it.
"$ap" generate "$fixtures/nottinghamshire-2011-safeguarding.txt" >/dev/null
"$ap" generate "$fixtures/dudley-2012-cabinet.txt" --name dudley-2012 >/dev/null
"$ap" generate "$fixtures/sutton-2013-protection.txt" >/dev/null
"$ap" generate "$fixtures/cumbria-2013-protection.txt" >/dev/null
"$ap" generate "$fixtures/south-gloucestershire-2017-sif.txt" --default-months 6 >/dev/null
for plan in nottinghamshire-2011 dudley-2012 sutton-2013 cumbria-2013 south-gloucestershire-2017; do
    [ -f "Plans/$plan.json" ] || { echo "generate did not make Plans/$plan.json" >&2; exit 1; }
done
p() { "$ap" plan "$@" >/dev/null; }
a() { "$ap" add "$@" 2>&1 >/dev/null | sed "/^Added action/d" >&2; }

# Nottinghamshire, 2011: delivered and closed, one item still awaiting sign-off.
n=nottinghamshire-2011
p $n --meeting "Children and Young People's Committee" --meeting-date 2011-11-14 --author "R. Hughes, Service Director" --by "R. Hughes" --on 2011-10-24
u $n 1-5 --owner "Service Director, Children's Social Care" --by "R. Hughes" --on 2011-10-24
u $n 6,7 --owner "Head of Early Help and Workforce" --by "R. Hughes" --on 2011-10-24
u $n 1-7 --status in-progress --by "R. Hughes" --on 2011-11-07 --note "Improvement board agreed the plan"
u $n 1-5 --status completed --by "R. Hughes" --on 2012-01-16 --evidence "Audit of 60 cases, January 2012"
u $n 1-5 --status signed-off --by "Improvement Board" --on 2012-02-20 --note "Evidence accepted"
u $n 6 --status completed --by "K. Dale" --on 2012-04-10 --note "CAF use up 40% on last year"
u $n 6 --status signed-off --by "Improvement Board" --on 2012-05-21
u $n 7 --status completed --by "K. Dale" --on 2012-04-16 --note "First cohort of 24 managers trained"

# Dudley, 2012: mostly done; the recording system slipped and one health item ran on for years.
d=dudley-2012
p $d --meeting "Cabinet" --meeting-date 2012-02-08 --author "J. Porter, Acting Director of Children's Services" --by "J. Porter" --on 2012-01-20
u $d 1,9 --owner "Designated Nurse, NHS Dudley" --measure "Health plan signed by all partners; audit shows health input to 90% of assessments" --by "P. Sharratt" --on 2012-02-15
u $d 2,10,11 --owner "NHS Dudley commissioning lead" --by "P. Sharratt" --on 2012-02-15
u $d 3,4,5,13 --owner "Head of Quality Assurance" --by "P. Sharratt" --on 2012-02-15
u $d 6 --owner "DSCB Business Manager" --by "P. Sharratt" --on 2012-02-15
u $d 7 --owner "Head of ICT, Children's Services" --cost 180000 --by "P. Sharratt" --on 2012-02-15
u $d 8 --owner "Head of Early Intervention" --by "P. Sharratt" --on 2012-02-15
u $d 12 --owner "IRO Service Manager" --cost 95000 --measure "IRO caseloads at or below 70" --by "P. Sharratt" --on 2012-02-15
u $d 1,3,4,5,6,9,12 --status in-progress --by "P. Sharratt" --on 2012-02-20 --note "Work under way"
u $d 1 --status completed --by "J. Porter" --on 2012-03-05 --evidence "Health action plan v3 agreed at the partnership board"
u $d 3,4,5,6,12 --status completed --by "J. Porter" --on 2012-03-30
u $d 7 --due 2012-12-31 --reason "Supplier delayed the new recording system by six months" --by "J. Porter" --on 2012-04-02
u $d 1,3,4,5,6,12 --status signed-off --by "Cabinet" --on 2012-07-11 --note "Cabinet accepted the evidence"
u $d 2,8,9,13 --status completed --by "J. Porter" --on 2012-09-28
u $d 2,8,9,13 --status signed-off --by "Cabinet" --on 2012-11-14
u $d 7 --status completed --by "J. Porter" --on 2013-01-31 --note "System live in all teams"
u $d 7 --status signed-off --by "Cabinet" --on 2013-03-13
u $d 10,11 --status in-progress --by "NHS Dudley" --on 2012-03-01 --note "Capacity review commissioned"
u $d 10 --status completed --by "NHS Dudley" --on 2013-02-28
u $d 10 --status signed-off --by "Cabinet" --on 2013-03-13
u $d 11 --status blocked --by "NHS Dudley" --on 2016-06-01 --note "Joint service depends on CCG funding decision"

# Sutton, 2013: immediate action done; three-month work mostly delivered.
s=sutton-2013
p $s --meeting "Local Safeguarding Children Board" --meeting-date 2013-07-10 --author "W. Chen, Head of Safeguarding" --by "W. Chen" --on 2013-06-03
u $s 1-10 --owner "Head of Safeguarding" --by "W. Chen" --on 2013-06-03
u $s 9 --owner "Missing Children Coordinator" --by "W. Chen" --on 2013-06-03
u $s 1 --status completed --by "W. Chen" --on 2013-05-29 --evidence "Strategy discussion template in use from 28 May"
u $s 1 --status signed-off --by "LSCB" --on 2013-07-10
u $s 2-8 --status in-progress --by "W. Chen" --on 2013-06-17
u $s 2-8 --status completed --by "W. Chen" --on 2013-10-31 --note "Audit in October confirms the changes"
u $s 2-8 --status signed-off --by "LSCB" --on 2014-01-15
u $s 9 --status in-progress --by "T. Adeyemi" --on 2013-07-01 --note "Data sharing agreement with police drafted"
u $s 9 --status completed --by "T. Adeyemi" --on 2014-02-14 --note "Monthly missing and CSE profile now reported"
u $s 9 --status signed-off --by "LSCB" --on 2014-03-12
u $s 10 --status dropped --reason "Superseded by the borough-wide workforce strategy (action W4)" --by "W. Chen" --on 2013-09-02

# Cumbria, 2013: an inadequate judgement; most items closed, one still open.
c=cumbria-2013
p $c --meeting "Improvement Board" --meeting-date 2013-09-18 --author "M. Holt, Assistant Director" --by "M. Holt" --on 2013-05-28
u $c 1-9 --owner "Assistant Director, Safeguarding" --by "M. Holt" --on 2013-05-28
u $c 10-18 --owner "Principal Social Worker" --by "M. Holt" --on 2013-06-03
u $c 19,20 --owner "CSCB Independent Chair" --by "M. Holt" --on 2013-06-03
u $c 21 --owner "Participation Manager" --cost 45000 --by "M. Holt" --on 2013-06-03
u $c 1-21 --status in-progress --by "M. Holt" --on 2013-06-10
u $c 1-9 --status completed --by "M. Holt" --on 2013-07-31 --note "Improvement board review of 120 cases"
u $c 1-9 --status signed-off --by "Improvement Board" --on 2013-09-18
u $c 10-18 --status completed --by "M. Holt" --on 2013-10-30
u $c 10-18 --status signed-off --by "Improvement Board" --on 2014-01-22
u $c 19,20 --status completed --by "CSCB" --on 2014-02-28 --evidence "CAF audit programme running quarterly"
u $c 19,20 --status signed-off --by "CSCB" --on 2014-04-16
u $c 21 --due 2014-06-30 --reason "Advocacy contract re-tendered" --by "M. Holt" --on 2013-11-04
a $c 21 --action "Report take-up of advocacy by children subject to plans to the CSCB each quarter" --owner "Participation Manager" --due 2014-12-31 --by "M. Holt" --on 2013-11-04
u $c 21 --note "Provider appointed; service starts in the autumn" --by "M. Holt" --on 2014-07-07

# South Gloucestershire, 2017: the live plan; due dates six months from publication.
g=south-gloucestershire-2017
p $g --meeting "Cabinet" --meeting-date 2017-10-09 --author "S. Murray, Director of Children, Adults and Health" --by "S. Murray" --on 2017-02-20
u $g 1,10,15 --owner "Head of Disability Service" --by "S. Murray" --on 2017-02-20
u $g 2,3 --owner "CSE Strategic Lead" --by "S. Murray" --on 2017-02-20
u $g 4,5,6 --owner "Head of Access and Response" --by "S. Murray" --on 2017-02-20
u $g 7,8 --owner "Head of Early Help" --by "S. Murray" --on 2017-02-20
u $g 9 --owner "Head of Business Systems" --cost 420000 --by "S. Murray" --on 2017-02-20
u $g 11,12,13,14 --owner "Principal Social Worker" --by "S. Murray" --on 2017-02-20
u $g 16,17 --owner "Head of Children in Care" --by "S. Murray" --on 2017-02-20
u $g 18,19,20 --owner "Leaving Care Team Manager" --by "S. Murray" --on 2017-02-20
u $g 21,22 --owner "Head of Quality Assurance" --by "S. Murray" --on 2017-02-20
u $g 23-31 --owner "SGSCB Business Manager" --by "S. Murray" --on 2017-02-20
u $g 1 --measure "Every open case in the 0-25 service reviewed and re-allocated" --status in-progress --by "S. Murray" --on 2017-02-21 --note "Review team of six social workers in place"
u $g 1 --status completed --by "S. Murray" --on 2017-04-28 --evidence "All 172 cases reviewed; 31 escalated"
u $g 1 --status signed-off --by "Improvement Board" --on 2017-06-14
# A recommendation broken into several actions, as councils write their plans: 1.2 is late, so
# recommendation 1 is red although its first action is signed off.
a $g 1 --action "Re-audit 40 re-allocated cases in the 0-25 service three months on" --owner "Head of Quality Assurance" --due 2017-09-15 --measure "At least 36 of 40 cases rated good or better" --by "S. Murray" --on 2017-06-14
a $g 9 --action "Train every social worker and manager in the new client record system before go-live" --owner "Workforce Development Manager" --due 2018-02-28 --by "S. Murray" --on 2017-05-10
a $g 9 --action "Move open cases and their chronologies into the new system and check a sample of 100" --owner "Head of Business Systems" --due 2018-03-31 --by "S. Murray" --on 2017-05-10
u $g 2,3,4,5,6,7,11,12,13,16,17,21,22,23,24,25 --status in-progress --by "S. Murray" --on 2017-03-06
u $g 2,3,23 --status completed --by "S. Murray" --on 2017-07-31 --note "CSE risk pathway agreed by the board"
u $g 4,6 --note "Welfare checks now within 24 hours in 80% of cases" --by "S. Murray" --on 2017-07-14
u $g 9 --due 2018-03-31 --reason "Go-live of the new client record system moved to March 2018" --by "S. Murray" --on 2017-05-10
u $g 9 --status in-progress --by "S. Murray" --on 2017-05-10
u $g 18 --status blocked --note "Waiting for care leavers' forum to reconvene" --by "S. Murray" --on 2017-08-01
