"""Which phase of an incident an event marks, from its words or the field it came from.

A lexicon per phase. Explicit markers ("OUTAGE BEGINS", "incident set to resolved") win;
otherwise the phase word that comes first in the entry wins, because it is usually the
entry's main verb: "The issue was detected by users, who contacted support" is a
detection, "Escalated after the alert" an escalation. The lexicon is data so that
configuration can extend it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache

from pmlint.timeline.lazy import LazyPattern
from pmlint.timeline.model import Phase

# "Server downtime starts", "disruption began", "Outage begun", "Outage finished", "start of
# the outage", "end of downtime": the
# noun of what users met with a word of its beginning or end, after it or before it ("of")
_OUTAGE_NOUNS = ("outage", "downtime", "impact", "incident", "disruption", "interruption",
                 "degradation")
_NOUN_BOUNDS: dict[str, tuple[str, ...]] = {
    # ("Event Begins", "we will assume the event began at this point": an incident report's
    # "event" is the incident; its other phrases, "start of the event loop", stay out)
    "start": tuple(
        [f"{noun} {verb}" for noun in (*_OUTAGE_NOUNS, "event")
         for verb in ("starts", "started", "begins", "began", "begun", "has begun")]
        + [f"{word} of{the} {noun}" for noun in _OUTAGE_NOUNS
           for word in ("start", "beginning", "onset") for the in ("", " the")]
        # ("12:00: Incident end", "Outage start", "impact begin": a timeline row's label)
        + [f"{noun} {word}" for noun in _OUTAGE_NOUNS for word in ("start", "begin")]),
    "end": tuple(
        [f"{noun} {verb}" for noun in (*_OUTAGE_NOUNS, "event")
         for verb in ("ends", "ended", "finished", "has finished", "was over")]
        + [f"end of{the} {noun}" for noun in _OUTAGE_NOUNS for the in ("", " the")]
        + [f"{noun} end" for noun in _OUTAGE_NOUNS]
        # "depooled the datacenter, ending user impact": the step that ended it
        + [f"{verb} {whose}{noun}" for verb in ("ending", "ended", "ends")
           for whose in ("", "the ", "user ", "customer ", "the user ", "the customer ", "all ")
           for noun in ("impact", "outage", "downtime", "disruption")]),
}

# "we experienced a server outage", "we encountered an outage", "we suffered some downtime":
# the incident met, told whole by its authors; the time beside it is when it began (not "our
# CI provider experienced a complete outage": a dependency's, told as a step)
_OUTAGE_MET = tuple(
    f"we {verb} {phrase}" for verb in ("experienced", "encountered", "suffered")
    for phrase in ("an outage", "an interruption", "some downtime", "downtime",
                   *(f"{a}{adjective} {noun}" for a in ("a ", "")
                     for adjective in ("server", "service", "network", "major", "complete",
                                       "partial", "total", "full")
                     for noun in ("outage", "disruption", "interruption", "downtime"))))

# "around the start of the outage", "since the beginning of the incident": the moment named
# as a point of reference, not marked as the step the entry tells
_POINT_OF = ("start of", "beginning of", "onset of")
# "statuscake reports that example.org is online": a monitor's word that the service answers
_ONLINE_STATES = ("is online", "is now online", "are online", "are now online")
POINT_REFERRED = re.compile(r"(?<![a-z])(?:around|at|since|before|after|from|until|till|near"
                            r"|during|about|by|to|towards|following|prior[ \t]++to)[ \t]++"
                            r"(?:the[ \t]++(?:very[ \t]++)?)?$")

# Precedence order: first match wins.
# The steps a mitigation takes, in the form that tells one under way, and the words before
# that form which say the step was taken: "began rolling back", "was restarting", "by reverting"
_STEPS_UNDER_WAY = ("rolling back", "reverting", "restarting", "rebooting", "failing over",
                    "redeploying")
# what users reach: "customers were able to access the site", "can access the portal again"
_SERVICE_NOUNS = ("site", "website", "service", "services", "platform", "app", "application",
                  "portal", "dashboard", "api", "system", "systems")
# "cluster UI working", "VPN working": a thing's state in a log's terse words, at its clause's
# end (not "the API working group")
_TERSE_WORKING = tuple(f"{thing} working" for thing in (*_SERVICE_NOUNS, "ui", "vpn", "login",
                                                        "logins", "email", "dns", "cluster"))
# the words that tell a step as achieved ("were able to mitigate", "managed to restore")
_ACHIEVED = ("able to", "managed to")
_STEP_LEADS = ("began", "begins", "begin", "started", "starts", "start", "is", "are", "was",
               "were", "by", "then", "now")

_ENGLISH: tuple[tuple[Phase, tuple[str, ...]], ...] = (
    ("start", ("outage begins", "incident begins", "impact begins", "impact began",
               "impact started", "outage started", "outage began", "issue began",
               "incident began", "incident started", "began experiencing", "started failing",
               "went down", "gone down", "stopped responding", "became unavailable", "outage start",
               "goes down", "stops responding", "becomes unavailable", "site is down",
               "site goes down", "starts failing", "begins failing", "begin failing",
               "began failing", "began erroring", "started erroring", "starts erroring",
               "start failing", "went dark", "goes dark", "go dark",
               "began to fail", "begin to fail", "begins to fail", "started to fail",
               "start to fail", "starts to fail", "began crashing", "begin crashing",
               "begins crashing", "started crashing", "start crashing", "starts crashing",
               "started experiencing", "starts experiencing", "begins experiencing",
               "start experiencing", "began to experience", "started to experience",
               "begins to experience", "starts to experience", "start to experience",
               # a healthy state that ended ("was no longer available"), not "no longer"'s
               # trouble that ended ("errors no longer occur")
               "no longer available", "no longer reachable", "no longer accessible",
               "no longer responding", "no longer responsive", "no longer working",
               "no longer functioning", "no longer serving", "no longer accepting",
               "no longer loading", "no longer online",
               # a thing failing at its time, or cut off: "The email server failed at 14:05",
               # "the fibre link was severed at", "power was lost at"
               "failed at", "crashed at", "was severed", "were severed", "power was lost",
               "lost power", "went offline", "stopped working", "became unreachable",
               "became inaccessible",
               # a blockchain's halt: "validators stopped producing blocks", "the chain halted"
               "stopped producing blocks", "stopped producing new blocks",
               "block production stalled", "block production halted",
               "block production stopped", "chain halted", "network halted",
               "chain stopped producing",
               *_NOUN_BOUNDS["start"], *_OUTAGE_MET)),
    ("end", ("outage ends", "incident ends", "impact ends", "impact ended", "outage ended",
             "incident ended", "incident closed", "incident set to resolved",
             "declared resolved", "marked resolved", "marked as resolved",
             "declared the incident resolved", "declared the incident over",
             "declared the incident closed", "declared it resolved", "declared it over",
             "officially resolved", "close the incident", "closed the incident",
             "closes the incident", "closing the incident", "incident was closed",
             "incident is closed", "end of the incident", "end of incident",
             "no further action",
             # "the incident is considered over": the team's word that it has ended
             # ("whether the incident is over" asks; only "considered" says so)
             "considered over", "considered closed",
             *(p for p in _NOUN_BOUNDS["end"] if p != "end of outage"))),
    ("resolution", ("resolved", "resolution", "restored", "fully recovered", "recovered",
                    "back to normal", "back online", "fully operational", "fixed",
                    # a utility's words: "returned power to all customers", "supply was
                    # returned", "all customers reconnected"
                    "returned power", "power was returned", "supply was returned",
                    "supplies were returned", "customers reconnected",
                    "normal operations", "working again", "service restored",
                    "services were restored", "operating normally", "issue closed",
                    "all clear", "verified operational", "restoration complete",
                    "restore complete", "restore done", "restore finished",
                    "full restoration", "restoration of service", "service restoration",
                    "restoration finished", "is working", "are working", "is now working",
                    "now working", "up and running", "running normally", "running again",
                    "back up", "is back", "are back", "returned to normal", "resumed", "resume",
                    "all-clear", "declared all clear", "declared all-clear",
                    "declared the all-clear", "green again", "back to green", "all green",
                    "came back", "is up again", "are up again", "all up again",
                    "resumes",
                    "no longer", "stable again", "successfully restored", "issue solved",
                    "problem solved", "was solved", "is now running", "now running",
                    "now responding", "responding normally", "working properly",
                    "responding correctly",
                    # the remedy done, for good: "Completed remediation", "Permanent
                    # solution is in place" (a fix "in place" may be a temporary one)
                    "completed remediation", "remediation completed", "remediation complete",
                    "permanent solution is in place", "permanent solution in place",
                    "permanent fix is in place", "permanent fix in place",
                    "working as expected", "functioning", "operational again", "succeeds",
                    # a log's terse state: "Services restarted, cluster UI working", "logins
                    # working normally"
                    *_TERSE_WORKING,
                    # "All services are now operational", a status page's "All Systems
                    # Operational"
                    "now operational", "now fully operational", "all systems operational",
                    "all services operational",
                    # "Nginx server revived, users regained access", "a return to normal
                    # response times", "All services active", "The Maintenance is over"
                    "revived", "regained access", "return to normal", "all services active",
                    # "performance went back to acceptable levels": the measure told back
                    # where it belongs
                    "back to acceptable", "returned to acceptable",
                    # "repools the cluster, returning search to full capacity", "performance
                    # returns to normal"
                    "to full capacity", "at full capacity", "full capacity restored",
                    "returns to normal", "returning to normal",
                    # "Last instance of failures": the impact's end, told as its last sign
                    "last instance of failure", "last instance of failures",
                    "last instance of the failure", "last instance of the failures",
                    "last instance of error", "last instance of errors",
                    "last instance of the error", "last instance of the errors",
                    "last failure seen", "last failures seen", "last error seen",
                    "last errors seen", "last failed request",
                    "maintenance is over", "maintenance is now over",
                    "maintenance is complete", "maintenance is now complete",
                    "maintenance is completed", "maintenance is now completed",
                    "maintenance has been completed", "maintenance completed",
                    # "This maintenance window has concluded at 5:40 PM"
                    *(f"{noun} {verb}" for noun in ("maintenance", "maintenance window")
                      for verb in ("has concluded", "concluded", "is concluded",
                                   "has ended", "ended", "has closed", "is now closed")),
                    # a site taken out of the maintenance mode it was put in to shed load
                    "out of maintenance mode", "from maintenance mode",
                    "exited maintenance mode", "disabled maintenance mode",
                    "maintenance mode disabled", "maintenance mode was disabled",
                    "maintenance mode lifted", "lifted maintenance mode",
                    "turned off maintenance mode",
                    # the users reach the service once more
                    *(f"able to access the {thing}" for thing in _SERVICE_NOUNS),
                    # the repair told as what the team achieved: "were able to restore
                    # service", "managed to resolve the issue"
                    *(f"{lead} {verb}" for lead in _ACHIEVED for verb in ("restore", "resolve",
                                                                          "fix")),
                    *(f"can access the {thing} again" for thing in _SERVICE_NOUNS),
                    "succeeded", "was successful", "were successful", "to an end",
                    "end of outage", "closed", "recovery confirmed", "recovery was confirmed",
                    "full recovery", "complete recovery", "recovery complete",
                    "immediate recovery", "instant recovery",
                    "recovery completed", "full system recovery",
                    "fix deployed", "deployed the fix", "deployed a fix", "fix was deployed",
                    "fix is deployed", "fix has been deployed", "fix rolled out",
                    "fix went out", "fix has been rolled out", "fix was rolled out",
                    "fix is rolled out", "rolled out a fix", "rolled out the fix",
                    "fix has been released", "released a fix", "resolves",
                    # the remedy told live: "the fix was live at 14:10", "patch went live"
                    *(f"{noun} {verb} live" for noun in ("fix", "patch", "fixes", "patches")
                      for verb in ("was", "went", "were", "is now", "was now", "now")),
                    "restores", "recovers", "is restored", "are restored", "fixes",
                    "is live", "are live", "is live again", "live again", "fully functional",
                    "functional again", "back in service", "healthy again",
                    "in a healthy state",
                    # a game's or a shop's service opened to its users again: "the realm
                    # restarted and is open to players", "servers are open again"
                    "open to players", "open to all players", "open to customers",
                    "open to the public", "open to users", "open to all users",
                    "open again",
                    # the service's state, said to hold once more
                    "available again", "accessible again", "reachable again",
                    "responsive again", "active again", "returned to being active",
                    "returned to being available", "returned to being accessible",
                    "returns online", "returned online", "online again", "comes online",
                    "came online", "remedied", "rectified",
                    # (only after a monitor's report or a host's name: MONITOR_SAID)
                    *_ONLINE_STATES,
                    # the fault said put right: "Configuration error corrected and ..."
                    "error corrected", "errors corrected", "issue corrected",
                    "problem corrected", "fault corrected", "misconfiguration corrected",
                    "was corrected", "were corrected", "been corrected",
                    # or put right and checked: "fix confirmed", "config repaired"
                    "fix confirmed", "fix verified", "fix validated", "fix was confirmed",
                    "fix was verified", "fix was validated", "confirmed fixed",
                    "verified fixed", "repaired",
                    # the users' own action works again
                    "log in again", "login again", "sign in again", "able to log in",
                    "can log in", "can now log in", "able to sign in", "can sign in",
                    "can now sign in",
                    "resolving the incident",
                    # the traffic the outage stopped moves again
                    "traffic is flowing", "traffic is now flowing", "traffic flowing again",
                    "traffic flows again", "traffic is flowing again", "traffic flowing normally",
                    "requests are flowing", "requests flowing again",
                    # the service's own checks say it is well again
                    "passes health checks", "passed health checks", "passing health checks",
                    "health checks pass", "health checks passed", "health checks passing")),
    ("mitigation", ("mitigated", "mitigation", "incident set to stable",
                    "stabilized", "stabilised", "rolled back", "roll back", "rollback",
                    "reverted", "revert", "workaround", "failover", "failed over",
                    "restarted", "restart", "rebooted", "reboot", "hotfix", "patched",
                    "scaled up", "scaling up", "scaled out", "killed",
                    "isolated", "temporarily fixing", "stopgap", "redeployed", "redeploy",
                    "redeploys",
                    "rolls back", "reverts", "restarts", "reboots", "fails over",
                    "scales up", "mitigates", "fix has been implemented", "fix was implemented",
                    "fix implemented", "fix has been applied", "fix was applied",
                    "fix applied", "mitigating",
                    *(f"{lead} {verb}" for lead in _ACHIEVED for verb in ("mitigate",
                                                                          "stabilize",
                                                                          "stabilise")),
                    # a site put into maintenance mode to cut its load during the incident
                    "into maintenance mode", "enabled maintenance mode",
                    "maintenance mode enabled", "maintenance mode was enabled",
                    "turned on maintenance mode",
                    # the step under way, told as it went ("began rolling back the release",
                    # "resolved by reverting"); alone, the form also names a state ("pods
                    # restarting") or an idea ("suggests rolling back")
                    *(f"{lead} {step}" for lead in _STEP_LEADS for step in _STEPS_UNDER_WAY),
                    "scaling out",
                    # traffic moved off the failing part
                    "drained traffic", "draining traffic", "traffic was drained",
                    "shifted traffic", "shifting traffic", "traffic was shifted",
                    "rerouted traffic", "rerouting traffic", "traffic was rerouted")),
    ("escalation", ("escalated", "escalate", "escalation", "paged", "looped in",
                    # the page as the person on call got it
                    "received a page", "receiving a page", "got a page", "getting a page",
                    "page received", "was paged", "got paged",
                    "called in", "added as a responder", "brought in", "engaged",
                    "notified the", "was contacted", "contacted", "escalates", "pages",
                    "loops in", "calls in",
                    # a further alert or page goes to someone else: the detection came before
                    "second alert", "another alert", "second page", "paged again", "re-paged")),
    ("acknowledgement", ("acknowledged", "acked", "ack'd", "responded", "on-call",
                         "on call", "began investigating", "started investigating",
                         "began investigation", "initiated investigation",
                         "investigation began", "started working", "began working",
                         "triage", "declared", "declares incident", "incident declared",
                         "took ownership", "picked up", "acknowledges", "acks",
                         "begins investigating", "starts investigating", "are investigating",
                         "are currently investigating", "is investigating",
                         "is currently investigating",
                         # a status update's words for the investigating it reports
                         "are looking into", "is looking into", "currently looking into",
                         "began looking into", "started looking into",
                         # the response opened: its room, its commander
                         "incident channel opened", "opened an incident channel",
                         "opened the incident channel", "created an incident channel",
                         "war room opened", "opened a war room", "bridge opened",
                         "opened a bridge", "opened the bridge", "ic assigned",
                         "incident commander assigned", "assigned an incident commander",
                         "takes over as incident commander",
                         "took over as incident commander",
                         # the person paged arrives where the response is held
                         "joined the bridge", "joined the call", "joined the war room",
                         "joined the incident")),
    ("detection", ("detected", "detect", "detection", "alert", "alerted", "alerts",
                   # Prometheus's alert router names the alert's firing
                   "alertmanager fires", "alertmanager fired", "alertmanager alerted",
                   "alarm", "alarms", "noticed",
                   # warned by the team's own monitoring (not "many were alarmed by the
                   # outage": worried)
                   *(f"alarmed by {by}" for by in (
                       "the system", "our system", "the systems", "our systems",
                       "monitoring", "our monitoring", "the monitoring", "an alert",
                       "the alerting", "our alerting", "alerts", "the monitor", "a monitor")),
                   "notices", "reported", "reports", "discovered",
                   # told of the problem by someone ("we were notified that the graphs had
                   # dropped off", "we got notified through alerts"); "the on-call was
                   # notified" is a page, "notified the vendor" an escalation
                   "we were notified", "we got notified", "we have been notified",
                   "we've been notified", "we had been notified",
                   "became aware", "complained", "complaint", "monitoring alert",
                   "monitoring system", "monitoring detected", "monitoring showed", "pager",
                   "first reports", "observed", "spotted", "identified an issue",
                   # the problem's first sighting ("the disruption was first identified at")
                   "first identified", "initially identified",
                   "reached out to support", "uptime check", "is failing", "found that",
                   "monitoring flagged", "monitors flagged", "alerting flagged",
                   "pagers", "pagers informed", "pagers went off", "pages went out",
                   "receives an email", "received an email", "receive an email",
                   "got an email", "gets an email", "emailed support", "email from a customer",
                   "was found", "to report", "report that", "reporting", "complaints",
                   "first complaint", "realized", "realised", "noticing", "saw that",
                   "went unresponsive", "became aware", "outage detected", "issue detected",
                   "received a complaint", "received reports", "users report",
                   "customers report", "customer reports", "clients report",
                   "developers report", "staff report", "people report", "members report",
                   "first report", "reports of", "received a report", "got a report",
                   "investigating a report", "investigating reports", "detects", "notices",
                   "discovers",
                   "observes", "spots", "realizes", "realises", "notifies the",
                   "we notice", "automated warning",
                   # a user's first call or ticket reports it; monitoring catches it ("a
                   # ticket was opened" alone may be one with a vendor: an escalation)
                   "first call", "called the service desk", "called the helpdesk",
                   "called the help desk", "first ticket", "caught the problem",
                   "caught the issue", "caught the error", "caught the failure",
                   # customers' tickets coming in report it ("a support ticket was opened"
                   # alone may be the team's own, with a vendor)
                   "tickets arrive", "tickets arrived", "tickets arriving", "tickets come in",
                   "tickets came in", "tickets coming in", "tickets from customers",
                   "tickets from users", "tickets start", "tickets started")),
    ("trigger", ("deployed", "deploy", "deployment", "pushed", "merged", "rolled out",
                 "released", "release", "config change", "configuration change",
                 "was executed", "migration", "update was", "upgrade", "maintenance")),
)

# The same steps in the other languages drafts are written in (German, French, Spanish, and
# for the start and the end Dutch, the Nordic languages, Italian, Portuguese, Polish, Czech):
# the words a status update or a log uses for a step done, not for one hoped for.
_LATIN_FOREIGN: dict[Phase, tuple[str, ...]] = {
    "start": ("ausgefallen", "ausfall begann", "störung begann", "début de l'incident",
              "début de la panne", "comenzó la caída", "inicio de la caída",
              # ("se presentó un corte de energía", "la falla comenzó", "sufrió una caída")
              "comenzó", "empezó", "se inició", "se presentó un corte", "se produjo un corte",
              "se presentó una falla", "se produjo una falla", "se registró una falla",
              "se registró un corte", "sufrió una caída", "dejaron de funcionar",
              "quedó sin servicio", "quedaron sin servicio", "ficou fora do ar",
              "nicht erreichbar", "nicht verfügbar", "fällt aus", "fiel aus", "indisponible",
              "hors service", "no disponible", "fuera de servicio", "dejó de funcionar",
              "niet bereikbaar", "niet beschikbaar", "storing begon", "otillgänglig",
              "ur funktion", "utilgængelig", "utilgjengelig", "non disponibile",
              "non raggiungibile", "indisponível", "fora do ar", "niedostępny",
              "niedostępna", "niedostępne", "nedostupný", "nedostupná", "nedostupné",
              "ei toiminut", "ei ollut käytettävissä"),
    "resolution": ("behoben", "wiederhergestellt", "wieder verfügbar", "wieder erreichbar",
                   "läuft wieder", "laufen wieder", "funktioniert wieder", "gelöst",
                   "résolu", "résolue", "résolus", "rétabli", "rétablie", "rétablis",
                   "rétablissement", "de nouveau disponible", "de nouveau accessible",
                   "restauré", "restaurée", "restaurés", "de nouveau opérationnel",
                   "fonctionne à nouveau", "retour à la normale", "resuelto", "resuelta",
                   "restablecido", "restablecida", "restaurado", "restaurada",
                   "solucionado", "solucionada", "vuelve a funcionar", "funciona de nuevo",
                   # ("el restablecimiento del servicio llegó a las 17 horas", "se normalizó")
                   "restablecimiento", "se normalizó", "volvió a funcionar",
                   "volvieron a funcionar", "restabelecido", "restabelecida", "normalizado",
                   # Dutch, Swedish, Danish and Norwegian, Italian, Portuguese, Polish, Czech
                   # and Finnish
                   "verholpen", "opgelost", "hersteld", "werkt weer", "weer beschikbaar",
                   "weer bereikbaar", "åtgärdat", "åtgärdad", "åtgärdats", "fungerar igen",
                   "återställd", "återställt", "virker igen", "fungerer igen", "løst",
                   "fungerer igjen", "genoprettet", "gjenopprettet", "risolto", "risolta",
                   "ripristinato", "ripristinata", "ripristinati", "funziona di nuovo",
                   "di nuovo disponibile", "resolvido", "resolvida", "restabelecido",
                   "restabelecida", "normalizado", "normalizada", "usunięta", "usunięto",
                   "naprawiona", "naprawiono", "przywrócono", "działa ponownie",
                   "obnoveny", "obnovena", "obnoveno", "vyřešeno", "vyřešen", "odstraněna",
                   "korjattu", "palautettu", "toimii taas",
                   # "the fault is solved", "the power is back again" (Swedish, Norwegian,
                   # Danish)
                   "är löst", "har lösts", "löstes", "tillbaka igen", "är tillbaka",
                   "tilbake igjen", "er tilbake", "tilbage igen", "er tilbage"),
    "mitigation": ("neu gestartet", "neustart", "zurückgerollt", "redémarré", "redémarrée",
                   "redémarrage", "retour arrière", "reiniciado", "reiniciada", "reinicio",
                   "revertido", "revertida"),
    "escalation": ("eskaliert", "escaladé", "escalado", "escalada"),
    "acknowledgement": ("untersuchung begonnen", "analyse begonnen", "mit der analyse",
                        "mit der untersuchung", "prise en charge",
                        "investigation en cours", "analyse en cours", "investigando",
                        "en investigación"),
    "detection": ("festgestellt", "bemerkt", "gemeldet", "alarmiert", "erkannt", "détecté",
                  "détectée",
                  "constaté", "constatée", "signalé", "signalée", "alerte", "detectado",
                  "detectada", "detectamos", "alerta", "reportado", "reportada"),
}

LEXICON: tuple[tuple[Phase, tuple[str, ...]], ...] = tuple(
    (phase, words + _LATIN_FOREIGN.get(phase, ())) for phase, words in _ENGLISH)
# the resolution's phrases that say a thing holds once more ("log in again", "online again")
_AGAIN_PHRASES = tuple(p for phase, words in _ENGLISH if phase == "resolution"
                       for p in words if p.endswith(" again"))

# ... and in Japanese, Chinese and Korean, written without blanks between words: searched
# only in a text with characters beyond ASCII. Past and finished forms only ("復旧しました",
# "已恢复", "복구되었"), not the work going on ("復旧作業", "正在恢复").
_CJK: tuple[tuple[Phase, tuple[str, ...]], ...] = (
    ("start", ("障害発生", "が発生", "発生しました", "発生した", "发生故障", "出现故障",
               "故障发生", "开始出现", "장애 발생", "장애가 발생", "발생했",
               # the service cut off or down: "开始中断", "服务中断", "系统瘫痪", "宕机"
               "开始中断", "出现中断", "发生中断", "服务中断", "瘫痪", "宕机",
               # Traditional Chinese (Taiwan, Hong Kong)
               "發生故障", "出現故障", "故障發生", "開始出現", "開始中斷", "出現中斷", "發生中斷",
               "服務中斷", "癱瘓", "當機")),
    ("resolution", ("復旧しました", "復旧した", "復旧済", "復旧完了", "復旧を確認",
                    "正常に戻りました", "正常に戻った", "正常化しました", "正常化した",
                    "解消しました", "解消した", "解消済", "解消を確認", "回復しました",
                    "復帰しました", "復帰した", "復帰済", "復帰を確認",
                    "回復した", "回復を確認", "已恢复", "恢复正常", "已修复", "修复完成",
                    "已解决", "全部恢复", "服务已恢复", "복구 완료", "복구되었", "복구됨",
                    "복구했", "복구됐", "정상화되었", "정상화됨", "정상화됐", "해결되었",
                    "해결됨", "해결됐", "해결 완료", "정상 복구", "정상화", "復旧",
                    "系统恢复", "服务恢复", "完全恢复", "业务恢复",
                    # the service usable again, said of what users do: "正常に閲覧できる状態と
                    # なった" (pages could be viewed normally), "正常にご利用いただけます"
                    "正常に閲覧でき", "正常に利用でき", "正常にアクセスでき", "正常に接続でき",
                    "正常にご利用いただけ", "通常通りご利用いただけ",
                    # Traditional Chinese
                    "已恢復", "恢復正常", "已修復", "修復完成", "已解決", "全部恢復",
                    "服務已恢復", "系統恢復", "服務恢復", "完全恢復", "業務恢復")),
    ("mitigation", ("再起動", "切り戻し", "ロールバック", "暫定対応", "切り替え", "回滚", "重启",
                    "切换到", "롤백", "재시작", "재부팅", "回滾", "重啟", "切換到")),
    ("escalation", ("エスカレーション", "上报", "에스컬레이션", "上報")),
    ("acknowledgement", ("調査を開始", "調査開始", "対応を開始", "対応開始", "調査中", "开始排查",
                         "开始调查", "正在排查", "正在调查", "조사 시작", "대응 시작", "조사 중",
                         "開始排查", "開始調查", "正在調查")),
    ("detection", ("検知", "発覚", "気づ", "気付", "報告を受け", "問い合わせを受け", "アラート",
                   # told of it, or the failure confirmed: "ご連絡をいただき事象を確認"
                   "連絡を受け", "ご連絡をいただ", "事象を確認", "障害を確認", "障害確認",
                   "发现", "發現", "告警", "报警", "用户反馈", "收到反馈", "報警", "用戶反饋",
                   "收到反饋", "감지", "발견", "인지",
                   "제보", "알람")),
)
# a CJK phrase right after a word that denies it ("尚未恢复正常", "没有发现")
_CJK_DENIED = ("未", "没", "沒", "不", "无", "無", "않", "못", "무")
# after the phrase: a listing or a condition, not a step done ("復旧したりする", "復旧したら")
_CJK_NOT_DONE = ("り", "ら")
# after Korean's noun "정상화" (normalisation), which a notice's line ends on when the service
# is restored ("메일 서비스 정상화"): its failure, the work towards it, or it as an object
# ("정상화 실패", "정상화 작업", "정상화를 위해") is no restoration
_KOREAN_NOT_RESTORED = ("실패", "작업", "중", "를", "을", "시도", "예정", "위해", "위한", "진행",
                        "하기", "까지")
# Japanese's noun "復旧" (restoration) marks one only ending a step's line ("15:30 サービス復旧"),
# and not a partial or makeshift one ("一部復旧", "暫定復旧"); "復旧作業" is the work towards it
_JAPANESE_PARTIAL = ("一部", "暫定", "部分")
# a Japanese plain past ("復旧した") ends a clause only before these; before a noun it
# describes the noun ("復旧した回線が再度ダウン": the line that had recovered went down again)
_CLAUSE_ENDS = frozenset("。、，,.!！)）」』 \t\nとこので")
_CJK_PATTERNS: tuple[tuple[Phase, re.Pattern[str]], ...] = tuple(
    (phase, re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))))
    for phase, words in _CJK)

# ... and in Russian and Ukrainian: whole words (a form of its own, "восстановлена", not the
# noun "восстановление" of work going on), searched only in a text with characters beyond
# ASCII; "не" (not) or "ещё не" (not yet) before one denies it. ("упал", fell, is left out:
# a server that fell over, or a load that fell back, the word alone cannot tell.)
_CYRILLIC: tuple[tuple[Phase, tuple[str, ...]], ...] = (
    ("start", ("недоступен", "недоступна", "недоступно", "недоступны", "начался сбой",
               "произошёл сбой", "произошел сбой", "перестал работать", "перестала работать",
               "перестало работать", "перестали работать",
               "недоступний", "недоступні", "стався збій", "перестав працювати",
               "перестала працювати", "перестали працювати")),
    ("resolution", ("восстановлен", "восстановлена", "восстановлено", "восстановлены",
                    "восстановили", "восстановился", "восстановилась", "восстановилось",
                    "восстановились", "устранен", "устранён", "устранена", "устранено",
                    "устранили", "заработал", "заработала", "заработало", "заработали",
                    "работает в штатном режиме", "работает штатно", "інцидент вирішено",
                    "инцидент решён", "инцидент решен", "проблема решена", "відновлено",
                    "відновлена", "відновлений", "відновили", "відновився", "усунено",
                    "усунули", "запрацював", "запрацювала", "запрацювало", "запрацювали",
                    "працює штатно", "проблему вирішено")),
    ("mitigation", ("перезапущен", "перезапущена", "перезапущено", "перезапущены",
                    "перезапустили", "перезагружен", "перезагружена", "перезагрузили",
                    "откатили", "откатил", "переключили", "відкотили", "перезавантажили")),
    ("escalation", ("эскалировали", "эскалирован", "эскалирована", "ескалювали")),
    ("acknowledgement", ("начал расследование", "начала расследование",
                         "начали расследование", "начали разбираться", "приступили к",
                         "почали розслідування", "почав розслідування")),
    ("detection", ("обнаружили", "обнаружен", "обнаружена", "обнаружено", "сработал алерт",
                   "сработало оповещение", "сработал мониторинг", "заметили", "сообщили",
                   "поступили жалобы", "виявили", "виявлено", "помітили", "спрацював алерт")),
)
CYRILLIC_LETTER = re.compile("[а-яёіїєґ]")
_CYRILLIC_PATTERNS: tuple[tuple[Phase, re.Pattern[str]], ...] = tuple(
    (phase, re.compile(r"(?<![^\W\d_])(?:" + "|".join(
        re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + r")(?![^\W\d_])"))
    for phase, words in _CYRILLIC)
_CYRILLIC_DENIED = re.compile(r"(?<![^\W\d_])(?:не|ещё[ \t]++не|еще[ \t]++не|ще[ \t]++не)"
                              r"[ \t]++(?:был[аио]?[ \t]++|було[ \t]++)?$")

# Words for the first sign of impact ("error rates began to rise"). They mark the start only
# when no other phase word does: "alert fired as latency climbed" is a detection.
SYMPTOMS = re.compile(
    r"(?<![a-z])(?:(?:began|started|begin|start|begins|starts)[ \t]++(?:to[ \t]++rise|rising"
    r"|seeing|returning|timing[ \t]++out|to[ \t]++fail|to[ \t]++time[ \t]++out|to[ \t]++climb"
    r"|climbing|spiking|to[ \t]++spike)"
    r"|(?:error[ \t]++rates?|errors|failures|latency|latencies|timeouts|5xx[ \t]++rates?"
    # "rebalance loop begins", "retry storm started", "pods start flapping"
    r"|loops?|storms?)"
    r"[ \t]++(?:rising|climbed|climbing|spiked|spiking|rose|jumped|increased|began|started"
    r"|begin|begins|start|starts)"
    r"|first[ \t]++(?:errors?|failures?|failed[ \t]++\w++|timeouts?|5\d\ds))(?![a-z])")

# The service's state as users met it, said as it turned ("api.example.io is unreachable",
# "the cluster became inaccessible", "nfs-server stopped and failed to restart"): the start,
# when the words mark no other step ("alert: api is unreachable" is the detection)
FAILED_STATE = LazyPattern(
    r"(?<![a-z])(?:(?:is|became|becomes|went|goes)[ \t]++(?:now[ \t]++)?"
    r"(?:unreachable|inaccessible|unresponsive|offline)|not[ \t]++responding"
    r"|stopped[ \t]++working|stops[ \t]++working|fail(?:ed|s)?[ \t]++to[ \t]++restart"
    # "all worker nodes lost blockchain connectivity", "the rack lost power"
    r"|lost[ \t]++(?:(?:all|its|their|the)[ \t]++)?(?:[a-z]++[ \t]++)?"
    r"(?:connectivity|connections?|power))"
    r"(?![a-z])")
_STATE_RUNS = frozenset(word.encode() for word in (
    "unreachable", "inaccessible", "unresponsive", "offline", "responding", "working",
    "restart", "lost"))

# Words for a symptom that ends ("errors stopped", "alerts cleared", "latency back to
# baseline", "backlog drained"): the impact is over. The symptom's noun is no detection here.
SYMPTOM_ENDS = LazyPattern(
    r"(?<![a-z])(?:(?:errors?|error[ \t]++rates?|latenc(?:y|ies)|timeouts|5xx(?:[ \t]++rates?)?"
    r"|5\d\ds|alerts?|alarms?|failures|packet[ \t]++loss|backlogs?|queues?|impact"
    r"|issues?|problems?|symptoms?)[ \t]++"
    r"(?:(?:have|has|had|were|was|are|is)[ \t]++)?(?:all[ \t]++)?"
    # ("the issue goes away", "errors went away")
    r"(?:go(?:es)?[ \t]++away|went[ \t]++away|gone[ \t]++away"
    r"|stop(?:ped|s)?|ceased?|subsided?|subsides|gone|disappeared|disappear|cleared|clear"
    r"|drained|(?:back|returned|returns|return)[ \t]++to[ \t]++(?:normal|baseline)"
    # "error rates drop back to zero", "5xx back to 0", "errors fell to zero"
    r"|(?:(?:drop(?:ped|s)?|fell|falls?|went|go(?:es)?|came|comes?|returned|returns?)[ \t]++)?"
    r"(?:back[ \t]++)?"
    r"(?:to|down[ \t]++to)[ \t]++(?:zero|0)(?![0-9.,%]))"
    r"|no[ \t]++more[ \t]++(?:errors|failures|timeouts|alerts)"
    # "the alert closed", "Alert auto-resolved", "Pingdom closes the alert": the monitor's
    # word that its check passes again
    r"|(?:alerts?|alarms?)[ \t]++(?:(?:have|has|had|were|was|are|is)[ \t]++)?(?:auto-?)?"
    r"(?:closed|resolved|recovered)"
    r"|(?:closes|closed|resolves|resolved|clears|cleared)[ \t]++"
    r"(?:the[ \t]++|all[ \t]++|its[ \t]++)?(?:[a-z0-9-]++[ \t]++)?(?:alerts?|alarms?)"
    # "last observed database error": the symptom's last sighting, so its end
    r"|last[ \t]++(?:observed|seen|recorded|logged)[ \t]++(?:[a-z0-9]++[ \t]++){0,2}"
    r"(?:errors?|failures?|timeouts?|exceptions?|5xxs?|crash(?:es)?))(?![a-z])")
# "Pingdom closes the alert", "resolved all alarms": the verb before the detection word that
# makes it the alert's end
ALERT_CLOSED_BEFORE = LazyPattern(r"(?<![a-z])(?:closes|closed|resolves|resolved|clears|cleared)"
                                  r"[ \t]++(?:the[ \t]++|all[ \t]++|its[ \t]++)?"
                                  r"(?:[a-z0-9-]++[ \t]++)?$")
# "Last observed error": the word before a detection word that makes it the symptom's end
LAST_BEFORE = LazyPattern(r"(?<![a-z])last[ \t]++$")
# "the system continues to report back pressure", "customers still report errors", "we kept
# seeing timeouts": a symptom seen again, not the moment it was first noticed
STILL_BEFORE = LazyPattern(r"(?<![a-z])(?:continu(?:e|es|ed|ing)[ \t]++(?:to[ \t]++)?|still[ \t]++"
                           r"|kept[ \t]++(?:on[ \t]++)?)$")
# "switched the WAF to detection mode", "alert-only mode": the detection word names a mode a
# setting is put in, not the moment anything was detected
# What a perception verb saw, when it was the service well again: "observed full service
# resolution", "noticed the site had recovered", "saw that service was restored" (a few words
# between, none of them a partial one: "observed intermittent recovery" saw no end)
RECOVERY_SEEN = LazyPattern(
    r"(?:[ \t]++(?!intermittent|partial|some(?![a-z])|signs?(?![a-z])|not(?![a-z])|never"
    r"|yet(?![a-z])|no(?![a-z])|(?:has|had|have|was|were|is)n[’']t)[a-z'-]++){0,4}?[ \t]++"
    r"(?:recover(?:y|ed)|restor(?:ed|ation)|resolved|back[ \t]++(?:up|online|to[ \t]++normal)"
    # "full service resolution", not "a DNS resolution issue" (name lookup)
    r"|(?<!dns[ \t])(?<!name[ \t])(?<!domain[ \t])(?<!address[ \t])resolution)(?![a-z])")
# "we observed that shoppers were able to place orders again", "noticed logins work again":
# the perception verb's object is the service working once more (`_resumed`), the end seen
_PERCEIVED = frozenset(("observed", "noticed", "saw that", "spotted", "observes", "notices",
                        "spots", "we notice"))
SEEN_REACH = 120  # characters of the perceived clause, up to its sentence's end


def _resumption_seen(lower: str, end: int) -> bool:
    """The clause after a perception verb at `end` says something works again."""
    clause = lower[end:end + SEEN_REACH]
    cut = min((i for i in (clause.find(". "), clause.find(";")) if i >= 0), default=-1)
    clause = clause if cut < 0 else clause[:cut]
    return (_resumed(clause) is not None or any(p in clause for p in _AGAIN_PHRASES)) \
        and classify(clause) in ("resolution", "end")  # as the clause alone reads: "could log in
    # again" is a hope, "were restarting again" a failure


MODE_AFTER = LazyPattern(r"(?:[ \t-]++only)?[ \t-]++mode(?![a-z])")
# "administrators report that access has now been restored", "... report that they expect
# service to be restored by noon": what is reported is the recovery (or its prospect), no
# problem found (bounded to the sentence's next 100 characters)
# ("we were notified at about 3:45 pm that they had resolved it": the time between)
REPORTED_RECOVERY = LazyPattern(r"[ \t]++(?:(?:at|around|about|approximately|shortly|by"
                                r"|[0-9:~]|[ap]\.?m\.?(?![a-z])|[ \t])*+"
                                r"that[^.;!?\n]{0,100}?(?<![a-z])(?:restored"
                                r"|recovered|resolved|back[ \t]++(?:up|online|to[ \t]++normal)"
                                r"|returned[ \t]++to[ \t]++normal|working[ \t]++again|fixed)"
                                # "statuscake.com reports that the site is online",
                                # "monitoring reported API is online": a monitor's word
                                # that the service answers again
                                r"|(?:that[ \t]++)?[^;!?\n]{0,60}?(?<![a-z])(?:is|are)[ \t]++"
                                r"(?:now[ \t]++)?online)(?![a-z])")
# "reports that example.org is online", "uptime-kuma: api.example.com is now online": the
# service said to answer, by a monitor's report or by its host name (a person "is online"
# too: "Sarah is online and looking" is no restoration)
# what watches a service, as the subject of "began failing": a check, a probe, a canary
CHECKS_BEFORE = LazyPattern(r"(?<![a-z])(?:checks?|health[ \t-]?checks?|probes?|canar(?:y|ies)"
                            r"|monitors?|synthetics?|pings?|smoke[ \t]++tests?"
                            r"|uptime[ \t]++checks?)[ \t]++(?:all[ \t]++|then[ \t]++)?$")
MONITOR_SAID = LazyPattern(r"(?:(?<![a-z])(?:reports?|reported|shows?|showed|says|said"
                           r"|confirms?|confirmed)(?![a-z])[^.;!?\n]{0,60}"
                           r"|[a-z0-9-]\.[a-z]{2,6}[ \t]*+)$")

# "the queue stops draining", "backlog stopped shrinking": a queue whose work stops, no end
# of a symptom (SYMPTOM_ENDS reads "queue stops" as the backlog gone)
QUEUE_HALTS = LazyPattern(
    r"(?:backlogs?|queues?)[ \t]++(?:(?:have|has|had|were|was|are|is)[ \t]++)?"
    r"(?:all[ \t]++)?(?:stop(?:ped|s)?|ceased?)[ \t]++(?!being)[a-z]{2,20}ing(?![a-z])")

# Words SYMPTOMS and SYMPTOM_ENDS cannot match without (each a whole run of letters): a text
# with none of them is not searched.
_SYMPTOM_WORDS = frozenset({"began", "started", "begin", "start", "begins", "starts", "rising",
                            "climbed", "climbing", "spiked", "spiking", "rose", "jumped",
                            "increased", "first"})
_ENDING_WORDS = frozenset({"stop", "stopped", "stops", "cease", "ceased", "subside", "subsided",
                           "subsides", "gone", "disappeared", "disappear", "cleared", "clear",
                           "drained", "back", "returned", "returns", "return", "more", "last",
                           "zero", "drop", "dropped", "drops", "fell", "fall", "falls", "went",
                           "down", "closed", "closes", "resolved", "resolves", "recovered",
                           "clears", "away"})
# the same as ASCII bytes, as classify_all holds a text's runs of letters (`_letter_runs`)
_SYMPTOM_RUNS = frozenset(word.encode() for word in _SYMPTOM_WORDS)
_ENDING_RUNS = frozenset(word.encode() for word in _ENDING_WORDS)

_FIELD_WORDS: Mapping[str, Phase] = {
    **dict.fromkeys(("start time", "start", "started", "started at", "start date",
                     "start-time", "began", "begin", "impact start", "impact started",
                     "outage start", "outage began", "incident start", "incident started",
                     "start of impact", "start of outage", "time of start", "start of incident",
                     "incident start time", "outage start time"), "start"),
    **dict.fromkeys(("end time", "end", "ended", "ended at", "end date", "end-time", "stop",
                     "impact end", "impact ended", "outage end", "outage ended",
                     "incident end", "incident ended", "end of impact", "end of outage",
                     "closed", "closed at", "time of end", "end of incident",
                     "incident end time", "outage end time", "stop", "stop time", "stopped",
                     "stopped at", "finished", "finished at", "finish", "finish time",
                     "time finished"), "end"),
    **dict.fromkeys(("detected", "detected at", "detection time", "time detected",
                     "identified", "identified at", "identified date", "date identified",
                     "time identified", "detection date", "date detected",
                     "first detected", "reported", "reported at", "first reported",
                     "alerted", "alerted at", "detection", "time of detection", "triggered",
                     "triggered at", "alert triggered", "alert fired",
                     # the first alert or report named as such: "First alert:", "Alert time:"
                     "first alert", "first alert at", "first alerted", "first alert fired",
                     "initial alert", "alert time", "time alerted", "time of first alert",
                     "first report", "first report at", "first reported at"), "detection"),
    **dict.fromkeys(("acknowledged", "acknowledged at", "ack", "acked"), "acknowledgement"),
    **dict.fromkeys(("escalated", "escalated at", "time escalated", "incident declared",
                     "declared", "declared at", "paged", "paged at", "time paged", "page sent"),
                    "escalation"),
    # "Repaired" beside a later "Resolved" (time to repair, time to resolve): service back,
    # the cause dealt with afterwards
    **dict.fromkeys(("mitigated", "mitigated at", "time mitigated", "mitigation time",
                     "repaired", "repaired at", "time repaired"), "mitigation"),
    **dict.fromkeys(("resolved", "resolved at", "resolution time", "time resolved",
                     "fixed at", "restored", "restored at", "time to resolution",
                     "resolved on", "recovered", "recovered at", "time recovered",
                     "recovery time", "all clear", "service restored",
                     # a carrier's fault report: "Clear Time:", "Fault cleared:"
                     "clear time", "clear date", "cleared", "cleared at", "time cleared",
                     "fault cleared", "fault clear time", "fault cleared at"),
                    "resolution"),
    # a window's bounds as a pair of fields: "From: 2023-02-02 08:40 AM UTC", "To: ..."
    "from": "start", "to": "end",
    # the same fields in the languages drafts are written in: "Inicio:", "Ende:", "Début :"
    **dict.fromkeys(("inicio", "comienzo", "beginn", "début", "debut", "início"), "start"),
    **dict.fromkeys(("fin", "ende", "término", "termino"), "end"),
    # a date's or a time's field named by its bound, as Portuguese, Spanish and Italian status
    # pages write them: "Data Início:", "Data de Término:", "Fecha de inicio:", "Data fine:"
    **dict.fromkeys((f"{when}{of} {bound}" for when in ("data", "hora", "data/hora", "fecha")
                     for of in ("", " de", " do", " da") for bound in ("início", "inicio")),
                    "start"),
    **dict.fromkeys((f"{when}{of} {bound}" for when in ("data", "hora", "data/hora", "fecha")
                     for of in ("", " de", " do", " da")
                     for bound in ("término", "termino", "fim", "fin", "final")), "end"),
    **dict.fromkeys(("data inizio", "data di inizio", "ora inizio"), "start"),
    **dict.fromkeys(("fim", "data fine", "data di fine", "ora fine"), "end"),
    **dict.fromkeys(("resuelto", "resolución", "behoben", "résolu", "resolvido"),
                    "resolution"),
    # a Japanese, Korean or Chinese notice's "when it happened" and "when it recovered"
    **dict.fromkeys(("発生日時", "発生時刻", "障害発生日時", "障害発生時刻", "발생일시",
                     "발생 일시", "장애 발생 일시", "发生时间", "故障发生时间"), "start"),
    **dict.fromkeys(("復旧日時", "復旧時刻", "障害復旧日時", "복구일시", "복구 일시",
                     "恢复时间", "故障恢复时间"), "resolution"),
    **dict.fromkeys(("created", "created at", "date", "incident date", "time", "when",
                     "timestamp", "date of incident", "reported on", "date/time",
                     "date / time", "date and time", "date & time", "datetime",
                     # an e-mail's header, as Outlook writes it: when the message was sent
                     "sent"), "other"),
    # the Nordic languages', German's and Dutch's: "Häiriö alkoi:" (the disruption began),
    # "Störningen började:", "Störungsbeginn:", "Einde storing:"
    **dict.fromkeys(("häiriö alkoi", "katko alkoi", "käyttökatko alkoi", "häiriön alku",
                     "alkoi", "störningen började", "störning började", "avbrottet började",
                     "störningen startade", "störungsbeginn", "beginn der störung",
                     "ausfallbeginn", "beginn des ausfalls", "begin storing", "start storing",
                     "hora de inicio", "inicio del incidente", "hora de início",
                     "início do incidente", "inizio disservizio", "ora di inizio"), "start"),
    **dict.fromkeys(("häiriö päättyi", "katko päättyi", "käyttökatko päättyi", "häiriön loppu",
                     "päättyi", "störningen upphörde", "störning upphörde", "störningen slutade",
                     "avbrottet slutade", "störungsende", "ende der störung", "ausfallende",
                     "ende des ausfalls", "einde storing", "eind storing", "hora de fin",
                     "fin del incidente", "hora de fim", "fim do incidente", "fine disservizio",
                     "ora di fine"), "end"),
    **dict.fromkeys(("häiriö korjattu", "vika korjattu", "störningen åtgärdad",
                     "störningen åtgärdades", "störung behoben", "storing opgelost"),
                    "resolution"),
    **dict.fromkeys(("onset", "first error", "first errors", "first impact"), "start"),
    **dict.fromkeys(("last error", "last errors"), "end"),
}
# "Start of event", "Disruption began", "End of the service interruption": a start or end
# word with the noun of what happened, however the author names it, is a start or end field
_SINGULAR_EVENT_NOUNS = ("event", "outage", "incident", "impact", "issue", "problem",
                         "disruption", "degradation", "downtime", "interruption", "failure",
                         "fault", "service disruption", "service interruption",
                         "service outage", "customer impact", "user impact")
# and their plurals: "Service interruptions began:", "Outages ended:"
_EVENT_NOUNS = (*_SINGULAR_EVENT_NOUNS,
                *(f"{noun}s" for noun in _SINGULAR_EVENT_NOUNS
                  if not noun.endswith(("impact", "downtime", "degradation"))))
# the words of a field that says when, whatever happened then
_WHEN_WORDS = ("date", "time", "date/time", "date / time", "date and time", "date & time",
               "datetime", "date-time")
_BOUND_WORDS: tuple[tuple[Phase, tuple[str, ...]], ...] = (
    ("start", ("start", "start time", "started", "began", "begin", "beginning", "onset")),
    ("end", ("end", "end time", "ended", "finish", "finished")),
)
# "Issue detected:", "Incident resolved:", "Service restored:": the noun, then the word of a
# step (a start or end word is in _BOUND_WORDS)
_STEP_WORDS: tuple[tuple[Phase, tuple[str, ...]], ...] = (
    ("detection", ("detected", "reported", "identified")),
    ("acknowledgement", ("acknowledged",)),
    ("escalation", ("escalated", "declared")),
    ("mitigation", ("mitigated",)),
    ("resolution", ("resolved", "restored", "recovered", "fixed")),
)
_NOUN_STEPS: Mapping[str, Phase] = {
    f"{noun} {word}{at}": phase for phase, words in _STEP_WORDS for word in words
    for noun in (*_EVENT_NOUNS, "service") for at in ("", " at")}
# under a Timeline heading these name the step a line tells ("Issue detected: 14:12"), not a
# header field
NOUN_STEP_FIELDS = frozenset(_NOUN_STEPS)
# "Date / Time of Incident:", "Time of the outage:", "Incident Date/Time:": when it
# happened, named with a noun of what happened (start or end unsaid); not "Outage time:",
# "Incident time:", the incident's window ("10:00-12:30"), a span's label
WHEN_FIELDS = frozenset(
    {f"{when} of{the} {noun}" for when in _WHEN_WORDS for the in ("", " the")
     for noun in _SINGULAR_EVENT_NOUNS}
    | {f"{noun} {when}" for when in _WHEN_WORDS for noun in _SINGULAR_EVENT_NOUNS
       if not f"{noun} {when}".endswith(("outage time", "incident time"))})
FIELD_PHASES: Mapping[str, Phase] = {
    **_NOUN_STEPS,
    **{f"{word} of{the} {noun}": phase for phase, words in _BOUND_WORDS for word in words
       if not word.endswith(("ed", "gan")) for the in ("", " the") for noun in _EVENT_NOUNS},
    **{f"{noun} {word}": phase for phase, words in _BOUND_WORDS for word in words
       for noun in _EVENT_NOUNS},
    **dict.fromkeys(WHEN_FIELDS, "other"),
    **_FIELD_WORDS,  # the words above win where both name a field
}

# "not restored", "wasn't restored", "not yet resolved", "hasn't yet been restored",
# "no alert fired", "were not leading to a resolution": a negated phrase never marks a
# phase, nor one denied in German, French, Dutch, the Nordic languages, Italian, Portuguese,
# Polish or Finnish ("nog niet verholpen", "inte åtgärdat"). ("n't" follows a letter, so it
# has no word boundary before it.)
# "wann sie wieder behoben sein werde", "bis ... wiederhergestellt wird": a German step to
# "failed during the outage finished", "errors in the incident ended": the outage named after
# a preposition, the object of another verb, not the subject whose start or end is told
NOUN_AFTER_A_PREPOSITION = LazyPattern(r"(?<![a-z])(?:during|in|after|before|throughout|since"
                                       r"|until|of|from)[ \t]++(?:the|this|that|an?)[ \t]++$")

# a restart no one made: "unexpectedly rebooted", "crashed and restarted", "rebooted on its
# own", "restarted without warning"
UNPLANNED_BEFORE = LazyPattern(r"(?<![a-z])(?:unexpectedly|spontaneously|suddenly"
                               r"|unintentionally|inadvertently|accidentally|randomly"
                               r"|(?:crashed|panicked|died|hung|froze)[ \t]++and)[ \t]++"
                               r"(?:(?:was|were|got|had)[ \t]++)?$")
UNPLANNED_AFTER = LazyPattern(r"[ \t]++(?:itself[ \t]++)?(?:unexpectedly|spontaneously"
                              r"|on[ \t]++(?:its|their)[ \t]++own|by[ \t]++(?:itself|themselves)"
                              r"|without[ \t]++(?:warning|notice|any[ \t]++action))(?![a-z])")

# "partially restored", "partial recovery", "teilweise behoben", "parcialmente restablecido":
# a part of the service back, right before the words of its end
PARTIAL_BEFORE = LazyPattern(r"(?<![a-zà-ÿ])(?:partially|partly|partial|teilweise|partiellement"
                             r"|partielle?|parcialmente|parcial|parzialmente|parziale"
                             r"|gedeeltelijk|delvis|częściowo)[ \t]++$")
# "backups were being restored", "service is slowly being recovered", "both lines are getting
# repaired": the end under way, a step towards it (as a partial one is), not reached
UNDER_WAY_BEFORE = LazyPattern(r"(?<![a-z])(?:is|are|was|were|currently|still|now|slowly"
                               r"|gradually|steadily)[ \t]++(?:being|getting)[ \t]++$")
# "restored partially", "recovered for some users", "resolved for most customers": said after
PARTIAL_AFTER = LazyPattern(r"[ \t]++(?:partially|partly|in[ \t]++part|teilweise"
                            r"|for[ \t]++(?:some|most|many|a[ \t]++(?:subset|portion|part)"
                            r"|part|the[ \t]++majority))(?![a-z])")

# "restored and regained healthy status, but volumes will not mount", "recovered, but
# logins still fail": the sentence goes on to a part still broken, a step towards the end
STILL_BROKEN_AFTER = LazyPattern(
    r"[^.;!?]{0,80}?(?<![a-z])but[ \t]++[^.;!?]{0,60}?(?<![a-z])(?:(?:will|would|could|can|did"
    r"|does|do)[ \t]*+(?:not|n't)|won't|cannot|still)[ \t]++(?:[a-z]++[ \t]++)?"
    r"(?:mount|start|work|load|respond|connect|boot|sync|serve|fail|failing|down|broken"
    r"|degraded|unavailable|erroring|timing)(?![a-z])")
# come, said after its word
FUTURE_AFTER = LazyPattern(r"[ \t]++(?:sein[ \t]++)?(?:wird|werde|werden|soll|sollen|sind)"
                           r"(?![a-zäöüß])")
NEGATION = re.compile(r"(?:(?<![a-z])(?:not|never|no|failed to|unable to|nicht|pas|niet|inte"
                      r"|ikke|ikkje|non|não|nie|ei)|n't)"
                      r"\s++(?:(?:\w++\s++){0,2}|(?:\w++\s++){1,2}(?:to|into)\s++(?:a|an|any|the)\s++)$")
# "working towards a full resolution", "we expect to be fully restored", "hope to have it
# resolved", "in our quest for resolution": what is hoped for or sought has not happened, so
# it marks no phase either. An attempt ("trying to restore") is no resolution, though an
# attempt to mitigate or to deploy is a mitigation step or a deploy all the same.
PROSPECT = re.compile(r"(?<![a-z])(?:towards?|working on|work on|aim(?:ing)? to|will|going to"
                      # "Engineers are working to get this resolved": the aim, not done
                      r"|work(?:ing|s)?\s++to"
                      # "We are still working with Level 3 to get services back online"
                      r"|work(?:ing|s)?\s++with\s++(?:\w++\s++){1,3}?to"
                      r"|would|could|might"
                      # "typically these issues are resolved quickly": what happens as a rule
                      r"|(?:typically|usually|generally|normally)(?:\s++\w++){0,4}"
                      # "The estimated time for power to be restored is 1:20 PM": a forecast
                      r"|estimated\s++(?:time|eta|hour)\s++(?:for|of|until)(?:\s++\w++){0,3}?"
                      r"(?:\s++(?:to\s++be|will\s++be))?"
                      r"|expect(?:ed|s|ing)?(?:\s++to)?|awaiting|pending|plan(?:ned|ning|s)? to"
                      r"|hop(?:e|es|ed|ing) to|(?:quest|search|hunt)\s++for|pursuit\s++of"
                      # "once the portal is reachable again (we will post)": a condition to come
                      r"|(?:once|when|until)\s++(?:\w++\s++){1,3}(?:is|are)"
                      # the other languages' forecasts: "naar verwachting", "NS verwacht dat",
                      # "voraussichtlich", "soll ... sein", "devrait être", "se espera que"
                      r"|naar\s++verwachting|verwacht(?:en|te)?|voraussichtlich|soll(?:en|te)?"
                      r"|devrai(?:t|ent)|se\s++espera|deber[ií]a|dovrebbe"
                      # "did not give an exact time that power was restored", "nobody said
                      # when service was restored", "it is unclear when": a moment untold
                      r"|(?:not|n't|no)\s++(?:\w++\s++){0,3}?(?:exact|precise)\s++time"
                      r"(?:\s++(?:that|when))?"
                      r"|(?:nobody|no\s++one|unclear|unknown|uncertain|not\s++(?:clear|known))"
                      r"\s++(?:\w++\s++){0,2}?(?:when|whether))"
                      r"\s++(?:[\w.:]++\s++){0,4}$")
# updates promised until the end: "updating every 30-60 minutes until", "updates until"
UPDATES_UNTIL = LazyPattern(r"(?<![a-z])(?:updat(?:e|es|ed|ing)|posting|post)(?![a-z])[^.;]{0,50}?"
                            r"(?<![a-z])(?:until|till)\s++$")
# "closed all cash services", "closed down the gateway", "closed the market": a thing shut,
# not the incident, its ticket, call or bridge closed
SHUT_OBJECT_AFTER = LazyPattern(r"\s++(?:down(?![a-z])|off(?![a-z])|(?:all|the|its|their|our)"
                                r"\s++(?!(?:[\w&/-]++\s++){0,2}?(?:incident|ticket|issue|bridge"
                                r"|case|call|channel|outage|war[\s-]room|investigation)s?"
                                r"(?![a-z])))")
# "some stores closed about 4.30pm", "branches were temporarily closed": premises shut, a
# symptom of the outage, not the incident closed
PREMISES_BEFORE = LazyPattern(r"(?<![a-z])(?:stores?|shops?|branch(?:es)?|restaurants?|outlets?"
                              r"|supermarkets?|pharmacies|offices|counters|check-?outs|tills"
                              r"|airports?|stations?|schools?|gates|terminals)"
                              r"(?:\s++(?:were|was|have|had|has|been|got|temporarily|briefly"
                              r"|all|also|then|later)){0,3}\s++$")
# "once the feeds ", "as soon as the portal ": a condition's opening, before a present state
# ("are live", "is back") that the phrase itself opens with its verb
CONDITION_BEFORE = LazyPattern(r"(?<![a-z])(?:once(?!\s++again)|when|until|as\s++soon\s++as)\s++"
                               r"(?:[\w.-]++\s++){1,3}$")
# "investigations determined all servers were", "checks showed the hosts were": a state
# found while diagnosing, right before the words of a healthy service
FOUND_WELL = LazyPattern(r"(?<![a-z])(?:determined|found|discovered|established|observed"
                         r"|showed|revealed|indicated)(?:[ \t]++that)?[ \t]++(?:[\w/-]++[ \t]++)"
                         r"{0,5}(?:was|were|is|are)[ \t]++$")
_RESTORED_WORDS = LazyPattern(r"restor|recover|resolv|fix|back|again")
# "further delaying the resolution", "hindered the recovery", "delays in the fix": the
# end held up, not reached
_END_NOUNS = frozenset(("resolution", "recovery", "restoration", "fix"))
HELD_UP = LazyPattern(r"(?<![a-z])(?:delay\w*|hinder\w*|slow\w*[ \t]++down|block\w*"
                      r"|prevent\w*|postpon\w*|imped\w*)[ \t]++(?:(?:in|of|to)[ \t]++)?"
                      r"(?:(?:the|a|any|its|our|their)[ \t]++)?(?:(?:full|final)[ \t]++)?$")
# "until Amazon resolves", "until the vendor restores": a present tense after "until" in a
# past telling is an end waited for ("until we restored" told it happening)
UNTIL_SOMEONE = LazyPattern(r"(?<![a-z])until[ \t]++(?:[\w'-]++[ \t]++){1,3}$")
# "expired (detected later)", "resolved hours later", "only noticed the next morning": the
# words put that phase at another time than the entry's own
LATER = re.compile(r"[\s,]++(?:only\s++)?(?:(?:much|some|(?:about\s++)?(?:\w++\s++)?"
                   r"(?:minutes?|mins?|hours?|hrs?|days?))\s++)?"
                   r"(?:later|afterwards|the\s++next\s++(?:day|morning|evening)|the\s++following"
                   r"\s++(?:day|morning))(?![a-z])")
# What "started to experience" met, when it is a failure: "(...) elevated 500 error levels",
# "(...) intermittent timeouts", "(...) issues"
EXPERIENCED_FAILURE = LazyPattern(r"[ \t]++(?:[a-z0-9-]++[ \t]++){0,3}?(?:errors?|issues?"
                                  r"|problems?|outages?|failures?|timeouts?|downtime"
                                  r"|degradation|disruptions?|instability|crash(?:es)?"
                                  r"|packet[ \t]++loss|unavailability|slow(?:ness)?|latency"
                                  r"|delays?|lag)(?![a-z])")
# After a start's words, an earlier moment of their own: "(started to experience issues)
# early morning", "(went down) overnight", "(began failing) yesterday"
EARLIER_MOMENT_AFTER = LazyPattern(r"[^.;\n]{0,30}?(?<![a-z])(?:early[ \t]++(?:this[ \t]++)?"
                                   r"morning|earlier[ \t]++(?:today|this[ \t]++morning)"
                                   r"|overnight|last[ \t]++night|yesterday)(?![a-z])")
# "a resolution is pending in approximately 5 minutes", "full recovery is expected by 14:00",
# "the fix is still outstanding": the end said to come, not come
PENDING_AFTER = re.compile(r"\s++(?:is|was|are|were|remains?|remained)\s++(?:still\s++)?"
                           r"(?:pending|expected|anticipated|estimated|outstanding|not\s++yet"
                           r"|due|forecast)(?![a-z])")
# "an update stating the problem and resolution", "discussed a possible resolution": the noun
# as what is told, asked for or weighed, not a restoration that happened
TOLD_OF = LazyPattern(r"(?<![a-z])(?:stat|describ|explain|outlin|discuss|propos|suggest|shar"
                      r"|request|ask|seek|summar|possible|potential)[a-z]*+"
                      r"\s++(?:[a-z]++\s++){0,4}$")
# "DNS resolution failures", "name resolution", "screen resolution", "output dir resolution",
# "dependency resolution": the word's technical sense, no incident resolved
TECHNICAL_RESOLUTION = LazyPattern(r"(?<![a-z])(?:dns|name|hostname|host|address|domain|screen"
                                   r"|image|display|path|dir|directory|folder|file|url|uri"
                                   r"|module|import|dependency|symbol|package|version"
                                   r"|endpoint|conflict)[ \t-]++$")
# "stuck lock released", "the lease was released", "memory is released": a thing held let
# go of, not a release shipped
HELD_THING = LazyPattern(r"(?<![a-z])(?:locks?|leases?|mutex(?:es)?|memory|connections?"
                         r"|handles?|holds?|semaphores?|reservations?|slots?|ips?)[ \t]++"
                         r"(?:(?:was|were|is|are|has|have|had|been|got|gets|being)[ \t]++){0,2}$")
# "we are working on a fix", "is working to restore": the work going on, not "is working" again
# "investigation resumes", "work resumed on the root cause", "we resumed debugging": the
# responders' work went on, not the service; "traffic resumed", "payments resume" are service
_WORK = (r"investigation|investigating|work|working|debugging|troubleshooting|efforts?"
         r"|analysis|triage|diagnosis|testing|the[ \t]++call|the[ \t]++bridge")
WORK_BEFORE_RESUMING = LazyPattern(
    rf"(?<![a-z])(?:{_WORK})[ \t]++(?:(?:was|were|is|has|have|had|been)[ \t]++){{0,2}}$")
# after "resume", "working" is the service's ("the workers resume working") unless a task
# follows ("we resumed working on the fix")
_WORK_AFTER = _WORK.replace("|working|", "|")
WORK_AFTER_RESUMING = LazyPattern(rf"[ \t]++(?:the[ \t]++|our[ \t]++)?(?:{_WORK_AFTER})(?![a-z])"
                                  r"|[ \t]++working[ \t]++(?:on|to|through|with)(?![a-z])")
AT_WORK = LazyPattern(r"\s++(?:on|to|towards?|with|through|hard|closely|around)(?![a-z])")
ATTEMPT = LazyPattern(r"(?<![a-z])(?:in order to|trying to|try to|tried to|tries to"
                     r"|attempt(?:ing|ed|s)? to)"
                     r"\s++(?:\w++\s++){0,2}$")
# "the on-call engineer confirmed the site fully functional": "on-call" before a word for a
# person says who acted; before a clause that says service was restored ("... confirmed that
# the site was back"), it acknowledges nothing. "The on-call engineer began investigating" is
# still the acknowledgement it reads as, and "the on-call engineer came online" no recovery.
ON_CALL_PERSON = LazyPattern(r"[ \t]++(?:engineers?|devs?|developers?|sres?|devops|admins?"
                             r"|administrators?|persons?|people|staff|responders?|leads?"
                             r"|managers?|members?|teams?)(?![a-z])")
THAT = re.compile(r"(?<![a-z])that(?![a-z])")
# "pages load again", "web pages were slow": the pages of a site, not someone paged
PAGES_OF_A_SITE = LazyPattern(r"[ \t]++(?:load|loads|loaded|loading|render|renders|rendered"
                              r"|are|were|return|returned|show|showed|fail|failed|time|timed"
                              r"|again|of|with|that|from)(?![a-z])")
# "rebalance loop begins after broker-3 restart", "paged following the deploy": what came
# before the entry's own step, told as its cause, is not the step the entry marks
AFTER_CLAUSE = LazyPattern(r"(?<![a-z])(?:after|following)[ \t]++(?:an?[ \t]++|the[ \t]++)?"
                           r"(?:[a-z0-9_.-]++[ \t]++){0,2}$")
# "..., after confirming that the processes appeared to be operating normally": a check made
# before the entry's own step, told after it, not the service coming back
CHECK_CLAUSE = LazyPattern(r"(?<![a-z])(?:after|upon|following)[ \t]++(?:confirming|verifying"
                           r"|checking|ensuring|making[ \t]++sure)[ \t]++(?:that[ \t]++)?"
                           r"(?:[^ \t.;!?]++[ \t]++){0,8}$")
# "went down a rabbit hole", "goes down the checklist": a way taken, nothing down
# "our provider came back to us": someone answered, nothing was restored
ANSWERED = LazyPattern(r"[ \t]++to[ \t]++(?:us|me|you|them|him|her|the[ \t]++team)(?![a-z])")
# a measure right before "went down" or "gone down": "error rate has gone down", "the load
# went down to 40%"
MEASURE_BEFORE = LazyPattern(r"(?<![a-z])(?:latency|latencies|errors?|error[ \t]++rates?|rates?"
                             r"|load|traffic|usage|cpu|memory|queues?|lag|response[ \t]++times?"
                             r"|counts?|numbers?|levels?|temperature|pressure|backlog)"
                             r"(?:[ \t]++(?:has|have|had|then|quickly|slowly|finally))?[ \t]*+$")
WAY_TAKEN = LazyPattern(r"[ \t]++(?:a|an|the|that|this|another|our|their)[ \t]++"
                        r"(?:[a-z-]++[ \t]++){0,2}?(?:rabbit[ \t-]++holes?|path|road|route"
                        r"|list|checklist|runbook|playbook|track|avenue)(?![a-z])")
# "on-call paged", "paged the on-call", "the on-call engineer was notified": the on-call
# summoned, which is the page (an escalation), not their acknowledging it
ON_CALL_SUMMONED_AFTER = LazyPattern(
    r"(?:[ \t]++(?:engineers?|sres?|person|team|rotation|responders?|primary|secondary))?"
    r"(?:[ \t]++(?:was|were|is|are|gets?|got|has[ \t]++been|have[ \t]++been))?[ \t]++"
    r"(?:paged|notified|alerted|called|contacted|informed|woken)(?![a-z])")
ON_CALL_SUMMONED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:pages?|paged|paging|notif(?:y|ies|ied)|alert(?:s|ed)?|call(?:s|ed)?"
    r"|wak(?:e|es|ing)|woke)[ \t]++(?:the[ \t]++|our[ \t]++)?(?:primary[ \t]++"
    r"|secondary[ \t]++)?$")
# "once again merging", "accepting orders again": something working resumed. Failure words
# are not resumption ("once again failing").
AGAIN = re.compile(r"(?<![a-z])again(?![a-z])")
FAILING = ("fail", "error", "crash", "throw", "timing", "dropp", "los", "return", "spik",
           "go", "becom", "start", "happen", "occurr", "break", "degrad", "stall", "hang",
           "alert", "pag", "fir", "trigger", "report", "see", "show", "rais", "climb",
           "increas", "rising", "restart", "reboot", "retr", "flap", "loop")
# "Root cause found" is diagnosis, not the moment the incident was detected.
CAUSE_BEFORE = re.compile(r"\bcause\s++(?:was\s++|is\s++|has\s++been\s++)?$")
# "After receiving a page at 16:29, Damon came online at 16:56", "the on-call engineer came
# online": a person who came online to respond, not a service back online
RESPONDER_ONLINE = LazyPattern(
    r"(?:receiv(?:ed|ing)[ \t]++(?:a[ \t]++|the[ \t]++|an[ \t]++)?(?:page|alert|notification)"
    r"|(?<![a-z])(?:engineer|developer|responder|on-?call|oncall|i|we|he|she|they)(?![a-z]))"
    r"[^.;\n]{0,60}?(?<![a-z])(?:came|comes|come)[ \t]++online(?![a-z])")
# An entry its author marks as another matter: "**Unrelated event**: ...", "(Unrelated) ...",
# "Not related to this incident: ..."
UNRELATED_LEAD = LazyPattern(r"[^a-z0-9]{0,8}+(?:unrelated|not[ \t]++related|separate[ \t]++issue)"
                             r"(?![a-z])")
# "Not the cause of this incident", "unrelated to the outage": a red herring the entry
# sets aside
NOT_THIS_INCIDENT = LazyPattern(r"(?<![a-z])(?:not[ \t]++(?:the[ \t]++|a[ \t]++)?(?:cause|part)"
                                r"[ \t]++of|(?:not[ \t]++related|unrelated)[ \t]++to)[ \t]++"
                                r"(?:this|the|our)[ \t]++(?:incident|outage)(?![a-z])")
_ITSELF = frozenset(("", "this is", "this was", "it is", "it was", "which is", "which was",
                     "that is", "that was", "but", "and"))


def _set_aside_as_not_this_incidents(lower: str) -> bool:
    """The entry says that it is none of this incident's: a sentence of its own, or one whose
    subject is the entry itself ("... self-healed in 18 s. Not the cause of this incident",
    "blip on the VPN, which was unrelated to the outage", "(not related to this incident)").
    A sentence about another thing
    ("the DNS blip was not the cause of this incident") leaves the entry's own steps."""
    if not ("incident" in lower or "outage" in lower):
        return False
    found = NOT_THIS_INCIDENT.search(lower)
    if found is None:
        return False
    opening = max(lower.rfind(". ", 0, found.start()), lower.rfind("; ", 0, found.start()),
                  lower.rfind(", ", 0, found.start()), lower.rfind("(", 0, found.start()))
    head = lower[opening + 1 if opening >= 0 else 0:found.start()]
    return " ".join(head.strip(" \t.;,*_-—–").split()) in _ITSELF


