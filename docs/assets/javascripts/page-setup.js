/* Material for MkDocs 9.8.1's two inline scripts (partials/javascripts/base.html and
   content.html), as a file so that pages need no inline script (scripts/kit/inline_scripts.py).
   The only change: the site root is found from this file's own address
   (assets/javascripts/page-setup.js) instead of the page's base URL. When upgrading Material,
   tests/kit/test_inline_scripts.py says whether this file must be copied again. */
__md_scope=new URL("../..",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
