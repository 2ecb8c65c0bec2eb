"""Which phase an entry's words mark: the first phase word wins, markers always win."""

from __future__ import annotations

import pytest

from pmlint.timeline.phases import classify, classify_all, field_phase


@pytest.mark.parametrize(("text", "phase"), [
    ("Alert fired for elevated 5xx rates", "detection"),
    ("Every request to the index began to fail with 503s", "start"),
    ("The importer pods started crashing on boot", "start"),
    # the failure met, told with "experience", even during planned work
    ("Users started to experience timeouts during the scheduled database upgrade", "start"),
    ("The mobile app began to experience login failures", "start"),
    # Japanese: the service usable again, said of what users do; told of it by a customer
    ("メール送信が正常に利用できるようになりました", "resolution"),
    ("管理画面に正常にアクセスできない状態が続く", "other"),
    ("お客様よりご連絡をいただき、障害を確認", "detection"),
    # a precursor met, or a start at a moment the words name, is no start at this time
    ("The shop started experiencing a surge in concurrent visitors", "other"),
    ("Notice: the storage cluster started to experience issues early this morning", "other"),
    # Traditional Chinese, as written in Taiwan and Hong Kong
    ("資料庫服務已恢復，連線正常", "resolution"),
    ("機房供電異常，發生故障", "start"),
    ("服務尚未恢復", "other"),
    ("值班工程師開始調查", "acknowledgement"),
    ("Traffic drained to the standby region, ending the customer impact", "end"),
    # a blockchain's halt: the incident's start
    ("Validators stopped producing blocks after the upgrade", "start"),
    ("The chain halted at block 1,204,118", "start"),
    # the moment of the end left untold: no end at the time beside it
    ("The utility did not give an exact time that power was restored", "other"),
    ("Nobody said when the portal was restored; a notice at 5:00 p.m. called it normal", "other"),
    ("It is unclear when the link recovered", "other"),
    ("We confirmed the exact time that service was restored", "resolution"),
    # a timeline row labelled with the incident's bound alone
    ("Outage end", "end"),
    ("Impact start (first customer tickets)", "start"),
    ("Nodes rejoined and the queue was back at full capacity", "resolution"),
    ("Checkout latency returns to normal", "resolution"),
    ("Last instance of errors on the login endpoint", "resolution"),
    # a part of the service back is a step towards the end; all of it, or the outage that
    # was partial, is the end
    ("Checkout is now partially functional again after the cache flush", "mitigation"),
    ("The ingest pipeline was partly recovered by 09:40", "mitigation"),
    ("Payments recovered for some merchants; card refunds still fail", "mitigation"),
    ("Die Anmeldung ist teilweise wiederhergestellt", "mitigation"),
    # the end under way is a step towards it; done, or a thing being restored named as the
    # subject of another clause, it is the end
    ("Snapshots of the ledger database were being restored onto new disks", "mitigation"),
    ("Search is now slowly being recovered region by region", "mitigation"),
    ("Search has been recovered in every region", "resolution"),
    ("The volumes being restored were checked; search restored", "resolution"),
    ("Both uplinks are getting repaired by the carrier", "mitigation"),
    # a thing failing at its time, or cut off, starts the outage
    ("The payroll server failed at 09:12", "start"),
    ("The fibre link to the campus was severed by roadworks", "start"),
    ("Power was lost at the data centre", "start"),
    # put right and checked
    ("Fix verified against the production replica", "resolution"),
    ("DNS zone repaired on all resolvers", "resolution"),
    # an entry that sets itself aside as none of this incident's; a clause about another
    # thing leaves the entry's own step
    ("Replica stopped responding, back in 40 s. Not the cause of this incident", "other"),
    ("Disk alarm on db-2 (not related to this outage)", "other"),
    ("Checkout went down; the earlier VPN blip was not the cause of this outage", "start"),
    ("Alertmanager fired PaymentsDown for the EU cluster", "detection"),
    ("The fault was first identified when replication stalled", "detection"),
    # the remedy done for good
    ("Finished remediation? No: completed remediation of the affected hosts", "resolution"),
    ("A permanent solution is in place on all brokers", "resolution"),
    ("Gateways answering again and responding correctly to probes", "resolution"),
    # a part restored, the service's return said to be still to come
    ("The storage array is back up; logins will be restored within the hour", "mitigation"),
    ("Replica recovered, and the API is expected to be back online soon after", "mitigation"),
    ("Logins restored; we will keep watching the error rate", "resolution"),
    ("La connexion est partiellement rétablie", "mitigation"),
    ("The partial outage of the EU region was resolved", "resolution"),
    ("Payments recovered for every merchant", "resolution"),
    # back, but the sentence goes on to a part still broken: a step towards the end; a
    # question still open about the cause leaves it the end
    ("The broker came back healthy, but its disks would not mount", "mitigation"),
    ("Checkout recovered but card payments are still failing", "mitigation"),
    ("Checkout recovered, but we still cannot say why the pool drained", "resolution"),
    # a thing that lost its link or its power: the failure, said as it turned; never lost,
    # or something else lost, no failure
    ("Every edge node in the region lost upstream connectivity", "start"),
    ("The storage shelf lost power", "start"),
    ("The replicas never lost connectivity to the primary", "other"),
    ("We lost track of the original ticket", "other"),
    # a restart no one made is the failure; one the team made is a step against it
    ("The core switch's supervisor module rebooted without warning", "start"),
    ("broker-2 panicked and restarted, dropping every session", "start"),
    ("The edge proxy restarted on its own twice", "start"),
    ("Ops restarted the edge proxy", "mitigation"),
    # the outage's bounds in a status log's shorthand
    ("Checkout outage begun", "start"),
    ("Payment disruption finished", "end"),
    ("By then the downtime was over", "end"),
    # the trouble named plainly going away
    ("Intermittent 502s, then the issue goes away", "resolution"),
    ("Symptoms went away once the cache was warm", "resolution"),
    ("The build engineer went away for lunch", "other"),
    # the outage named after a preposition is the object of another step
    ("Reindex of the jobs that failed during the outage finished", "other"),
    ("We archived graphs from shortly before the incident began", "other"),
    # a mitigation told as the step under way, after words that say it was taken, or
    # opening a log line; the same form as a state or an idea is none
    ("The platform team started reverting the feature flag", "mitigation"),
    ("Ops was rebooting the two gateway hosts when the page came in", "mitigation"),
    ("The team contained it by failing over to the secondary region", "mitigation"),
    ("Rebooting edge-7 and edge-9", "mitigation"),
    ("* Redeploying the last good image of the checkout service", "mitigation"),
    ("Several workers kept restarting in a loop", "other"),
    ("Dana proposes rolling back the schema change", "other"),
    # monitoring that flags the problem detects it; the one paged joins the response
    ("Synthetic monitoring flagged slow page loads in Europe", "detection"),
    ("Kim joined the bridge and took the lead", "acknowledgement"),
    ("Storage team drained traffic away from rack 12", "mitigation"),
    # a site put into maintenance mode to shed load, and taken out of it
    ("Put the storefront into maintenance mode to drop every open session", "mitigation"),
    ("Took the storefront out of maintenance mode", "resolution"),
    ("Switched the wiki back from maintenance mode at last", "resolution"),
    # users reaching the service again end it; the team reaching a host does not
    ("Shoppers were once more able to access the site", "resolution"),
    ("Members can access the portal again", "resolution"),
    ("Our engineers were able to access the database host over the console", "other"),
    ("Customers were unable to access the site", "other"),
    # people able to do their own thing once more, and a perception verb that saw it
    ("Diners were able to book tables again", "resolution"),
    ("We then observed that riders were able to unlock scooters again", "resolution"),
    ("Support noticed that members can sign in again", "resolution"),
    ("Guests will be able to book tables again after the migration", "other"),
    ("Diners were still not able to book tables again", "other"),
    ("Diners were able to book tables again, but searches still hang", "other"),
    ("We noticed that the batch workers were rebooting again", "detection"),
    ("Engineers noticed checkout latency climbing again", "detection"),
    # monitoring that alarms the team detects it
    ("Ops was alarmed by the monitoring at once", "detection"),
    ("Many readers were alarmed by the news of the fire", "other"),
    # a log's terse state of the thing at the clause's end
    ("Config reloaded, portal working", "resolution"),
    ("Certificates renewed; VPN working normally", "resolution"),
    ("The API working group met on Friday", "other"),
    ("Asked support: is the portal working?", "other"),
    ("Portal not working for EU users", "other"),
    # the window of a maintenance said to be over
    ("Update: the maintenance window has ended at 03:10", "resolution"),
    ("Our database maintenance concluded without trouble", "resolution"),
    ("The maintenance window opens at 01:00", "trigger"),
    # the monitor's alert closed: its check passes again
    ("UptimeRobot closes the alert for the shop", "resolution"),
    ("The disk alert auto-resolved a minute later", "resolution"),
    ("Grafana resolved the latency alarm", "resolution"),
    ("StatusCake automatically closes the PagerDuty alert", "resolution"),
    ("Grafana raised the latency alarm", "detection"),
    # told of the problem: the team's detection
    ("We were notified by a partner that webhooks had stopped", "detection"),
    # Chinese: the service cut off, and "恢复" right after its time (not the work under way)
    ("订单服务开始中断", "start"),
    (" 恢复 ", "resolution"),
    ("左右恢复，用户可以正常登录", "resolution"),
    ("开始恢复数据", "other"),
    ("恢复中，请耐心等待", "other"),
    # premises shut by the outage, not the incident closed
    ("Several branches were temporarily closed as card terminals failed", "other"),
    ("Most cafés and shops closed early when the tills went down", "start"),
    ("The incident was closed after a day of monitoring", "end"),
    # a symptom told again, not the moment it was first noticed
    ("Merchants reported declined cards", "detection"),
    ("Merchants are still reporting declined cards", "other"),
    ("The uplink monitor continues to report packet loss", "other"),
    ("We kept on seeing timeouts from the card vault", "other"),
    ("we got notified through the uptime robot", "detection"),
    ("We notified the hosting provider about the broken switch", "escalation"),
    # a press release is the report itself
    ("Press release No. 4/2023 of 12 May 2023", "other"),
    ("Release 4.2 of the billing service went out", "trigger"),
    # a monitor's report: the service down is detection, the service answering again the end
    ("Pingdom reports that shop.example.net is down", "detection"),
    ("Pingdom reports that shop.example.net is online", "resolution"),
    ("the uptime checker reported the storefront is now online", "resolution"),
    ("health probe: status.example.io is online", "resolution"),
    # a forecast of the restoration is none: the service is still down
    ("The utility's estimated time for service to be restored is 4:45 PM", "other"),
    ("Estimated time until the line is repaired: 18:00", "other"),
    ("Service was restored at 4:45 PM, ahead of the estimate", "resolution"),
    # a person online is there to respond, no service restored
    ("Priya is online and digging into the logs", "other"),
    # someone answering is no restoration; the service coming back is
    ("The hosting company came back to us with their findings", "other"),
    ("Our DNS vendor came back to me an hour later", "other"),
    ("The storage array came back after the controller swap", "resolution"),
    # the fault said put right
    ("DNS zone error corrected and pushed to both name servers", "resolution"),
    ("The broken cron expression was corrected by the on-call engineer", "resolution"),
    ("Engineers corrected course and paged the database team", "escalation"),
    # a sentence that opens from a recovered state tells its own step after the comma
    ("With the primary back online, we started the replica resync", "other"),
    ("With the database restored at 10:05, we reopened checkout", "resolution"),
    # a report of the recovery (or of its prospect) is no report of the problem
    ("The DBA team reports that the replicas are back online", "resolution"),
    ("Support reports that they expect logins to be restored within the hour", "other"),
    ("Shop owners report that orders fail at the payment step", "detection"),
    # a service said to work again is back; what should or will work again is not yet
    ("Card payments succeed again in every region", "resolution"),
    ("The mail relays answer again", "resolution"),
    ("Dashboards should load again after the cache warms", "other"),
    ("Once the portal is reachable again we will post an update", "other"),
    ("Uploads fail again in eu-west", "other"),
    # after "resume", "working" is the service's unless a task follows it
    ("The export workers resume working", "resolution"),
    ("We resumed working on the index rebuild", "other"),
    ("Full restoration of service confirmed", "resolution"),
    # the service's state as users met it, said as it turned, marks the start when the
    # words mark no other step; one observed while checking, or alerted on, does not
    ("Checkout API is unreachable from every region", "start"),
    ("All dashboards went dark at once", "start"),
    ("Normal traffic is now flowing through the new edge", "resolution"),
    ("Traffic was flowing normally before the certificate expired", "other"),
    ("The build farm became inaccessible after the switch reboot", "start"),
    ("Billing worker stopped working and failed to restart", "start"),
    ("The last search node goes offline", "start"),
    ("Alert fires: the checkout API is unreachable", "detection"),
    ("Tried to SSH into the node, but it was unresponsive", "other"),
    ("The portal is no longer unreachable", "resolution"),
    # the noun of what users met with a word of its beginning or end, either way round
    ("Storefront downtime begins", "start"),
    ("Onset of the disruption: carts empty on reload", "start"),
    ("Beginning of degradation in eu-west", "start"),
    ("Partial interruption ended for the mobile app", "end"),
    ("End of the downtime window announced to tenants", "end"),
    ("Downtime has not started yet; draining queues", "other"),
    # the moment named as a point of reference is no step the entry tells
    ("We pulled the proxy logs from around the start of the outage", "other"),
    ("Error budget burned since the beginning of the incident: 40%", "other"),
    # words in a code span are a quoted command or message, not what happened; a span whose
    # closing backtick an entry's text lost runs to its end
    ("The GUI actions all failed with `service must be disabled and fixed first`", "other"),
    ("The GUI actions all failed with `service must be disabled and fixed first", "other"),
    ("web-01` restarts cleanly after the patch to `web-02", "mitigation"),
    # the page as the person on call got it
    ("After receiving a page at 03:10, Dana opened the dashboard", "escalation"),
    # a second alert or page brings someone else in: no detection
    ("A second alert went to the database team at 19:00", "escalation"),
    ("Alert fired for elevated 5xx rates on the API", "detection"),
    # a fix rolled out is a fix deployed, not a release that triggers an incident
    ("Monitoring: a fix has been rolled out and error rates are falling", "resolution"),
    ("We rolled out the fix to all regions", "resolution"),
    ("Release 4.2 rolled out to all regions", "trigger"),
    # a remedy told live is the fix deployed; a site told live is no step
    ("By 16:02 the patch was live on every edge node", "resolution"),
    ("The fix went live shortly after noon", "resolution"),
    ("The marketing site was live throughout", "other"),
    # failures or errors that begin or start mark the impact's start
    ("Upload failures begin in eu-west", "start"),
    ("Checkout errors start after the config push", "start"),
    # a loop or storm that begins is the impact's start; a step named after "after" is its
    # cause, told before
    ("Crash loop begins on the ingest pods after the node restart", "start"),
    ("Retry storm started following a redeploy of the gateway", "start"),
    ("Paged the storage team after the redeploy", "escalation"),
    ("Redeployed the API after reverting the flag", "mitigation"),
    ("After a quick restart of the broker the lag drains", "mitigation"),
    ("Edge nodes begin failing after the kernel upgrade", "start"),
    # "the on-call engineer" says who: beside a restoration, the restoration is what happened
    ("The on-call SRE checked that the API was back to normal for every region", "resolution"),
    ("The on-call engineer began investigating the failed backups", "acknowledgement"),
    ("On-call acknowledged; service restored later by the DB team", "acknowledgement"),
    # the on-call summoned is the page, an escalation; their answering it is the
    # acknowledgement
    ("Secondary on-call paged via Opsgenie", "escalation"),
    # the steps in the other languages drafts are written in; a denied or hoped-for one
    # marks nothing
    ("Der Dienst ist seit 14:20 wieder erreichbar", "resolution"),
    ("Le trafic est rétabli sur l'ensemble du réseau", "resolution"),
    ("Las colas se han restablecido por completo", "resolution"),
    ("Accès VPN restauré pour tous les sites", "resolution"),
    ("Speicherleck im Worker erkannt", "detection"),
    ("Ein anerkannter Dienstleister übernimmt", "other"),
    # a German compound's head noun and its step
    ("Der Komplettausfall begann kurz nach dem Deployment", "start"),
    ("Die Netzstörung ist beendet", "resolution"),
    ("Die Leitungsstörung ist noch nicht behoben", "other"),
    # what an arrow leads to is the step's outcome: "failed over → checkout restored"
    ("Primary failed over to the standby → checkout restored for all users", "resolution"),
    ("Pods neu gestartet -> Fehlerquote normal, wieder erreichbar", "resolution"),
    ("Die Störung ist noch nicht behoben", "other"),
    ("Webshop nicht erreichbar, Kasse zeigt Fehler", "start"),
    ("Le portail client est indisponible", "start"),
    ("Die Bereitschaft beginnt mit der Analyse", "acknowledgement"),
    ("Offen ist, wann der Zugang wieder hergestellt und behoben sein wird", "other"),
    ("昼過ぎに復旧した拠点で再び通信断", "other"),
    ("全拠点の通信が復旧した。", "resolution"),
    ("全サーバーで正常に戻りました", "resolution"),
    ("ネットワーク機器の不具合により障害発生", "start"),
    ("监控触发磁盘告警", "detection"),
    ("目前尚未恢复正常", "other"),
    ("支付业务完全恢复,发布恢复公告", "resolution"),  # business fully recovered
    ("全站業務恢復", "resolution"),
    ("尚未完全恢复", "other"),
    ("프로세스 무재시작으로 자체 복구됐다", "resolution"),
    ("DNS 서버를 재시작", "mitigation"),
    ("接続が切れたり復旧したりを繰り返す", "other"),
    # a forecast of the end, in English or in the languages notices are written in
    ("We expect the replicas to be back online by 20:00", "other"),
    ("De storing is naar verwachting om 20.00 uur verholpen", "other"),
    ("Die Störung soll voraussichtlich bis 20 Uhr behoben sein", "other"),
    ("Le service devrait être rétabli vers 18h", "other"),
    # a utility's restoration: power returned, customers reconnected
    ("The distribution operator returned power to all customers", "resolution"),
    ("Supply was returned to the last substation", "resolution"),
    ("All affected customers reconnected", "resolution"),
    ("Power was not returned until the next day", "other"),
    # a service working again in more words; a site's pages are no one paged
    ("Nightly builds pass again on every runner", "resolution"),
    ("Product pages load again for all regions", "resolution"),
    ("PagerDuty pages the database on-call", "escalation"),
    ("Builds fail again after the cache purge", "other"),
    ("Clients report timeouts on the booking page", "detection"),
    # the response opened: its room or its commander
    ("War room opened on Zoom, IC assigned", "acknowledgement"),
    ("Priya takes over as incident commander", "acknowledgement"),
    # a way taken is nothing going down
    ("We went down the wrong path suspecting the CDN", "other"),
    ("The team goes down the runbook step by step", "other"),
    ("The primary database went down the moment the disk filled", "start"),
    ("Opsgenie paged the primary on-call", "escalation"),
    ("The on-call SRE was alerted by the uptime check", "detection"),
    ("On-call SRE picks up the page and starts triage", "acknowledgement"),
    # customers' tickets coming in report the problem; a ticket the team opens does not
    ("Helpdesk tickets came in about failed card payments", "detection"),
    ("We opened a support ticket with the CDN vendor", "other"),
    ("Priya, the on-call engineer, came online and started digging", "acknowledgement"),
    # the noun told of or weighed, not a restoration that happened
    ("Vendor posts a note describing the outage and resolution", "other"),
    ("Team discussed a possible resolution on the bridge call", "other"),
    ("Resolution confirmed by the storage vendor", "resolution"),
    # the symptom's last sighting is its end, not its detection
    ("Last seen timeout at the load balancer; checkout back online", "resolution"),
    ("Last logged 503 errors from the API tier", "resolution"),
    ("Timeouts observed at the load balancer", "detection"),
    ("The issue was detected by users, who contacted support", "detection"),
    ("Escalated to the database team after the alert", "escalation"),
    ("Rolled back the deploy", "mitigation"),
    ("Service restored for all customers", "resolution"),
    ("OUTAGE BEGINS: checkout returns 500", "start"),
    ("Deploy of v2.3 went out", "trigger"),
    # negated: a fix that did not work is not a resolution
    ("The restart did not fix the problem", "mitigation"),
    ("Service was not restored", "other"),
    # finding the cause is diagnosis, not the moment the incident was detected
    ("The Root cause was found", "other"),
    ("Root cause discovered by deleting the malformed route", "other"),
    ("root cause found and correction begins", "other"),
    ("Errors discovered in the logs", "detection"),
    # "resolution" in its technical sense (name lookup) resolves nothing
    ("Traced the errors to DNS resolution timeouts on the workers", "other"),
    ("Hostname resolution fixed on the bastion", "resolution"),
    ("Checked the plugin's module path resolution against the lockfile", "other"),
    ("Verified dependency resolution in the build container", "other"),
    ("Incident resolution confirmed with the vendor", "resolution"),
    ("Every queue and worker is now operational", "resolution"),
    ("Status page switched back to All Systems Operational", "resolution"),
    ("The standby site was not yet operational", "other"),
    # "declared" before what was declared over is the end, not an incident declared
    ("Vendor declared every region fully operational", "resolution"),
    ("Declared a SEV2 and opened a bridge", "acknowledgement"),
    # a redeploy is a mitigation; passing health checks says the service is well again
    ("Kicked off a redeploy of the billing API", "mitigation"),
    # a perception verb whose object is the service well again: the end seen, no detection
    ("Noticed the queue had fully recovered", "resolution"),
    ("The support team saw that payments were back to normal", "resolution"),
    ("Spotted intermittent recovery in one region", "detection"),
    ("Noticed the queue had not recovered", "detection"),
    ("Detected a DNS resolution problem in the proxy", "detection"),
    ("New pods passed health checks and took traffic", "resolution"),
    # a mode a setting is switched into is no detection; an alert that fired still is
    ("Put the firewall policy into detection-only mode to let partner traffic through",
     "other"),
    ("Bot filter set to alert mode while we tuned it", "other"),
    ("The firewall's detection rules alerted on partner traffic", "detection"),
    # a fix going out ends the incident; a deploy on its own may start one
    ("Fix deployed on production", "resolution"),
    ("Deployed the fix to all regions", "resolution"),
    ("Deployed v2.3 to production", "trigger"),
    ("Full system recovery confirmed", "resolution"),
    # a symptom that ends: the impact is over (and an alert that clears is not one firing)
    ("Timeouts subsided after the cache warmed", "resolution"),
    ("5xx alarms cleared on every node", "resolution"),
    ("p99 latency returned to baseline", "resolution"),
    ("No more errors in the gateway logs", "resolution"),
    ("Errors have not stopped yet", "other"),
    ("Alarms fired for queue depth", "detection"),
    ("The queues drained and we declared the incident over", "end"),
    # the change being undone is the object: a mitigation, not a new trigger
    ("Release 4.2 rolled back on all hosts", "mitigation"),
    ("The schema migration was reverted", "mitigation"),
    ("Schema migration applied to the primary", "trigger"),
    ("Workers came back after the restart", "resolution"),
    ("We tried to restore the volume from a snapshot", "other"),
    # closing the incident is its end, whatever verb comes first
    ("Incident officially declared resolved", "end"),
    ("Incident declared through statuspage.io", "acknowledgement"),
    # timelines are often written in the present tense
    ("Site goes down", "start"),
    ("Monitoring alert notifies the SRE that the site is not accessible", "detection"),
    ("SRE escalates to the senior SRE", "escalation"),
    ("Whisperer fixes config file", "resolution"),
    ("The engineer rolls back the release", "mitigation"),
    # more ways to say it
    ("The new build is live in every region", "resolution"),
    ("Search fully functional for all tenants", "resolution"),
    ("IC decides to close the incident", "end"),
    ("Pagers informed about the disk alarm", "detection"),
    ("Billing receives an email from a reseller describing failed invoices", "detection"),
    ("Pull requests once again merging", "resolution"),
    ("Webhooks delivering again after the purge", "resolution"),
    ("Pull requests once again failing to merge", "other"),
    ("Timeouts happening again on the read path", "other"),
    # a service come back in a reviewer's other words; a maintenance's end is the end
    ("Postgres revived after the failover", "resolution"),
    ("Customers regained access to their dashboards", "resolution"),
    ("Graphs show a return to normal error rates", "resolution"),
    ("All services active again on the new host", "resolution"),
    # a service opened to its users again: a game's realm, a shop's checkout
    ("Nightly builds began failing on arm64", "start"),
    ("Synthetic checks began failing in two regions", "detection"),  # the watch saw it
    ("The canary started to fail on the new build", "detection"),
    ("The export job started erroring for EU tenants", "start"),
    ("Servers open to all players once more", "resolution"),
    ("All replicas were in a healthy state", "resolution"),
    ("Ticket sales open again for everyone", "resolution"),
    ("The support ticket was reopened by the customer", "other"),
    ("The planned maintenance is now complete; writes are accepted", "resolution"),
    ("Planned maintenance begins on the storage cluster", "trigger"),
    # a negated phrase never marks a phase
    ("Checkout wasn't restored by the restart", "mitigation"),
    # a negation reaches a noun after "to a" ("not leading to a resolution")
    ("Those first steps were not leading to a resolution", "other"),
    ("Those efforts did not get us to a resolution", "other"),
    # an end held up or waited for ("delaying the resolution", "until the ISP restores"):
    # still to come; "until we restored" tells it happening
    ("Replica lag held things up, delaying a full resolution", "other"),
    ("Little to do but wait until the ISP restores the uplink", "other"),
    ("The shop stayed dark until we restored the old certificate", "resolution"),
    ("Cause found in the storage firmware; the team is working to get it fixed", "other"),
    ("The team worked through the night and restored the mirrors", "resolution"),
    ("Search still isn't restored", "other"),
    ("Ticket not yet resolved; customers still affected", "other"),
    ("Queue has not yet been restored", "other"),
    ("No alert fired for the disk filling up", "other"),
    ("The first page was never acknowledged", "other"),
    ("Jobs were not processing again until noon", "other"),
    # what is hoped for or only attempted has not happened
    ("We are still working towards a complete fix", "other"),
    ("Expect ingestion to be restored within the hour", "other"),
    ("Hoping to have the builds resolved soon", "other"),
    ("The probe will alert if the lag returns", "other"),
    ("Trying to restore the primary from the snapshot", "other"),
    ("We are working on getting the API back up", "other"),
    ("Engineers are working to restore access", "other"),
    ("We are working with the ISP to get us back online", "other"),
    # what happens as a rule, not a step of this incident
    ("Usually such faults are resolved within the hour", "other"),
    ("The link was restored after the usual checks", "resolution"),
    ("We worked with the carrier and brought the uplink back online", "resolution"),
    ("Checkout is working normally", "resolution"),
    ("Attempted to roll back the schema change", "mitigation"),
    ("First attempt to deploy the new release", "trigger"),
    # the first sign of impact marks the start only when no other phase word is there
    ("p99 latency spiked past two seconds", "start"),
    ("Shoppers began seeing blank carts", "start"),
    ("First timeouts in the gateway logs", "start"),
    ("Pager fired as latency spiked", "detection"),
    ("Errors never started rising on the canary", "other"),
    # a present-tense first-person notice is a detection, whatever it noticed
    ("We notice the nightly export job has failed", "detection"),
    ("A notice went out to tenants", "other"),
    # "..., resolving the incident": the step that ended it (an intention is still no fix)
    ("Rolled back the release everywhere, resolving the incident", "mitigation"),
    ("Partitions rebalanced, resolving the incident", "resolution"),
    ("Still working on resolving the incident with the vendor", "other"),
    # "no further action required": the closing line of a log
    ("Vendor confirmed the patch; no further action required", "end"),
    # "..., thus mitigating the issue": the participle names the step's effect
    ("The leaking worker pool is drained, thus mitigating the issue", "mitigation"),
    # a machine's warning is an alert by another name
    ("Automated warning from the cloud provider that the subnet is nearly full", "detection"),
    # words that put the phase at another time than the entry's own
    ("Token rotation job skipped (noticed only the next morning)", "other"),
    ("Disk filled up; it was detected 25 minutes later", "other"),
    ("Backups stopped - spotted hours later by the DBA", "other"),
    ("Replica fell behind, resolved later that night", "other"),
    ("Later that hour the pager fired", "detection"),  # "later" before the word, not after
    ("Customer reported the bug, later resolved", "detection"),
    ("Uploads resume after the quota is raised", "resolution"),
    # status-page updates
    ("We are currently investigating slow page loads", "acknowledgement"),
    ("The storage team is investigating", "acknowledgement"),
    ("A fix has been implemented; we keep watching error rates", "mitigation"),
    ("Temporary fix applied to the load balancer pool", "mitigation"),
    ("A fix has been deployed to all regions", "resolution"),
    ("The billing portal returns online after the failover", "resolution"),
    ("Replica came online at last", "resolution"),
    # a name in a code span reads as the words around it: the alert's recovery, no alert
    ("The alert for the `BillingWorker` is resolved and invoices go out again", "resolution"),
    ("Alert fired for `BillingWorker`", "detection"),
    # a measure told back where it belongs
    ("Checkout latency went back to acceptable levels", "resolution"),
    ("p99 returned to acceptable levels after the cache warmed", "resolution"),
    ("Latency is not yet back to acceptable levels", "other"),
    # a status update's words for the investigation, the users' own action working again
    ("Investigating - We are looking into blank dashboards", "acknowledgement"),
    ("Engineers are looking into the stalled exports", "acknowledgement"),
    ("Shoppers can log in again from every region", "resolution"),
    ("Staff were still unable to sign in", "other"),
    ("Members could not log in again until the cache expired", "other"),
    # a person named without a role word who came online answered a page: no recovery
    ("Priya Nair came online at 09:12 in the dashboard", "other"),
    ("After a coffee, Tomas (on the rota) came online in Slack", "other"),
    ("Payment Service came online at 10:00", "resolution"),
    ("The Database came online again", "resolution"),
    ("Investigating a report of failed logins from Android", "detection"),
    ("Shared a report of the current state with leadership", "other"),
    ("Troubleshooting resumes after the shift change", "other"),
    ("Engineers resumed the investigation at 08:00", "other"),
    ("Work was resumed on the root-cause write-up", "other"),
    ("Card payments resumed for all merchants", "resolution"),
    ("We resumed traffic to the eu-west pool", "resolution"),
    ("Front desk took the first call about the outage", "detection"),
    ("A nurse called the helpdesk: the ward printers are offline", "detection"),
    ("The first ticket about slow exports came from the Berlin office", "detection"),
    ("Synthetic checks caught the issue before any customer did", "detection"),
    ("Support ticket opened with the CDN vendor", "other"),
    ("The stuck advisory lock was released by hand", "other"),
    ("Version 4.2 was released to all regions", "trigger"),
    ("Ops declared the all-clear on the bridge", "resolution"),
    ("Grafana panels back to green across the fleet", "resolution"),
    ("Customer impact stopped once the cache warmed", "resolution"),
    ("Its disks were back, but the configs were stuck", "other"),
    # what the responders sought is not reached; a fault set right is
    ("We kept reading broker logs in our search for a resolution", "other"),
    ("Still no luck in our hunt for a fix that restores replication", "other"),
    ("The faulty route table entry was rectified", "resolution"),
    # the repair told as what the team achieved, not when they could not or hoped to
    ("Two DBAs managed to restore checkout for every shopper", "resolution"),
    ("Engineers were able to mitigate the packet loss by draining the rack", "mitigation"),
    ("The storage team was unable to restore the volume", "other"),
    ("We will only be able to fix the index after the freeze", "other"),
    # a present state after "once", "when" or "as soon as": a condition to come, unless told
    # in the past, or "once again"
    ("We'll email every customer once the exports are live", "other"),
    ("Next post goes out when the dashboard is back", "other"),
    ("When the dashboard was back online we stood the bridge down", "resolution"),
    ("Once again the dashboard is back", "resolution"),
    # a thing shut is no incident closed; the incident, its tickets or its bridge are
    ("The venue closed all kiosks at noon", "other"),
    ("Ops closed down the payments gateway", "other"),
    ("Support closed all open tickets", "resolution"),
    # a service "gone down" is the onset; a measure gone down is the trouble easing
    ("wiki: the whole farm gone down", "start"),
    ("The forum has gone down again", "start"),
    ("queue lag went down to 3 s", "other"),
    ("CPU load has gone down to 40%", "other"),
    # a check that found the service well is its restoration, not a detection
    ("- 11:05 UTC - Health checks and alerts confirmed every region had fully recovered",
     "resolution"),
    ("By 17:10 the fix was out and every service reported healthy", "resolution"),
    ("Customers reported the site was not restored", "detection"),
    ("Alerts confirmed the outage in two regions", "detection"),
    # updates promised until the end are no resolution; the end told after "until" is
    ("Status page posted, updating every hour until resolution", "other"),
    ("Posting updates every 30 minutes until resolved", "other"),
    ("The site stayed down until resolution at 14:05", "resolution"),
    # an incident report's "event" is the incident: its start and end said of it
    ("04:00 - Event Begins", "start"),
    ("the event ended once the last queue drained", "end"),
    ("the start of the event loop was delayed", "other"),
    # "all is up again": the service back, not a measure "up again"
    ("ops: all is up again", "resolution"),
    ("the mirrors are up again", "resolution"),
    ("timeouts up again after the deploy", "other"),
])
def test_classify(text: str, phase: str) -> None:
    assert classify(text) == phase