# "Fix v2 deployed", "the hotfix was rolled out", "deployed a patch": what was shipped is a
# remedy, so the deploy is the mitigation, not the change that set the incident off
_SHIPPED = frozenset(("deployed", "deploy", "deployment", "pushed", "rolled out", "released",
                      "release"))
_REMEDY = r"(?:fix|fixes|hotfix|hot-fix|patch|workaround|mitigation|remediation|correction)"
REMEDY_BEFORE = LazyPattern(rf"(?<![a-z])(?P<remedy>{_REMEDY})(?:[ \t]++[#v]?\d[\w.-]{{0,11}})?"
                            r"(?:[ \t]++(?:for|to)[ \t]++[^.;,()]{1,30})?"
                            r"(?:[ \t]++\([^()]{0,30}\))?(?:[ \t]++(?:was|were|is|has[ \t]++been"
                            r"|got|being|successfully|now))*+[ \t]*+$")
REMEDY_AFTER = LazyPattern(rf"[ \t]++(?:(?:the|a|an|our|its|their|this)[ \t]++)?"
                           rf"(?:[a-z0-9-]++[ \t]++)?(?P<remedy>{_REMEDY})(?![a-z])")

# "deploy rolled back", "the migration was reverted": the change is the undoing's object
UNDONE = LazyPattern(r"(?:[ \t]++[#v]?\d[\w.-]{0,11})?[ \t]++"
                    r"(?:(?:was|were|is|has[ \t]++been|got|being)[ \t]++)?"
                    r"(?:rolled[ \t]++back|reverted|undone|backed[ \t]++out)(?![a-z])")


