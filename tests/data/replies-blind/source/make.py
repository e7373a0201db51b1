import json, c_int, c_not, c_ref, c_ooo, c_bounce, c_unk
I = [r for r in c_int.I if not r["body"].startswith(("Thursday at 10", "Yes. Please send the offer"))]
U = [r for r in c_unk.U if not r["body"].startswith("Received.")]
allr = c_bounce.B + c_ooo.O + c_ref.R + I + c_not.N + U
pref = {"Bounce":"b","OutOfOffice":"o","Referral":"r","Interested":"i","NotInterested":"n","Unknown":"u"}
cnt = {}
with open("replies.jsonl","w",encoding="utf-8") as f:
    for r in allr:
        cnt[r["label"]] = cnt.get(r["label"],0)+1
        r = {"id": f"{pref[r['label']]}{cnt[r['label']]:02d}", **r}
        if r["headers"] is None: del r["headers"]
        f.write(json.dumps(r, ensure_ascii=False)+"\n")
print(cnt, sum(cnt.values()))