def test_grouped_lexicon_patterns_match_as_a_flat_alternation() -> None:
    """phases._compile groups each phase's words by first letter; a position must still get
    the longest word that fits, as the plain longest-first alternation gives it."""
    import random
    import re

    from pmlint.timeline import phases

    lexicons = [phases.LEXICON,
                (("start", ("roll", "roll back", "rollback", "r", "re-try", "(x)", "a.b")),)]
    rng = random.Random(2)
    for lexicon in lexicons:
        words = [w for _, ws in lexicon for w in ws]
        pieces = [*words, " ", "-", "s", "ing", "ed", "x", "'", "not ", "."]
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
                 for _ in range(3000)]
        for (phase, grouped), (_, ws) in zip(phases._compile(tuple(lexicon)), lexicon,
                                             strict=True):
            alternatives = "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
            flat = re.compile(rf"(?<![a-z])(?:{alternatives})(?![a-z])")
            for text in texts:
                assert [m.span() for m in grouped.finditer(text)] == [
                    m.span() for m in flat.finditer(text)], (phase, text)


def test_a_phase_is_skipped_only_when_none_of_its_phrases_can_be_there() -> None:
    """classify_all passes over a phase whose key words (a run of letters from each phrase)
    are not among the text's runs of letters; the phases found are those found without."""
    import random

    from pmlint.timeline import phases

    odd = (("start", ("on-call", "ack'd", "is back", "x")), ("end", ("2nd wave", "end")),
           ("detection", ("Paged", "saw it")))
    rng = random.Random(5)
    for lexicon in (phases.LEXICON, odd):
        words = [w for _, ws in lexicon for w in ws]
        pieces = [*words, " ", "-", "s", "ing", "un", "'", "not ", ".", "again", "once "]
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
                 for _ in range(2000)]
        texts += ["The pager went off twice", "Once again accepting writes", "10:02 on-callers"]
        gated = [phases.classify_all(text, lexicon) for text in texts]
        known = phases._known(lexicon)
        ungated = (known[0], known[1], ({}, frozenset(range(len(known[1])))))  # search all
        phases._BY_IDENTITY[id(lexicon)] = ungated
        try:
            assert gated == [phases.classify_all(text, lexicon) for text in texts]
        finally:
            phases._BY_IDENTITY.pop(id(lexicon), None)