# "The team is back up", "engineers are back online", "the on-call came back": people who
# returned to work (after a night's rest), not a service restored ("we are back up" may be a
# company's service, and stays a resolution)
# A log line that opens with the step under way: "Restarting apache server", "Reverting the
# update reduced the load": the entry's own step (after a word, "pods restarting" is a state)
OPENING_STEP = LazyPattern(r"[^a-z0-9]{0,8}+(?P<step>" + "|".join(
    step.replace(" ", r"[ \t]++") for step in _STEPS_UNDER_WAY) + r")(?![a-z])")

PEOPLE_BACK = LazyPattern(
    r"(?<![a-z])(?:team|teams|everyone|everybody|engineers?|staff|people|on-?call|responders?"
    r"|developers?|devs|admins?|folks|crew|members|colleagues|he|she)"
    r"(?:[ \t]++(?:is|are|was|were|has[ \t]++been|have[ \t]++been|came|comes|come|got|gets))?"
    r"[ \t]*+$")


ONLINE_WORDS = LazyPattern(r"(?<![a-z])(?:came|comes|come)[ \t]++online(?![a-z])")
# "Priya Nair came online at 09:12", "Omar (our SRE) comes online": a person named, a first name
# and a surname, or a parenthesis or an apposition after it, then "came online" (read in the
# text as written; "the Cache came online", "Replica came online", "Payment Service came
# online" are no one's names)
NAMED_ONLINE = LazyPattern(
    r"(?<![\w.-])(?<!the )(?<!The )(?<!our )(?<!Our )(?<!a )(?<!an )"
    r"(?P<name>[A-Z][a-z]{2,15})(?:[ \t]++(?P<surname>[A-Z][a-z]{1,20})"
    r"|[ \t]*+\([^()\n]{0,60}\)|,[^,.;\n]{1,60},)[ \t]++(?:came|comes)[ \t]++online(?![a-z])")
