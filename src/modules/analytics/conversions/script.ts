/**
 * The script a website adds (`<script src=".../c/v1/script.js" data-key="pk_…" async>`). Written by
 * hand in ES5 so every browser runs it untranspiled; kept under 2 KB and free of dependencies. It keeps
 * the landing page's utm_* tags in sessionStorage (first-party, gone when the tab closes: nothing
 * follows the visitor across visits) and exposes `presence.conversion({ type, value, currency,
 * externalId })`, which posts to the report endpoint and resolves to true when it was counted.
 * `utm_id` is read as the tracked link's code when a landing URL carries one.
 */
export function conversionScript(endpoint: string): string {
  return `(function(w){
var s=document.currentScript,key=s&&s.getAttribute('data-key'),K='presence.utm',u={},q,i,v,n=['source','medium','campaign','content','id'];
try{q=new URLSearchParams(w.location.search);for(i=0;i<n.length;i++){v=q.get('utm_'+n[i]);if(v)u[n[i]]=v.slice(0,200);}
if(u.campaign||u.id)w.sessionStorage.setItem(K,JSON.stringify(u));else u=JSON.parse(w.sessionStorage.getItem(K)||'{}')||{};}catch(e){}
var p=w.presence=w.presence||{};
p.conversion=function(c){c=c||{};var b={key:key,type:c.type||'other'},t={};
if(c.value!=null){b.value=Number(c.value);b.currency=c.currency;}
if(c.externalId!=null)b.externalId=String(c.externalId);
if(c.linkCode||u.id)b.linkCode=c.linkCode||u.id;
for(i=0;i<4;i++)if(u[n[i]])t[n[i]]=u[n[i]];
if(t.campaign)b.utm=t;
return w.fetch(${JSON.stringify(endpoint)},{method:'POST',mode:'cors',keepalive:true,credentials:'omit',headers:{'content-type':'application/json'},body:JSON.stringify(b)})
.then(function(r){return r.ok;},function(){return false;});};
})(window);
`;
}