def test_phrases_are_found_where_the_patterns_own_search_finds_them() -> None:
    """phases._phrases looks for the character before a phrase, then matches the phrase's
    pattern there: the matches of the pattern's finditer, also for phrases that open or end
    with a character that is no letter, one right after another, at the text's ends."""
    import random

    from pmlint.timeline import phases

    odd = (("start", ("roll", "roll back", "rollback", "r", "re-try", "(x)", "a.b", "x)")),
           ("end", ("-end", "end-", "2nd", "é", "ends")))
    rng = random.Random(7)
    for lexicon in (phases.LEXICON, odd):
        words = [w for _, ws in lexicon for w in ws]
        pieces = [*words, " ", "-", "s", "ing", "x", "'", ".", "(", "é", ""]
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
                 for _ in range(3000)]
        for _, pattern in phases._compile(tuple(lexicon)):
            for text in texts:
                assert [(m.span(), m.group(0)) for m in phases._phrases(pattern, text)] == \
                    [(m.span(), m.group(0)) for m in pattern.finditer(text)], text


@pytest.mark.parametrize(("text", "phase"), [
    # the service's state said to hold once more
    ("The billing portal was reachable again for every tenant", "resolution"),
    ("Search is available again", "resolution"),
    ("Checkout returned to being accessible after the purge", "resolution"),
    ("The portal is not available again yet", "other"),
    ("If the bypass works, search is going to be available again sooner", "other"),
    ("The cache purge could make the portal reachable again", "other"),
    ("When the dashboards are accessible again, we will close the incident", "other"),
    # a check made before the entry's step, told after it
    ("Ran tcpdump on the gateway, after verifying that the upstream looked to be "
     "working properly", "other"),
    ("Restarted the workers, upon checking that the queue was back to normal", "mitigation"),
    ("Verified that the API was working properly", "resolution"),
])
def test_states_again_and_checks_told_after(text: str, phase: str) -> None:
    assert classify(text) == phase