# a capitalised word that names a thing, not a person
_NOT_A_NAME = frozenset((
    "the", "this", "that", "these", "those", "it", "its", "our", "all", "everything",
    "service", "services", "system", "systems", "site", "server", "servers", "database",
    "cluster", "node", "nodes", "traffic", "website", "app", "application", "platform",
    "network", "api", "dashboard", "grafana", "redis", "kafka", "postgres", "mysql", "then",
    "after", "finally", "once", "metrics", "gateway", "portal", "store", "cache", "replica",
    "replicas", "primary", "worker", "workers", "pool", "region", "zone"))


def responder_online(text: str) -> bool:
    """The text's last "came online" is a person answering a page, not a service back."""
    lower = text.lower()
    ends = [m.end() for m in ONLINE_WORDS.finditer(lower)]
    return bool(ends) and _responder_online(lower, ends[-1], text)


def _responder_online(lower: str, end: int, text: str = "") -> bool:
    """A "came online" ending at `end` whose subject is a person answering a page, or named
    without a role word ("Dana came online at 14:02"): who joined, not what recovered."""
    if any(m.end() == end for m in RESPONDER_ONLINE.finditer(lower, max(0, end - 120), end)):
        return True
    return len(text) == len(lower) and any(
        m.end() == end and m.group("name").lower() not in _NOT_A_NAME
        and (m.group("surname") or "").lower() not in _NOT_A_NAME
        for m in NAMED_ONLINE.finditer(text, max(0, end - 120), end))