@pytest.mark.parametrize(("text", "phases"), [
    # a step, then a clause that says the service is well: the step's outcome, the resolution
    ("Reverted the flag, request latency normal", ("mitigation", "resolution")),
    ("Failed over to the standby region; all probes green.", ("mitigation", "resolution")),
    ("Restarted the workers and the job queue is stable since 14:02",
     ("mitigation", "resolution")),
    # denied, hoped for, a colour's name, or the state alone: no resolution
    ("Reverted the flag, but request latency not normal yet", ("mitigation",)),
    ("Restarted the workers, hoping the queue would be stable", ("mitigation",)),
    ("Restarted the proxy, see the green line on the graph", ("mitigation",)),
    ("Latency normal, disk at 40%", ()),
])
def test_a_step_then_the_service_said_well(text: str, phases: tuple[str, ...]) -> None:
    assert classify_all(text) == phases


def test_a_texts_runs_of_letters_are_read_from_its_bytes() -> None:
    """phases._letter_runs (a text's UTF-8 bytes, each but a-z's made a blank, split) holds
    the runs of letters _LETTERS finds, whatever characters stand between them."""
    import random

    from pmlint.timeline import phases

    pieces = ["abc", "on-call", "ack'd", "é", "ß", "İ", "日本", "\ud800", " ", "\t", "\n",
              "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "Z", "z", "a", "9", "_"]
    rng = random.Random(31)
    for _ in range(5000):
        lower = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))).lower()
        assert phases._letter_runs(lower) == \
            {word.encode() for word in phases._LETTERS.findall(lower)}, lower


@pytest.mark.parametrize(("name", "phase"), [
    ("first alert", "detection"), ("initial alert", "detection"), ("alert time", "detection"),
    ("first report", "detection"), ("paged at", "escalation"), ("page sent", "escalation"),
    ("customer impact start", "start"), ("user impact ended", "end"),
    ("customer impact resolved", "resolution"),
    ("alert rules", None), ("pager rotation", None), ("customer", None),
    # the noun in the plural
    ("service interruptions began", "start"), ("outages ended", "end"),
    ("disruptions started", "start"),
    # and in the other languages a notice is written in
    ("häiriö alkoi", "start"), ("häiriö päättyi", "end"), ("störningen började", "start"),
    ("störungsende", "end"), ("einde storing", "end"), ("störung behoben", "resolution"),
])
def test_header_fields_that_name_a_phase(name: str, phase: str | None) -> None:
    assert field_phase(name) == phase


@pytest.mark.parametrize(("text", "phase"), [
    # the end and the start told in Dutch, Swedish, Norwegian, Italian, Portuguese, Polish,
    # Czech and Finnish
    ("De storing is inmiddels verholpen.", "resolution"),
    ("Inloggningen fungerar igen.", "resolution"),
    ("Tjenesten er gjenopprettet.", "resolution"),
    ("Il servizio è stato ripristinato.", "resolution"),
    ("O acesso foi restabelecido.", "resolution"),
    ("Awaria została usunięta.", "resolution"),
    ("Služby byly obnoveny.", "resolution"),
    ("Palvelu on korjattu.", "resolution"),
    ("Felet i växeln är löst.", "resolution"),
    ("Telefonin är tillbaka igen för alla kunder.", "resolution"),
    ("Nettbanken er tilbake igjen.", "resolution"),
    ("Strømmen er tilbage igen i hele området.", "resolution"),
    ("Felet är inte löst ännu.", "other"),
    ("De website was niet bereikbaar.", "start"),
    ("Il portale era non raggiungibile.", "start"),
    ("Serwer był niedostępny.", "start"),
    # hoped for, or denied, not yet done
    ("De storing is nog niet verholpen.", "other"),
    # Russian and Ukrainian: whole words, each form of its own; "не" denies
    ("Доступ к личному кабинету восстановлен.", "resolution"),
    ("Неполадку устранили, сервис заработал.", "resolution"),
    ("Сайт був недоступний для клієнтів.", "start"),
    ("Роботу сервісу відновлено.", "resolution"),
    ("Доступ ещё не восстановлен.", "other"),
    ("Идёт восстановление базы.", "other"),  # the noun: work going on
])
def test_other_languages_start_and_end(text: str, phase: str) -> None:
    assert classify(text) == phase