# where a terse state's clause ends: "cluster UI working", "VPN working, users back",
# "logins working normally"
CLAUSE_ENDS = LazyPattern(r"[ \t]*+(?:$|[,;.)]|(?:and|normally|again|fine|correctly|properly"
                          r"|as)(?![a-z]))")
DECLARED_REACH = 40  # characters after "declared" that may say what was declared over


def _compiled(lexicon: Sequence[tuple[Phase, tuple[str, ...]]]
              ) -> tuple[tuple[Phase, re.Pattern[str]], ...]:
    """The lexicon's patterns."""
    return _known(lexicon)[1]


def _known(lexicon: Sequence[tuple[Phase, tuple[str, ...]]]) -> _Known:
    """The lexicon's patterns and each phase's key words: found by identity first, since
    hashing a lexicon of hundreds of phrases on every entry cost more than the matching."""
    known = _BY_IDENTITY.get(id(lexicon))
    if known is not None and known[0] is lexicon:
        return known
    frozen = tuple(lexicon)
    keys = tuple(_key_words(words) for _, words in frozen)
    known = (lexicon, _compile(frozen), _by_word(keys))
    if len(_BY_IDENTITY) > 16:  # lexicons come from configurations: a run has a few
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(lexicon)] = known
    return known


# each key word (as ASCII bytes) -> the ranks of the phases it is a key of, each with the
# other runs one of its phrases holds with it; and the ranks always searched
_Index = tuple[dict[bytes, tuple[tuple[int, frozenset[bytes]], ...]], frozenset[int]]
_Known = tuple[object, tuple[tuple[Phase, re.Pattern[str]], ...], _Index]
_BY_IDENTITY: dict[int, _Known] = {}
# A phrase is matched with no letter a-z on either side, so each of its runs of letters a-z
# ("working" of "is working", "call" of "on-call") is a whole run of the text it is in.
_LETTERS = re.compile(r"[a-z]++")