@pytest.mark.parametrize(("text", "phases"), [
    # the symptom said gone to zero: the resolution
    ("Checkout error rates fall back to zero", ("resolution",)),
    ("HTTP 5xx back to 0 across the fleet", ("resolution",)),
    ("Timeouts dropped to zero once the pool was resized", ("resolution",)),
    # the traffic going to zero is the outage; a share is no zero
    ("Traffic to the EU region dropped to zero", ()),
    ("Errors went to 0.5% of requests", ()),
])
def test_a_symptom_gone_to_zero(text: str, phases: tuple[str, ...]) -> None:
    assert tuple(p for p in classify_all(text) if p == "resolution") == phases


@pytest.mark.parametrize(("text", "phase"), [
    # people back at work after a night's rest are no service restored
    ("The whole team is back online and picks up the investigation", "other"),
    ("Engineers are back up after a few hours of sleep", "other"),
    ("Staff came back from the data centre", "other"),
    # a service back, or a company speaking of its service, is
    ("The storage cluster is back up", "resolution"),
    ("We're back up and running", "resolution"),
])
def test_people_back_at_work_are_no_resolution(text: str, phase: str) -> None:
    assert classify(text) == phase


@pytest.mark.parametrize(("text", "phase"), [
    # Korean notices end a restored step's line on the noun "정상화" (normalisation)
    ("결제 시스템 정상화", "resolution"),
    ("DB 서버 교체 후 로그인 정상화 및 모니터링", "resolution"),
    # its failure, the work towards it, or it as an object is none
    ("1차 정상화 실패", "other"),
    ("정상화 작업 진행", "other"),
    ("서비스 정상화를 위한 점검 시작", "other"),
])
def test_a_korean_notice_ends_a_restored_step_on_its_noun(text: str, phase: str) -> None:
    assert classify(text) == phase


@pytest.mark.parametrize(("text", "phase"), [
    # a Japanese step's line ends on the noun "復旧" (restoration) when service came back
    ("ログイン機能 復旧", "resolution"),
    ("全サービス復旧。", "resolution"),
    # what came back said in brackets after it
    ("メール配信 復旧（送受信とも正常）", "resolution"),
    ("復旧 (API応答を確認)", "resolution"),
    ("復旧(一部)後に再び停止", "other"),
    # partly or for now, or the work towards it, is no resolution
    ("一部復旧", "other"),
    ("暫定復旧", "other"),
    ("復旧作業を開始", "other"),
])
def test_a_japanese_step_ends_a_restored_line_on_its_noun(text: str, phase: str) -> None:
    assert classify(text) == phase


@pytest.mark.parametrize(("text", "phase"), [
    # a healthy state found while diagnosing: the fault lay elsewhere, nothing restored
    ("Diagnostics showed every database node was up and running", "other"),
    ("The team established that the brokers were healthy", "other"),
    # confirmed, or found restored or working again: the service came back
    ("The team confirmed the brokers were up and running", "resolution"),
    ("We found the checkout was working again", "resolution"),
])
def test_a_healthy_state_found_while_diagnosing_is_no_resolution(text: str, phase: str) -> None:
    assert classify(text) == phase