def _by_word(keys: tuple[frozenset[tuple[str, frozenset[str]]] | None, ...]) -> _Index:
    """The phases to search in a text are those with a key word among its runs of letters
    (or with none, `_key_words`): looked up from the text's words, not phase by phase. With
    each, the other runs of letters of the phrase it keys: all of them must be runs of the
    text too (`_candidates`)."""
    index: dict[str, dict[int, set[frozenset[bytes]]]] = {}
    for rank, key in enumerate(keys):
        for word, others in key or ():
            needs = index.setdefault(word, {}).setdefault(rank, set())
            needs.add(frozenset(other.encode() for other in others))
    always = frozenset(rank for rank, key in enumerate(keys) if key is None)
    return {word.encode(): tuple((rank, needed) for rank, needs in ranks.items()
                                 # a phrase of the key word alone: the others ask no more
                                 for needed in (needs if frozenset() not in needs
                                                else (frozenset(),)))
            for word, ranks in index.items()}, always


def _candidates(runs: set[bytes], index: dict[bytes, tuple[tuple[int, frozenset[bytes]], ...]]
                ) -> set[int]:
    """The ranks of the phases one of whose phrases may be in a text whose runs of letters
    are `runs`. Each run of letters of a phrase is a whole run of the text it is in (see
    _LETTERS), so a phrase whose key word the text holds but not its other runs is not there
    either ("returned to normal" in "back to normal"): its phase is not searched for it. Of
    the phases searched for their key words, most found no phrase."""
    found = set()
    for word in runs & index.keys():
        for rank, needed in index[word]:
            if needed <= runs:
                found.add(rank)
    return found


# Each byte but a-z's, as a blank: a text's UTF-8 bytes so translated split into the text's
# runs of letters a-z (any other character's bytes are blanks, as it ends a run), as bytes.
# A fifth of the time of _LETTERS.findall and its set, which made a string of each word.
_RUNS_TABLE = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def _letter_runs(lower: str) -> set[bytes]:
    """The runs of letters a-z in `lower` (_LETTERS's matches), each as ASCII bytes."""
    return set(lower.encode("utf-8", "surrogatepass").translate(_RUNS_TABLE).split())


def _key_words(words: tuple[str, ...]) -> frozenset[tuple[str, frozenset[str]]] | None:
    """One run of letters per phrase (its longest, the rarest in prose), with the phrase's
    other runs: a text without any of the keys holds none of the phrases, and the phase's
    search is skipped; most entries name one phase or two of the eight. None if a phrase
    has no letters a-z."""
    keys = set()
    for word in words:
        runs = _LETTERS.findall(word)
        if not runs:
            return None
        key = max(runs, key=len)
        keys.add((key, frozenset(runs) - {key}))
    return frozenset(keys)


@lru_cache(maxsize=8)
def _compile(lexicon: tuple[tuple[Phase, tuple[str, ...]], ...]
             ) -> tuple[tuple[Phase, re.Pattern[str]], ...]:
    out = []
    for phase, words in lexicon:
        # Longest first, grouped by first letter ("detected|detect" under "d"): the words a
        # position can begin are tried in the same order, and the others are passed over in
        # one test, not one each (a quarter of the matching time).
        groups: dict[str, list[str]] = {}
        for word in sorted(words, key=len, reverse=True):
            groups.setdefault(word[:1], []).append(re.escape(word[1:]))
        alternatives = "|".join(
            re.escape(first) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
            for first, rests in groups.items())
        out.append((phase, re.compile(rf"(?<![a-z])(?:{alternatives})(?![a-z])")))
    return tuple(out)


# pattern's id -> the pattern, and its words searched after a character that is no letter
_AFTER_A_NON_LETTER: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _phrases(pattern: re.Pattern[str], lower: str) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(lower)` finds, for a pattern of `_compile`. Where a match may
    start is searched as the character before it, no letter a-z, then the words, on the text
    after a blank (a pattern opening with a set is searched by skipping to its characters;
    opening with a lookbehind, it was tried at every position); `pattern` is matched there."""
    if not pattern.pattern.startswith("(?<![a-z])"):
        yield from pattern.finditer(lower)
        return
    known = _AFTER_A_NON_LETTER.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_AFTER_A_NON_LETTER) > 64:  # lexicons come from configurations: a run has a few
            _AFTER_A_NON_LETTER.clear()
        known = _AFTER_A_NON_LETTER[id(pattern)] = (pattern, re.compile(
            "[^a-z]" + pattern.pattern.removeprefix("(?<![a-z])")))
    search, match = known[1].search, pattern.match
    padded = " " + lower  # a match at i of `padded` is the words' match at i of `lower`
    at = 0
    while (found := search(padded, at)) is not None:
        m = match(lower, found.start())
        if m is None:  # cannot be: the same words after the same character
            return
        yield m
        at = max(m.end(), found.start() + 1)


# An inline code span ("`vzstart:107`"): it opens after a blank or an opening mark and closes
# before one; an entry's text may have lost the closing backtick with its last mark, so a
# span opened near the end may run to it ("... with `service in error state")
CODE_SPAN = LazyPattern(r"(?<![^ \t(\[{,;:])`[^`\n]{1,300}(?:`(?![^ \t)\]},.;:!?])|$)")


def _quoted_message_out(m: re.Match[str]) -> str:
    """A code span of four words or more and nothing of a command's (no "/", "-", "=", "_",
    "." or ":" inside a word): a message, replaced by a placeholder that keeps the sentence's
    subject; any other span is kept, without its backticks: a name ("The alert for the
    `ActionMailer` is resolved") or a command read as the words around it are."""
    inner = m.group(0).strip("`")
    words = inner.split()
    if len(words) >= 4 and COMMAND_MARK.search(inner) is None:
        return " x "
    return inner


# a character that belongs to a command, a path or an identifier inside a word
COMMAND_MARK = LazyPattern(r"\w[/\-=_.:]\w|^[/.~-]|[ \t][/.~-]")


# a sentence opening "With ...", "Now that ...": a state it starts from, told before its comma
STATE_LEAD = LazyPattern(r"(?:^|[.;!?][ \t]++)[*_ \t]*+(?:with|now[ \t]++that)[ \t][^,.;:!?\d]*+$")