def test_a_russian_word_for_fell_marks_no_start() -> None:
    # "упала" is a server falling over or a load falling back: alone, no phase
    assert classify("Нагрузка на базу упала до обычной") == "other"


@pytest.mark.parametrize(("text", "phases"), [
    # the end said to come, after its noun, is not the end
    ("Cause found; a full recovery is expected within the hour.", ()),
    ("Patch built, the fix is still pending review.", ()),
    ("Root cause known. Resolution remains outstanding while the vendor investigates.", ()),
    # the end told as done stays one, whatever follows
    ("The fix was deployed and service is restored.", ("resolution",)),
    ("Recovery was confirmed at the edge.", ("resolution",)),
])
def test_an_end_said_to_be_pending_or_expected_marks_no_phase(text: str,
                                                              phases: tuple[str, ...]) -> None:
    assert classify_all(text) == phases


@pytest.mark.parametrize(("text", "phases"), [
    # the shipped thing is a remedy: its deploy ends or eases the incident, sets nothing off
    ("Patch 3 for the session leak deployed to all pods", ("mitigation",)),
    ("Correction v1.4.2 pushed to the edge nodes", ("mitigation",)),
    ("Fix #2 (cache TTL) rolled out to the API tier", ("resolution",)),
    ("We released a workaround: requests now bypass the resolver", ("mitigation",)),
    ("The fix for the billing job was deployed", ("resolution",)),
    # anything else shipped is still the change that may have set it off
    ("Build 4.9 with the new session store deployed", ("trigger",)),
    ("Faulty routing table pushed to the edge nodes", ("trigger",)),
])
def test_a_remedy_shipped_is_no_trigger(text: str, phases: tuple[str, ...]) -> None:
    assert classify_all(text) == phases


@pytest.mark.parametrize(("text", "phases"), [
    ("Proxy restarted - immediate recovery", ("mitigation", "resolution")),
    ("**Unrelated event**: office router lost power and was restored at 08:50", ()),
    ("(Unrelated) the staging cluster was rebooted", ()),
    ("Not related to this incident: billing job resolved its backlog", ()),
    ("The related cache nodes were restored", ("resolution",)),
])
def test_an_entry_marked_unrelated_marks_no_phase(text: str, phases: tuple[str, ...]) -> None:
    assert classify_all(text) == phases


@pytest.mark.parametrize(("text", "phase"), [
    # a healthy state that ended is the start; trouble that ended is the resolution
    ("At 02:10 the storage cluster was no longer reachable from the API nodes", "start"),
    ("the login page was no longer loading for most users", "start"),
    ("errors were no longer occurring after the rollback", "resolution"),
    ("the status page is no longer unavailable", "resolution"),
])
def test_no_longer_before_a_healthy_state_is_the_start(text: str, phase: str) -> None:
    assert classify(text) == phase