def _state_led_clause(lower: str, m: re.Match[str]) -> bool:
    """The phrase stands in a sentence's opening "With X back online," (no time in it, a
    comma after it): the state the sentence's own step starts from."""
    if STATE_LEAD.search(lower, max(0, m.start() - 80), m.start()) is None:
        return False
    rest = lower[m.end():m.end() + 40]
    comma = rest.find(",")
    return comma >= 0 and not any(c.isdigit() for c in rest[:comma])


REST_REACH = 120  # characters after a restoration its sentence may say the rest is to come


def _rest_to_come(lower: str, m: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """A restoration whose sentence goes on to say the service's return is still to come
    ("Power has been restored and services will be back online shortly", "the database is
    recovered; the API should be back up within the hour"): a step towards the end."""
    end = lower.find(". ", m.end(), m.end() + REST_REACH)
    end = end if end >= 0 else m.end() + REST_REACH
    return any(PROSPECT.search(lower, max(0, later.start() - 40), later.start()) is not None
               for later in pattern.finditer(lower, m.end(), end))


def classify(text: str, lexicon: Sequence[tuple[Phase, tuple[str, ...]]] = LEXICON) -> Phase:
    """The phase an event's words mark, or "other"."""
    found = classify_all(text, lexicon)
    return found[0] if found else "other"


def classify_all(text: str, lexicon: Sequence[tuple[Phase, tuple[str, ...]]] = LEXICON
                 ) -> tuple[Phase, ...]:
    """Every phase an event's words mention: explicit markers first, then in the order the
    words appear ("reported ... began investigating" is detection, acknowledgement too).
    A message quoted in a code span (`service in error state, must be disabled and fixed
    first`) is not the author's telling: it marks no phase. A command in one (`dist-upgrade`,
    `systemctl restart nginx`) names what was done, and still counts."""
    if "`" in text:
        text = CODE_SPAN.sub(_quoted_message_out, text)
    lower = text.lower()
    if UNRELATED_LEAD.match(lower) is not None or _set_aside_as_not_this_incidents(lower):
        return ()  # "**Unrelated event**: the LAN switch lost link", "NFS stalled and
        # self-healed in 18 s; not the cause of this incident": no step of this incident
    found: list[tuple[int, int, Phase]] = []
    remedy: tuple[int, Phase] | None = None  # a remedy's shipping told ("Fix v2 deployed")
    _, patterns, (index, always) = _known(lexicon)
    runs = _letter_runs(lower)
    # the phases one of whose phrases may be in the text, in the lexicon's order
    ranks = sorted(always.union(_candidates(runs, index)))
    for rank in ranks:
        phase, pattern = patterns[rank]
        for m in _phrases(pattern, lower):
            before = max(0, m.start() - 40)
            if NEGATION.search(lower, before, m.start()) or (
                    phase != "mitigation" and PROSPECT.search(lower, before, m.start())) \
                    or LATER.match(lower, m.end()) or (
                        phase in ("resolution", "end") and PENDING_AFTER.match(lower, m.end())):
                continue
            if phase == "resolution" and m.group(0) == "closed" \
                    and SHUT_OBJECT_AFTER.match(lower, m.end()) is not None:
                continue  # "the exchange closed all cash services": shut, no incident closed
            if phase == "resolution" and m.group(0) == "closed" \
                    and PREMISES_BEFORE.search(lower, before, m.start()) is not None:
                continue  # "some stores closed about 4.30pm": premises shut, no incident closed
            if phase in ("resolution", "end") and m.group(0).startswith(("is ", "are ")) \
                    and CONDITION_BEFORE.search(lower, before, m.start()) is not None:
                continue  # "we would update you once the feeds are live": a condition to come
            if phase == "resolution" and m.group(0).endswith("online") \
                    and _responder_online(lower, m.end(), text):
                continue  # "Damon came online at 16:56" after a page: the responder, no service
            if phase == "resolution" and m.group(0) in _ONLINE_STATES \
                    and MONITOR_SAID.search(lower, max(0, m.start() - 80), m.start()) is None \
                    and not lower.startswith((" again", " once again"), m.end()):
                continue  # "Sarah is online": a responder there, not the service answering
            if phase == "resolution" and "back" in m.group(0) \
                    and PEOPLE_BACK.search(lower, before, m.start()) is not None:
                continue  # "Team is back up", "engineers are back online": people, no service
            if phase == "resolution" and m.group(0) in _TERSE_WORKING \
                    and CLAUSE_ENDS.match(lower, m.end()) is None:
                continue  # "the API working group", "is the UI working?": no state told
            if phase in ("resolution", "end") and (
                    ATTEMPT.search(lower, before, m.start())
                    or (m.group(0).endswith("working") and AT_WORK.match(lower, m.end()))):
                continue
            if phase == "acknowledgement" and m.group(0) == "declared" and any(
                    ph == "resolution" and p.search(lower, m.end(), m.end() + DECLARED_REACH)
                    for ph, p in patterns):
                continue  # "declared all services fully operational": the end, said so
            if phase == "acknowledgement" and m.group(0) in ("on-call", "on call") \
                    and ON_CALL_PERSON.match(lower, m.end()) \
                    and any(f[2] == "resolution" and f[1] > m.end()
                            and THAT.search(lower, m.end(), f[1]) for f in found):
                continue  # "the on-call engineer confirmed that it was fixed": who, not what
            if phase == "acknowledgement" and m.group(0) in ("on-call", "on call") and (
                    ON_CALL_SUMMONED_AFTER.match(lower, m.end())
                    or ON_CALL_SUMMONED_BEFORE.search(lower, before, m.start())):
                continue  # "on-call paged": summoned, an escalation, not the acknowledgement
            if phase in ("mitigation", "trigger") and _cause_told_after(lower, before, m):
                continue  # "loop begins after broker-3 restart": the cause, told before
            if phase == "start" and m.group(0).endswith(("experiencing", "experience")) \
                    and EXPERIENCED_FAILURE.match(lower, m.end()) is None:
                continue  # "starts experiencing an increase in load": a precursor met, not
                # the failure ("started to experience elevated 500 errors")
            if phase == "start" and EARLIER_MOMENT_AFTER.match(lower, m.end()) is not None:
                continue  # "started to experience issues early morning" in an update posted
                # at 08:15: the start was at another moment, which the words name
            if phase == "start" and m.group(0).startswith(_POINT_OF) \
                    and POINT_REFERRED.search(lower, before, m.start()) is not None:
                continue  # "the logs around the start of the outage (~13:30)": a moment told
            if phase == "resolution" and m.group(0) in ("resolution", "resolved") \
                    and UPDATES_UNTIL.search(lower, max(0, m.start() - 80), m.start()):
                continue  # "status page posted, updating every 30 minutes until resolution":
                # a promise of updates, no resolution
            if phase == "resolution" and m.group(0) == "came back" \
                    and ANSWERED.match(lower, m.end()):
                continue  # "the network provider came back to us": an answer, no restoration
            if phase == "start" and m.group(0) in ("went down", "goes down", "gone down") \
                    and (WAY_TAKEN.match(lower, m.end())
                         or MEASURE_BEFORE.search(lower, before, m.start()) is not None):
                continue  # "went down a rabbit hole": a way taken, no outage; "latency has
                # gone down": a measure falling, the trouble easing
            if phase == "escalation" and m.group(0) == "pages" \
                    and PAGES_OF_A_SITE.match(lower, m.end()):
                continue  # "pages load again": a site's pages, no one paged
            if phase == "resolution" and FUTURE_AFTER.match(lower, m.end()):
                continue  # "wann sie wieder behoben sein werde": to come
            if phase == "resolution" and _state_led_clause(lower, m):
                continue  # "With the workers back online, we turned to ...": the state the
                # sentence starts from; its own step is the main clause's
            if phase == "resolution" and _check_told_after(lower, m):
                continue  # "used strace, after confirming the processes were operating
                # normally": what was checked first, not the service restored
            if phase == "resolution" and (
                    (m.group(0) in _END_NOUNS and HELD_UP.search(lower, before, m.start()))
                    or (lower[m.start():m.end() + 1].rstrip().endswith("s")
                        and UNTIL_SOMEONE.search(lower, before, m.start()))):
                continue  # "further delaying the resolution", "nothing I can do until
                # Amazon resolves the issue": an end held up or waited for, still to come
            if phase == "resolution" and FOUND_WELL.search(lower, before, m.start()) \
                    and not _RESTORED_WORDS.search(m.group(0)):
                continue  # "Investigations determined all affected servers were up and
                # running": a finding of the diagnosis (the fault lay elsewhere), no restoration
            if phase == "resolution" and _work_resumed(lower, m):
                continue  # "investigation resumes": the work went on, not the service
            if m.group(0) == "resolution" and TOLD_OF.search(lower, before, m.start()):
                continue  # "stating the problem and resolution": a plan told of, not done
            if m.group(0) == "resolution" \
                    and TECHNICAL_RESOLUTION.search(lower, max(0, m.start() - 12), m.start()):
                continue  # "DNS resolution failures": name lookup, not the incident's end
            if phase == "trigger" and UNDONE.match(lower, m.end()):
                continue  # "deploy rolled back": a mitigation, said by its own words
            if phase == "trigger" and m.group(0) in _SHIPPED and (shipped := (
                    REMEDY_BEFORE.search(lower, max(0, m.start() - 70), m.start())
                    or REMEDY_AFTER.match(lower, m.end()))) is not None:
                # "Fix v2 deployed", "rolled out a patch": the remedy shipped, a fix's as the
                # lexicon's "fix deployed" is, the others' a mitigation
                remedy = (m.start(), "resolution" if shipped.group("remedy").startswith("fix")
                          else "mitigation")
                continue
            if m.group(0) == "released" and HELD_THING.search(lower, max(0, m.start() - 24),
                                                                m.start()):
                continue  # "the stuck lock was released": let go of, no release shipped
            if m.group(0) == "release" and lower.endswith("press ", 0, m.start()):
                continue  # "Press release No. 4/2023": the report itself, no release shipped
            if phase == "detection" and (
                    CAUSE_BEFORE.search(lower, max(0, m.start() - 20), m.start())
                    or LAST_BEFORE.search(lower, max(0, m.start() - 8), m.start())
                    or STILL_BEFORE.search(lower, max(0, m.start() - 16), m.start())
                    or SYMPTOM_ENDS.match(lower, m.start())
                    or ALERT_CLOSED_BEFORE.search(lower, max(0, m.start() - 20), m.start())
                    or MODE_AFTER.match(lower, m.end())
                    or RECOVERY_SEEN.match(lower, m.end())
                    or (m.group(0) in _PERCEIVED and _resumption_seen(lower, m.end()))
                    or ((m.group(0).startswith("report") or m.group(0).endswith("notified"))
                        and REPORTED_RECOVERY.match(
                        lower, m.end() - 5 if m.group(0).endswith(" that") else m.end()))):
                # "alerts cleared": the alert's end, not its firing; "detection mode";
                # "observed full service resolution": the end seen, not the problem
                continue
            if phase == "start" and "fail" in m.group(0) \
                    and CHECKS_BEFORE.search(lower, max(0, m.start() - 32), m.start()):
                # "synthetic checks began failing", "the canary started to fail": the
                # monitoring saw the failure, a detection; the outage began before it
                if all(p != "detection" for _, _, p in found):
                    found.append((1, m.start(), "detection"))
                continue
            if phase in ("start", "end") and NOUN_AFTER_A_PREPOSITION.search(
                    lower, max(0, m.start() - 24), m.start()):
                continue  # "builds failed during the outage finished": the builds finished
            if phase == "mitigation" and ("restart" in m.group(0) or "reboot" in m.group(0)) \
                    and (UNPLANNED_BEFORE.search(lower, max(0, m.start() - 24), m.start())
                         or UNPLANNED_AFTER.match(lower, m.end())):
                # "the linecard unexpectedly rebooted", "node-3 crashed and restarted", "the
                # router rebooted on its own": the failure, not a step taken against it
                if all(p != "start" for _, _, p in found):
                    found.append((1, m.start(), "start"))
                break
            if phase == "resolution" and (STILL_BROKEN_AFTER.match(lower, m.end())
                                          or PARTIAL_BEFORE.search(lower, before, m.start())
                                          or UNDER_WAY_BEFORE.search(
                                              lower, max(0, m.start() - 24), m.start())
                                          or PARTIAL_AFTER.match(lower, m.end())
                                          or _rest_to_come(lower, m, pattern)):
                # "service partially restored", "teilweise behoben", "recovered for some
                # users", "being restored": a step towards the end, not the end
                if all(p != "mitigation" for _, _, p in found):
                    found.append((1, m.start(), "mitigation"))
                continue  # "partial recovery, full recovery at 10:05": the full one ends it
            # explicit markers ("OUTAGE BEGINS") first; otherwise the word that comes first
            # is the entry's main verb: "detected by users, who contacted support"
            marker = phase in ("start", "end")
            found.append((0 if marker else 1, m.start() if not marker else rank, phase))
            break
    if remedy is not None and not any(ph in ("mitigation", "resolution") for _, _, ph in found):
        found.append((1, *remedy))
    # (every step under way opens with an "r" or an "f": most entries need no match)
    opening = OPENING_STEP.match(lower) \
        if lower[:12].lstrip(" -*#>[(`_:|").startswith(("r", "f")) else None
    if opening is not None and not any(phase == "mitigation" for _, _, phase in found):
        found.append((1, opening.start("step"), "mitigation"))
    if not lower.isascii():
        found.extend(_cjk_phases(lower, {phase for _, _, phase in found}))
        if _recovered_first(lower) and all(phase != "resolution" for _, _, phase in found):
            found.append((1, 0, "resolution"))
        found.extend(_cyrillic_phases(lower, {phase for _, _, phase in found}))
    if not found and not _SYMPTOM_RUNS.isdisjoint(runs):
        symptom = SYMPTOMS.search(lower)
        if symptom is not None and not NEGATION.search(lower, max(0, symptom.start() - 40),
                                                       symptom.start()):
            found.append((1, symptom.start(), "start"))
    if not found and not _STATE_RUNS.isdisjoint(runs):
        state = FAILED_STATE.search(lower)
        if state is not None and not NEGATION.search(lower, max(0, state.start() - 40),
                                                     state.start()) \
                and not LATER.match(lower, state.end()):
            found.append((1, state.start(), "start"))
    ended = SYMPTOM_ENDS.search(lower) if not _ENDING_RUNS.isdisjoint(runs) else None
    if ended is not None and QUEUE_HALTS.match(lower, ended.start()):
        ended = None  # "the queue stops draining": the work stopped, the symptom began
    if ended is not None and not NEGATION.search(lower, max(0, ended.start() - 40),
                                                 ended.start()):
        # the symptom's end, where the words say it, even when "resolved" follows
        found = [f for f in found if f[2] != "resolution"] + [
            (1, min([ended.start()] + [f[1] for f in found if f[2] == "resolution"]),
             "resolution")]
    if not any(phase == "resolution" for _, _, phase in found):
        resumed = _resumed(lower)
        if resumed is None and any(phase == "mitigation" for _, _, phase in found):
            resumed = _healthy_after_the_fix(lower)
        if resumed is not None:
            found.append((1, resumed, "resolution"))
    if ("ausfall" in lower or "störung" in lower or "unterbrechung" in lower) \
            and (step := GERMAN_COMPOUND_STEP.search(lower)) is not None:
        # "Totalausfall begann", "Netzwerkstörung behoben": a German compound's head noun
        # with its step, which the lexicon's phrases ("ausfall begann") miss after letters
        phase: Phase = "resolution" if step.group("end") else "start"
        if all(p != phase for _, _, p in found) \
                and not NEGATION.search(lower, max(0, step.start() - 40), step.start()):
            found.append((1, step.start(), phase))
    if "confirm" in lower or "verif" in lower or "report" in lower or "show" in lower:
        said = CONFIRMED_WELL.search(lower)
        if said is not None and not NEGATION.search(lower, max(0, said.start() - 40),
                                                    said.start()) \
                and NOT_INSIDE.search(said.group(0)) is None \
                and CONDITION_OR_HOPE_BEFORE.search(lower, max(0, said.start() - 24),
                                                    said.start()) is None \
                and not lower[said.end():said.end() + 16].lstrip(" ,").startswith(
                    ("but", "prematurely", "too early")):
            # "alerts confirmed every region had fully recovered", "every service reported
            # healthy": a check that found the service well, its restoration, not a detection
            found = [(rank, at, phase) for rank, at, phase in found if phase != "resolution"]
            found.append((-1, said.start(), "resolution"))
    if len(found) > 1 and ("→" in lower or "->" in lower or "=>" in lower):
        # "container restarted → service restored": what the arrow leads to is the step's
        # outcome, the phase the entry reached, whatever came before it
        arrow = max(lower.rfind("→"), lower.rfind("->"), lower.rfind("=>"))
        found = [(-1 if at > arrow else rank, at, phase) for rank, at, phase in found]
    return tuple(phase for _, _, phase in sorted(found))


# (not in a denial, a forecast or a condition: "reported the site was not restored", "expect
# logins to be restored", "if prod-7 reports healthy prematurely", a third party's "they
# confirmed their service was operational")
NOT_INSIDE = re.compile(r"(?<![a-z])(?:not|never|no[ \t]++longer|expect(?:s|ed)?|will|would"
                        r"|should|could|might|hope[sd]?|to[ \t]++be|their)(?![a-z])|n't")
CONDITION_OR_HOPE_BEFORE = re.compile(r"(?<![a-z])(?:if|unless|once|until|when|whether)"
                                      r"(?![a-z])[^,.;]*+$")
# a check that found the service well: "health checks and alerts confirmed every region had
# fully recovered", "every service reported healthy", "dashboards showed all green"
CONFIRMED_WELL = LazyPattern(
    r"(?<![a-z])(?:confirm(?:ed|s)|verif(?:ied|ies)|show(?:ed|s)|report(?:ed|s|ing))[ \t]++"
    r"(?:that[ \t]++)?(?:[a-z0-9'-]++[ \t]++){0,5}?(?:(?:had|has|have|was|were|is|are|been)"
    r"[ \t]++)*+(?:(?:fully|successfully|completely|all|back)[ \t]++)?"
    r"(?:recovered|resolved|restored|healthy|operational|back[ \t]++to[ \t]++normal|green)"
    r"(?![a-z])")


# a German compound's head noun and its step: "Totalausfall begann", "Netzwerkstörung trat auf",
# "Stromunterbrechung beendet"
GERMAN_COMPOUND_STEP = LazyPattern(r"(?<=[a-zäöüß])(?:ausfall|störung|unterbrechung)[ \t]++"
                                   r"(?:ist[ \t]++|wurde[ \t]++|war[ \t]++)?"
                                   r"(?:begann|beginnt|trat[ \t]++auf|aufgetreten"
                                   r"|(?P<end>behoben|beendet|vorbei))(?![a-zäöüß])")


# "rollback complete, traffic healthy", "pods restarted; error rates normal", "failover done
# and all dashboards green": after the step, a clause that says the service is well
HEALTHY_CLAUSE = LazyPattern(
    r"(?:[,;]|[ \t]--?|[ \t]–|[ \t]—|[ \t]and)[ \t]++(?:(?:now|all|the|our|its|their)[ \t]++)?"
    r"(?:[a-z0-9/-]++[ \t]++){0,3}(?:(?:is|are|now|all|look|looks|looked|were|was)[ \t]++)?"
    r"(?:(?:back|fully|completely|all)[ \t]++)?(?:healthy|normal|nominal|green|stable)"
    # said of the service, the clause's last word ("see the green curve": a colour's name)
    r"(?=[ \t]*+(?:[.,;:!)]|$|(?:and|again|now|since|from|by|at|across)(?![a-z])))")


def _healthy_after_the_fix(lower: str) -> int | None:
    """Where a clause after the entry's step says the service is well ("rollback complete,
    traffic healthy"), if one does and nothing denies it ("... but not healthy yet"): the
    step's outcome, the resolution, where the same words alone might be a state before the
    incident."""
    if "healthy" not in lower and "normal" not in lower and "nominal" not in lower \
            and "green" not in lower and "stable" not in lower:
        return None
    m = HEALTHY_CLAUSE.search(lower)
    if m is None or NEGATION.search(lower, max(0, m.start() - 20), m.end()) \
            or MODALS.intersection(lower[m.start():m.end()].split()) \
            or LATER.match(lower, m.end()):
        return None
    return m.start()


def _cjk_phases(lower: str, known: set[str]) -> Iterator[tuple[int, int, Phase]]:
    """The phases a Japanese, Chinese or Korean text's words mark, each at its first
    undenied phrase, as the lexicon's are (position decides which comes first)."""
    for phase, pattern in _CJK_PATTERNS:
        if phase in known:
            continue
        for m in pattern.finditer(lower):
            if any(lower[max(0, m.start() - 2):m.start()].endswith(d) for d in _CJK_DENIED) \
                    or lower[m.end():m.end() + 1] in _CJK_NOT_DONE \
                    or (m.group(0) == "정상화"
                        and lower[m.end():m.end() + 8].lstrip().startswith(_KOREAN_NOT_RESTORED)) \
                    or (m.group(0) == "復旧" and (
                        _after_the_noun(lower[m.end():]) != ""
                        or lower[:m.start()].endswith(_JAPANESE_PARTIAL))) \
                    or (m.group(0).endswith("た") and m.end() < len(lower)
                        and lower[m.end()] not in _CLAUSE_ENDS) \
                    or (m.group(0).endswith(("でき", "いただけ"))
                        and lower.startswith(("な", "ず", "ませ"), m.end())):
                continue  # ("正常に閲覧できない": could not be viewed normally)
            yield 1, m.start(), phase
            break


def _recovered_first(lower: str) -> bool:
    """Chinese words after a time that open with "恢复" ("下午5点半恢复", "10点左右恢复": it
    recovered then), not "恢复中" (recovering): the bare verb, which elsewhere in a text as
    often tells the work under way ("开始恢复"), is the step only right after its time."""
    head = lower.lstrip(" \t左右许許")
    return head.startswith(("恢复", "恢復")) and not head.startswith(("恢复中", "恢復中"))


def _after_the_noun(rest: str) -> str:
    """What follows Japanese's "復旧" on its line, a closing bracket's aside dropped ("復旧
    (ログイン可能、ジョブ新規実行再開)": restored, with what came back said in brackets)."""
    rest = rest.strip(" \t。.!！")
    if rest[:1] in ("(", "（"):
        close = rest.find(")" if rest[0] == "(" else "）")
        if close > 0:
            rest = rest[close + 1:].strip(" \t。.!！")
    return rest


def _cyrillic_phases(lower: str, known: set[str]) -> Iterator[tuple[int, int, Phase]]:
    """The phases a Russian or Ukrainian text's words mark, each at its first undenied
    phrase ("работа не восстановлена" marks none)."""
    if not CYRILLIC_LETTER.search(lower):
        return
    for phase, pattern in _CYRILLIC_PATTERNS:
        if phase in known:
            continue
        for m in pattern.finditer(lower):
            if _CYRILLIC_DENIED.search(lower, max(0, m.start() - 16), m.start()):
                continue
            yield 1, m.start(), phase
            break


def _check_told_after(lower: str, m: re.Match[str]) -> bool:
    """The phrase is in an "after confirming that ..." clause that follows the entry's own
    words: a check made before its step. One that opens the entry may be all it tells."""
    clause = CHECK_CLAUSE.search(lower, max(0, m.start() - 90), m.start())
    return clause is not None and lower[:clause.start()].strip(" \t*-:>") != ""


def _cause_told_after(lower: str, before: int, m: re.Match[str]) -> bool:
    """The phrase is in an "after ..." clause that follows the entry's own words ("loop
    begins after broker-3 restart"); one that opens the entry ("After a quick restart, the
    server answers") tells its first step."""
    clause = AFTER_CLAUSE.search(lower, before, m.start())
    return clause is not None and lower[:clause.start()].strip(" \t*-:>") != ""


def _resumed(lower: str) -> int | None:
    """Where the words say something working resumed ("once again merging", "accepting
    orders again"), if they do: an -ing verb just after "once again" or just before "again"."""
    if "again" not in lower:
        return None
    for m in AGAIN.finditer(lower):
        before = lower[max(0, m.start() - 40):m.start()].split()
        after = lower[m.end():m.end() + 30].split()
        if before and before[-1] == "once" and after:
            verbs = [after[0]]
        else:
            verbs = [w for w in before[-3:] if w != "once"]
        verbs = [v.strip(",.;:") for v in verbs]
        denied = any(w in ("not", "never", "no") or w.endswith("n't") for w in before[-4:])
        if denied:
            continue
        if any(v.endswith("ing") and not v.startswith(FAILING) for v in verbs):
            return max(0, m.start() - 20)
        if before and before[-1].strip(",.;:") in WORKING_AGAIN \
                and MODALS.isdisjoint(before[-5:]):
            return max(0, m.start() - 20)
        if _able_again(before) and not lower[m.end():m.end() + 12].lstrip(" ,").startswith(
                ("but ", "though ")):
            return max(0, m.start() - 20)  # (not "able to launch servers again but they hang")
    return None


ABLE_REACH = 6  # words before "again" that "able to" and its action may take


def _able_again(before: list[str]) -> bool:
    """The words before "again" say people were able to do their own thing once more
    ("shoppers were able to place orders again", "members are able to book rooms again"),
    not that they will be ("will be able to ...") or were not ("not able to ...")."""
    words = [w.strip(",.;:") for w in before[-ABLE_REACH:]]
    if "able" not in words:
        return False
    at = len(words) - 1 - words[::-1].index("able")
    lead = words[max(0, at - 3):at]
    return at + 2 < len(words) and words[at + 1] == "to" \
        and MODALS.isdisjoint(before[-ABLE_REACH - 3:]) \
        and not any(w in ("not", "never", "no") or w.endswith("n't") for w in lead)


# "logins work again", "resolvers answer again", "the site is reachable again": the word
# right before "again" says a service works (not "fails again", "paged again")
WORKING_AGAIN = frozenset({
    "work", "works", "worked", "load", "loads", "loaded", "answer", "answers", "answered",
    "respond", "responds", "responded", "flow", "flows", "flowed", "succeed", "succeeds",
    "available", "reachable", "accessible", "responsive", "usable", "healthy", "green",
    "normal", "stable",
    "pass", "passes", "passed", "build", "builds", "deliver",
    "delivers", "sync", "syncs", "synced", "resolve", "resolves", "connect", "connects"})
# "is going to be available again sooner", "should work again": hoped for, not yet so
MODALS = frozenset({"should", "would", "could", "may", "might", "will", "going", "expect",
                    "expected", "hope", "if", "when", "until", "once"})


def start_by_symptom(text: str, lexicon: Sequence[tuple[Phase, tuple[str, ...]]] = LEXICON
                     ) -> bool:
    """The words mark the start only by a symptom ("latency began rising"), not by saying
    the outage began: an earlier symptom may be written in words pmlint does not know."""
    lower = text.lower()
    explicit = next((pattern for phase, pattern in _compiled(lexicon)
                     if phase == "start"), None)
    return SYMPTOMS.search(lower) is not None and (
        explicit is None or explicit.search(lower) is None)


def mentions(text: str, phases: Sequence[Phase],
             lexicon: Sequence[tuple[Phase, tuple[str, ...]]] = LEXICON) -> bool:
    """Some words of `text` (a whole document, say) name one of `phases`, not denied: one
    search per phase, not one classification per line."""
    lower = text.lower()
    for phase, pattern in _compiled(lexicon):
        if phase in phases and any(
                not NEGATION.search(lower, max(0, m.start() - 40), m.start())
                and not (phase == "resolution" and (
                    _work_resumed(lower, m) or FUTURE_AFTER.match(lower, m.end())))
                for m in _phrases(pattern, lower)):
            return True
    return False


def _work_resumed(lower: str, m: re.Match[str]) -> bool:
    """"investigation resumes", "we resumed debugging": the responders' work, not service."""
    return m.group(0).startswith("resume") and (
        WORK_BEFORE_RESUMING.search(lower, max(0, m.start() - 40), m.start()) is not None
        or WORK_AFTER_RESUMING.match(lower, m.end()) is not None)


def negated(text: str, lexicon: Sequence[tuple[Phase, tuple[str, ...]]] = LEXICON) -> bool:
    """The words name a phase only to deny it: "service not restored yet"."""
    lower = text.lower()
    return any(NEGATION.search(lower, max(0, m.start() - 40), m.start())
               for _, pattern in _compiled(lexicon) for m in _phrases(pattern, lower))


def field_phase(name: str) -> Phase | None:
    """The phase a header field records ("Start Time" -> start), None if it is not a time."""
    return FIELD_PHASES.get(name)
