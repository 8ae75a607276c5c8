/*! tb-landscape frontend: the Landscape tab (generated from frontend/src by frontend/build.mjs; do not edit).
 * Bundled packages:
 *   d3-array@3.2.5 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-color@3.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-contour@4.0.3 (ISC, terms 1): Copyright 2012-2026 Mike Bostock
 *   d3-format@3.1.3 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-interpolate@3.0.2 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-scale@4.0.3 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-scale-chromatic@3.1.1 (ISC, terms 2): Copyright 2010-2026 Mike Bostock
 *   d3-time@3.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-time-format@4.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   three@0.187.0 (MIT, terms 3): Copyright © 2010-2026 three.js authors
 * Terms 1: Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 * Terms 2: Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE. Apache-Style Software License for ColorBrewer software and ColorBrewer Color Schemes Copyright 2002 Cynthia Brewer, Mark Harrower, and The Pennsylvania State University Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0 Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the specific language governing permissions and limitations under the License.
 * Terms 3: Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
var Jf="TBL1",yt=class extends Error{constructor(e){super(e),this.name="FrameError"}},jf=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function Ut(n,e){if(!(Number.isInteger(e)&&e>=0&&e<n.metricCount))throw new RangeError(`metric index ${e} out of range [0, ${n.metricCount})`);let t=n.nx*n.ny;return n.values.subarray(e*t,(e+1)*t)}function ed(n){let e=n instanceof ArrayBuffer?new Uint8Array(n):new Uint8Array(n.buffer,n.byteOffset,n.byteLength);if(e.length<8)throw new yt(`frame too short: ${e.length} bytes, a frame has at least 8`);let t=String.fromCharCode(e[0],e[1],e[2],e[3]);if(t!==Jf)throw new yt(`bad magic ${JSON.stringify(t)}, expected "${Jf}"`);let i=new DataView(e.buffer,e.byteOffset,8).getUint32(4,!0),r=8+i;if(r>e.length)throw new yt(`header length ${i} runs past the end of the ${e.length}-byte frame`);if(r%4!==0)throw new yt(`misaligned frame: 8 + header length (${i}) = ${r} is not a multiple of 4`);let s;try{let h=new TextDecoder("utf-8",{fatal:!0}).decode(e.subarray(8,r));s=JSON.parse(h)}catch(h){throw new yt(`header is not UTF-8 JSON: ${h.message}`)}let a=qb(s),o=a.shape,l=o.reduce((h,f)=>h*f,1),c=e.length-r;if(c!==l*4)throw new yt(`shape [${o.join(", ")}] needs ${l*4} bytes of float32 values, the frame has ${c}`);return{header:a,values:Hb(e,r,l),metricCount:o[0],nx:o[o.length-1],ny:a.dims===2?o[1]:1}}function Hb(n,e,t){let i=n.byteOffset+e;if(jf&&i%4===0)return new Float32Array(n.buffer,i,t);if(jf)return new Float32Array(n.slice(e,e+t*4).buffer);let r=new DataView(n.buffer,i,t*4),s=new Float32Array(t);for(let a=0;a<t;a++)s[a]=r.getFloat32(a*4,!0);return s}function Xa(n){return typeof n=="object"&&n!==null&&!Array.isArray(n)}var Qf={NaN:NaN,Infinity:1/0,"-Infinity":-1/0};function Qc(n,e){if(typeof n=="number")return n;if(typeof n=="string"&&Object.prototype.hasOwnProperty.call(Qf,n))return Qf[n];throw new yt(`header.${e} is not a number: ${JSON.stringify(n)}`)}function $a(n,e){return n==null?null:Qc(n,e)}function Ss(n,e){if(!Array.isArray(n))throw new yt(`header.${e} is not an array`);return Float64Array.from(n,(t,i)=>Qc(t,`${e}[${i}]`))}function Wa(n,e){return n==null?null:Ss(n,e)}function Ln(n,e,t){if(typeof n=="string")return n;if(n==null&&t!==void 0)return t;throw new yt(`header.${e} is not a string: ${JSON.stringify(n)}`)}function Wb(n,e){if(typeof n=="number"&&Number.isInteger(n)&&n>=1)return n;throw new yt(`header.${e} is not a positive integer: ${JSON.stringify(n)}`)}function $b(n,e){if(!Xa(n))throw new yt(`header.axes[${e}] is not an object`);return{label:Ln(n.label,`axes[${e}].label`,""),unit:Ln(n.unit,`axes[${e}].unit`,""),coords:Ss(n.coords,`axes[${e}].coords`),explained_variance:$a(n.explained_variance,`axes[${e}].explained_variance`)}}function Xb(n){if(n==null)return null;if(!Xa(n))throw new yt("header.trajectory is not an object or null");let e=Ss(n.steps,"trajectory.steps");return{steps:Array.from(e),x:Ss(n.x,"trajectory.x"),y:Wa(n.y,"trajectory.y"),plane_loss:Wa(n.plane_loss,"trajectory.plane_loss"),true_loss:Wa(n.true_loss,"trajectory.true_loss"),residual:Wa(n.residual,"trajectory.residual")}}function qb(n){if(!Xa(n))throw new yt("header is not a JSON object");let e=n.dims;if(e!==1&&e!==2)throw new yt(`header.dims must be 1 or 2, got ${JSON.stringify(e)}`);if(!Array.isArray(n.shape)||n.shape.length!==e+1)throw new yt(`header.shape must have ${e+1} entries for a ${e}D landscape, got ${JSON.stringify(n.shape)}`);let t=n.shape.map((o,l)=>Wb(o,`shape[${l}]`));if(!Array.isArray(n.metrics)||n.metrics.length!==t[0])throw new yt(`header.metrics must name the ${t[0]} metrics of shape[0], got ${JSON.stringify(n.metrics)}`);let i=n.metrics.map((o,l)=>Ln(o,`metrics[${l}]`));if(!Array.isArray(n.axes)||n.axes.length!==e)throw new yt(`header.axes must have ${e} entries for a ${e}D landscape`);let r=n.axes.map($b);r.forEach((o,l)=>{let c=t[t.length-1-l];if(o.coords.length!==c)throw new yt(`header.axes[${l}].coords has ${o.coords.length} entries, shape says ${c}`)});let s=n.center===void 0||n.center===null?new Array(e).fill(0):Array.from(Ss(n.center,"center"));if(s.length!==e)throw new yt(`header.center must have ${e} entries, got ${s.length}`);let a=Qc(n.step,"step");if(!Number.isInteger(a))throw new yt(`header.step is not an integer: ${a}`);return{run:Ln(n.run,"run"),tag:Ln(n.tag,"tag"),step:a,wall_time:$a(n.wall_time,"wall_time")??NaN,version:$a(n.version,"version")??1,dims:e,shape:t,metrics:i,axes:r,center:s,method:Ln(n.method,"method",""),normalization:Ln(n.normalization,"normalization",""),seed:$a(n.seed,"seed"),bn_mode:Ln(n.bn_mode,"bn_mode",""),data_description:Ln(n.data_description,"data_description",""),frame_id:Ln(n.frame_id,"frame_id",""),extra:Xa(n.extra)?n.extra:{},trajectory:Xb(n.trajectory)}}var ws=class extends Error{constructor(t,i,r){super(`${t}: ${r.trim()||"request failed"}`);this.status=t;this.url=i;this.name="ApiError"}},qa=class{constructor(e=(i,r)=>fetch(i,r),t="./"){this.fetchFn=e;this.base=t}url(e,t={}){let i=new URLSearchParams;for(let[s,a]of Object.entries(t))i.set(s,String(a));let r=i.toString();return`${this.base}${e}${r?`?${r}`:""}`}async tags(e){return(await this.get(this.url("tags"),e)).json()}async steps(e,t,i){return(await this.get(this.url("steps",{run:e,tag:t}),i)).json()}async landscape(e,t,i,r){let s={run:e,tag:t};i!==void 0&&(s.step=i);let o=await(await this.get(this.url("landscape",s),r)).arrayBuffer();return typeof performance<"u"&&typeof performance.mark=="function"&&performance.mark("tbl-frame-received"),ed(o)}async get(e,t){let i=await this.fetchFn(e,t?{signal:t}:void 0);if(!i.ok)throw new ws(i.status,e,await i.text().catch(()=>""));return i}};var eh=class{constructor(e,t){this.maxBytes=e;this.sizeOf=t;this.map=new Map;this.total=0}get bytes(){return this.total}get size(){return this.map.size}has(e){return this.map.has(e)}get(e){let t=this.map.get(e);if(t)return this.map.delete(e),this.map.set(e,t),t.value}peek(e){return this.map.get(e)?.value}set(e,t){let i=Math.max(0,this.sizeOf(t));if(this.delete(e),i>this.maxBytes)return!1;this.map.set(e,{value:t,bytes:i}),this.total+=i;for(let[r,s]of this.map){if(this.total<=this.maxBytes)break;this.map.delete(r),this.total-=s.bytes}return!0}delete(e){let t=this.map.get(e);return t?(this.map.delete(e),this.total-=t.bytes,!0):!1}clear(){this.map.clear(),this.total=0}keys(){return[...this.map.keys()]}};function Yb(n){let e=n.header.axes.reduce((t,i)=>t+i.coords.byteLength,0);return n.values.buffer.byteLength+e+1024}function td(n){let e=n.reduce((i,r)=>i*r,1),t=n.slice(1).reduce((i,r)=>i+r,0);return e*4+t*32+2048}function nd(n,e,t,i){return`${n}\0${e}\0${t}\0${i}`}function id(n=67108864){return new eh(n,Yb)}function rd(n){if(n!==n)return"NaN";if(n===1/0)return"inf";if(n===-1/0)return"-inf";if(n===0)return Object.is(n,-0)?"-0":"0";let e=Math.fround(n);for(let t=1;t<=9;t++){let i=Number(e.toPrecision(t));if(Math.fround(i)===e)return String(i)}return String(e)}function th(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":String(n)}function Kb(n){return/[",\r\n]/.test(n)?`"${n.replace(/"/g,'""')}"`:n}function sd(n){let{nx:e,ny:t,header:i}=n,r=i.dims,a=[[...r===2?["x","y"]:["x"],...i.metrics].map(Kb).join(",")],o=i.metrics.map((h,f)=>Ut(n,f)),l=i.axes[0].coords,c=r===2?i.axes[1].coords:null;for(let h=0;h<t;h++)for(let f=0;f<e;f++){let u=h*e+f,d=c?[th(l[f]),th(c[h])]:[th(l[f])];for(let p of o)d.push(rd(p[u]));a.push(d.join(","))}return a.join(`
`)+`
`}function Zb(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":null}function Jb(n){return Number.isFinite(n)?Number(rd(n)):null}function pr(n){return n?Array.from(n,e=>Number.isFinite(e)?e:null):null}function jb(n){return n?{steps:n.steps.slice(),x:pr(n.x),y:pr(n.y),plane_loss:pr(n.plane_loss),true_loss:pr(n.true_loss),residual:pr(n.residual)}:null}function Qb(n){let{nx:e,ny:t,header:i}=n,r={},s=[];return i.metrics.forEach((a,o)=>{let l=Ut(n,o),c=[];for(let h=0;h<t;h++){let f=new Array(e);for(let u=0;u<e;u++){let d=l[h*e+u],p=Zb(d);p&&s.push({metric:a,index:i.dims===2?[h,u]:[u],value:p}),f[u]=Jb(d)}c.push(f)}r[a]=i.dims===2?c:c[0]}),{run:i.run,tag:i.tag,step:i.step,wall_time:Number.isFinite(i.wall_time)?i.wall_time:null,dims:i.dims,metrics:i.metrics.slice(),axes:i.axes.map(a=>({label:a.label,unit:a.unit,coords:pr(a.coords)??[]})),values:r,non_finite:s,trajectory:jb(i.trajectory)}}function ad(n){return JSON.stringify(Qb(n))}function od(n,e){let t=n.map(i=>String(i)).join("_").normalize("NFC").replace(/[^\p{L}\p{N}.=+-]+/gu,"_").replace(/_+/g,"_").replace(/^[._]+/,"").replace(/[._]+$/,"");return t=Array.from(t).slice(0,150).join(""),t||(t="landscape"),`${t}.${e}`}function nh(n){return n.replace(/[\s\p{Cc}]+/gu," ").trim()}function ld(n,e,t,i){return[nh(n),nh(e),typeof t=="number"&&Number.isFinite(t)?`step ${t}`:"",nh(i)].filter(Boolean).join(" · ")}function cd(n,e,t,i=3){let r=n.split(/(?<= )/),s=[],a="",o=h=>s.push(h.trimEnd());for(let h of r){if(t((a+h).trimEnd())<=e){a+=h;continue}a&&o(a),a="";let f=h;for(;t(f.trimEnd())>e&&f.length>1;){let u=1;for(;u<f.length&&t(f.slice(0,u+1))<=e;)u++;o(f.slice(0,u)),f=f.slice(u)}a=f}if(a.trim()&&o(a),s.length<=i)return s;let l=s.slice(0,i),c=l[i-1];for(;c.length>0&&t(`${c}…`)>e;)c=c.slice(0,-1);return l[i-1]=`${c.trimEnd()}…`,l}function Wn(n,e=""){let t=n.label,i=n.explained_variance;return typeof i=="number"&&Number.isFinite(i)&&!/\d\s*%/.test(t)&&(t+=`${t?" ":""}(${(i*100).toFixed(1)}% of variance)`),n.unit&&(t+=t?` [${n.unit}]`:n.unit),e&&(t+=t?` · ${e}`:e),t}function hd(n,e,t="colour range"){return`${n} point${n===1?"":"s"} ${e} the ${t}`}function tt(n){if(n!==n)return"NaN";if(n===1/0)return"+inf";if(n===-1/0)return"-inf";if(n===0)return"0";let e=Math.abs(n);return e>=1e5||e<.001?n.toExponential(3):String(Number(n.toPrecision(4)))}var ud=6.4;function ih(n){return Math.ceil(n.length*ud)}function fd(n,e){let t=Math.max(4,Math.floor(e/ud));return n.length<=t?n:`${n.slice(0,t-1).trimEnd()}…`}var ex="http://www.w3.org/2000/svg";function dd(n,e){for(let[t,i]of Object.entries(e))i==null||i===!1||n.setAttribute(t,i===!0?"":String(i))}function re(n,e={},t=[]){let i=document.createElement(n);return dd(i,e),i.append(...t),i}function Fe(n,e={},t=[]){let i=document.createElementNS(ex,n);return dd(i,e),i.append(...t),i}function pd(n,e,t){let i=Math.max(1,Math.min(3,window.devicePixelRatio||1));n.width=Math.round(e*i),n.height=Math.round(t*i),n.style.width=`${e}px`,n.style.height=`${t}px`;let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");return r.setTransform(i,0,0,i,0,0),r}function As(){return Math.max(1,Math.min(3,window.devicePixelRatio||1))}function rh(n,e,t){let i=As(),r=Math.round(e*i),s=Math.round(t*i),a;if(n.width!==r||n.height!==s?(n.width=r,n.height=s,a=n.getContext("2d")):(a=n.getContext("2d"),a&&(a.setTransform(1,0,0,1,0,0),a.globalCompositeOperation="source-over",a.globalAlpha=1,a.clearRect(0,0,r,s))),!a)throw new Error("canvas 2D context unavailable");return n.style.width!==`${e}px`&&(n.style.width=`${e}px`),n.style.height!==`${t}px`&&(n.style.height=`${t}px`),a.setTransform(i,0,0,i,0,0),a}function sh(n){let e=getComputedStyle(n).getPropertyValue("--tbl-bg").trim();if(e)return e;for(let t=n;t;t=t.parentElement){let i=getComputedStyle(t).backgroundColor;if(i&&!md(i))return i}return"#ffffff"}function md(n){return n==="transparent"||/^rgba\(.*,\s*0\)$/.test(n)}var tx=["fill","fill-opacity","stroke","stroke-width","stroke-opacity","stroke-dasharray","stroke-linecap","stroke-linejoin","opacity","font-family","font-size","font-weight","font-style","text-anchor","dominant-baseline","shape-rendering","visibility","display","paint-order"],fi=24;function nx(n){let e=n.getBoundingClientRect(),t=n.cloneNode(!0),i=[n,...Array.from(n.querySelectorAll("*"))],r=[t,...Array.from(t.querySelectorAll("*"))];i.forEach((l,c)=>{let h=getComputedStyle(l),f=tx.map(u=>`${u}:${h.getPropertyValue(u)}`).join(";");r[c].setAttribute("style",f)});let s=e.width+2*fi,a=e.height+2*fi;t.setAttribute("xmlns","http://www.w3.org/2000/svg"),t.setAttribute("width",String(s)),t.setAttribute("height",String(a)),t.setAttribute("viewBox",`${-fi} ${-fi} ${s} ${a}`),t.style.overflow="visible";let o="data:image/svg+xml;charset=utf-8,"+encodeURIComponent(new XMLSerializer().serializeToString(t));return new Promise((l,c)=>{let h=new Image;h.onload=()=>l(h),h.onerror=()=>c(new Error("SVG export failed")),h.src=o})}function ah(n){return new Promise((e,t)=>n.toBlob(i=>i?e(i):t(new Error("PNG export failed")),"image/png"))}async function mr(n,e=()=>!1){let t=n.getBoundingClientRect(),i=As(),r=[],s=1,a=1,o=p=>(s=Math.max(s,p.right-t.left),a=Math.max(a,p.bottom-t.top),[p.left-t.left,p.top-t.top,p.width,p.height]),l=p=>{if(p.nodeType===Node.TEXT_NODE){let g=(p.textContent??"").replace(/\s+/g," ").trim(),_=p.parentElement;if(!g||!_)return;let E=document.createRange();E.selectNodeContents(p);let v=Array.from(E.getClientRects()).filter(D=>D.width>0);if(v.length===0)return;let A=v.map(o),w=getComputedStyle(_),b=`${w.fontStyle} ${w.fontWeight} ${w.fontSize} ${w.fontFamily}`,S=w.color;r.push(Promise.resolve(D=>{D.font=b,D.fillStyle=S,D.textBaseline="middle",D.textAlign="left";let C=g.split(" "),P=0;A.forEach(([I,O,R,N],G)=>{let B=C[P++]??"";for(;P<C.length&&(G===A.length-1||D.measureText(`${B} ${C[P]}`).width<=R+1);)B+=` ${C[P++]}`;D.fillText(B,I,O+N/2)})}));return}if(!(p instanceof Element)||p!==n&&e(p))return;let x=getComputedStyle(p);if(x.display==="none"||x.visibility==="hidden")return;let m=p.getBoundingClientRect();if(p instanceof HTMLCanvasElement){if(p.width>0&&p.height>0){let g=o(m);r.push(Promise.resolve(_=>_.drawImage(p,...g)))}return}if(p instanceof SVGSVGElement){let[g,_,E,v]=o(m);r.push(nx(p).then(A=>w=>{w.drawImage(A,g-fi,_-fi,E+2*fi,v+2*fi)}));return}if(p!==n&&m.width>0&&m.height>0&&p.childNodes.length===0&&o(m),p!==n&&m.width>0&&m.height>0){let g=x.backgroundColor,_=p.classList.contains("tbl-hatched"),E=x.backgroundImage,v=/^linear-gradient\(to right, (rgb\([^)]*\)), (rgb\([^)]*\))\)$/.exec(E),A=parseFloat(x.borderTopWidth)||0,w=x.borderTopStyle,b=x.borderTopColor,S=(parseFloat(x.borderLeftWidth)||0)>0&&x.borderLeftStyle!=="none",D=x.borderLeftColor,C=parseFloat(x.borderTopLeftRadius)||0,[P,I,O,R]=[m.left-t.left,m.top-t.top,m.width,m.height];r.push(Promise.resolve(N=>{let G=C>=Math.min(O,R)/2-.5&&C>0,B=()=>{N.beginPath(),G?N.arc(P+O/2,I+R/2,Math.min(O,R)/2,0,2*Math.PI):N.rect(P,I,O,R)};if(v){let Z=N.createLinearGradient(P,0,P+O,0);Z.addColorStop(0,v[1]),Z.addColorStop(1,v[2]),N.fillStyle=Z,B(),N.fill()}else g&&!md(g)&&(N.fillStyle=g,B(),N.fill());if(_){N.save(),N.beginPath(),N.rect(P,I,O,R),N.clip(),N.strokeStyle="rgba(255, 255, 255, 0.9)",N.lineWidth=1.5,N.beginPath();for(let Z=-R;Z<O;Z+=5.5)N.moveTo(P+Z,I+R),N.lineTo(P+Z+R,I);N.stroke(),N.restore()}S&&!G?(N.strokeStyle=D,N.lineWidth=1,N.strokeRect(P+.5,I+.5,O-1,R-1)):S&&G?(N.strokeStyle=D,N.lineWidth=parseFloat(x.borderLeftWidth)||1,B(),N.stroke()):A>0&&w!=="none"&&(N.strokeStyle=b,N.lineWidth=A,N.setLineDash(w==="dashed"?[4,3]:w==="dotted"?[1,2]:[]),N.beginPath(),N.moveTo(P,I+A/2),N.lineTo(P+O,I+A/2),N.stroke(),N.setLineDash([]))}))}p.childNodes.forEach(l)};l(n);let c=await Promise.all(r),h=Math.max(1,Math.min(Math.ceil(t.width),Math.ceil(s+8))),f=Math.max(1,Math.min(Math.ceil(t.height),Math.ceil(a+4))),u=document.createElement("canvas");u.width=Math.round(h*i),u.height=Math.round(f*i);let d=u.getContext("2d");if(!d)throw new Error("canvas 2D context unavailable");d.setTransform(i,0,0,i,0,0),d.fillStyle=sh(n),d.fillRect(0,0,h,f);for(let p of c)p(d);return ah(u)}var gd=/(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\D+)/y,Ya=new Map,ix=2048;function bd(n){let e=Ya.get(n);if(e)return e;let t=[];gd.lastIndex=0;let i;for(;(i=gd.exec(n))!==null;)i[1]!==void 0?t.push(Number(i[1])):t.push(i[2].toLowerCase());return Ya.size>=ix&&Ya.clear(),Ya.set(n,t),t}function rx(n,e){return typeof n=="number"?typeof e!="number"||n<e?-1:n>e?1:0:typeof e=="number"?1:n<e?-1:n>e?1:0}function xd(n,e){if(n===e)return 0;let t=bd(n),i=bd(e),r=Math.min(t.length,i.length);for(let s=0;s<r;s++){let a=rx(t[s],i[s]);if(a!==0)return a}return t.length!==i.length?t.length-i.length:n<e?-1:1}function Ka(n,e){let t=0,i=n.length-1,r=-1;for(;t<=i;){let s=t+i>>1;n[s]<=e?(r=s,t=s+1):i=s-1}return r}function ki(n,e){return n.length===0?-1:e===null?n.length-1:Math.max(0,Ka(n,e))}function yd(n,e){if(n.length===0)return null;if(e===null)return n[n.length-1];let t=Ka(n,e);return t<0?null:n[t]}function sx(n,e){let t=[];for(let i=1;t.length<n-1&&i<n;i++)e+i<n&&t.push(e+i),e-i>=0&&t.push(e-i);return t}function _d(n,e,t,i,r){let s=[],a=e>=0&&e<n.length?i(n[e]):0;for(let o of sx(n.length,Math.max(0,Math.min(e,n.length-1)))){if(a+=i(n[o]),a>t)break;r(n[o])||s.push(n[o])}return s}function vd(n,e,t=5){let i=Array.from({length:n},(s,a)=>a).filter(s=>s!==e);if(i.length<=t)return i;let r=new Set;for(let s=0;s<t;s++)r.add(i[Math.round(s*(i.length-1)/(t-1))]);return[...r].sort((s,a)=>s-a)}function Md(n,e,t=4){let i=n.filter(r=>r!==e);return[...e!==null&&n.includes(e)?[e]:[],...i].slice(0,t)}function Es(n){let e=1/0,t=-1/0;for(let i of n)!i||!Number.isFinite(i[0])||!Number.isFinite(i[1])||(e=Math.min(e,i[0]),t=Math.max(t,i[1]));return e<=t?[e,t]:null}function oh(n,e){return Es(n.map(t=>{let i=t.metrics.indexOf(e);return i>=0&&t.ranges?t.ranges[i]:null}))}function lh(n,e){if(!e||e[0]===null&&e[1]===null)return n;let[t,i]=e;if(!n)return t!==null&&i!==null?[t,i]:null;let r=t===null?n[0]:Math.max(n[0],t),s=i===null?n[1]:Math.min(n[1],i);return r<s?[r,s]:t!==null&&i!==null?[t,i]:n}function Sd(n,e){let t=s=>{let a=s.trim();if(a==="")return null;let o=Number(a);return Number.isFinite(o)?o:void 0},i=t(n),r=t(e);return i===void 0?{clip:null,error:`"${n.trim()}" is not a number`}:r===void 0?{clip:null,error:`"${e.trim()}" is not a number`}:i===null&&r===null?{clip:null,error:null}:i!==null&&r!==null&&!(i<r)?{clip:null,error:"the low end must be below the high end"}:{clip:[i,r],error:null}}function wd(n,e,t={}){if(t.ctrl||t.alt||t.meta)return null;let i=e.tag.toUpperCase();if(e.editable||i==="TEXTAREA"||i==="SELECT"||i==="INPUT")return null;if(n===" "||n==="Spacebar")return i==="BUTTON"||i==="A"?null:{kind:"play"};switch(n){case"ArrowLeft":return{kind:"step",delta:-1};case"ArrowRight":return{kind:"step",delta:1};case"Home":return{kind:"first"};case"End":return{kind:"latest"};case"1":return{kind:"view",view:"1d"};case"2":return{kind:"view",view:"2d"};case"3":return{kind:"view",view:"3d"};case"c":case"C":return{kind:"view",view:"compare"};case"?":return{kind:"help"};default:return null}}var Ad=["2d","3d","1d","compare"],$n={run:null,tag:null,metric:null,view:null,step:null,plot:{scale:"linear",clip:null,fixed:!1,path:!0},heatmap:{style:"heatmap",aspect:"equal"},surface:{floor:!0},curve:{overlay:"none",allMetrics:!1},compare:{runs:null,diff:null},play:{speed:2}},zi={runs:[],tags:[],runsWithTag:[],steps:[]};function Xn(n){return n.steps.map(e=>e.step)}function ch(n){let e=n.steps.length;return e?n.steps[e-1].dims:null}function Ed(n){let e=n.steps.length;return e?n.steps[e-1].metrics:[]}function Ts(n,e){let t=ch(e),i=n.view??(t===1?"1d":"2d");return t===1&&(i==="2d"||i==="3d")?"1d":i}function Vi(n,e){return(n.compare.runs??Md(e.runsWithTag,n.run)).filter(i=>e.runsWithTag.includes(i))}function hh(n,e){let t=Ts(n,e),i=n.compare.diff;return t==="compare"&&i?.kind==="runs"?[i.a,i.b]:t==="compare"||t==="1d"&&n.curve.overlay==="runs"?Vi(n,e):[]}function uh(n,e,t){if(n==="runs"){let s=t.runsWithTag,a=e.run??s[0]??"";return{kind:n,a,b:s.find(o=>o!==a)??a}}let i=Xn(t),r=ki(i,e.step);return{kind:n,a:i[r]??0,b:i[0]??0}}function Td(n,e,t){if(!n)return null;let i=n.run!==null&&!e.includes(n.run),r=n.run!==null&&!i?n.run:null,s=n.tag!==null&&(i||r!==null&&!t(r).includes(n.tag));return i||s?n:null}var Za={format:n=>n??"",parse:n=>n===""?void 0:n};function Gi(n){return{format:e=>e,parse:e=>n.includes(e)?e:void 0}}var Cd={format:n=>n??"",parse:n=>Ad.includes(n)?n:void 0},Cs={format:n=>n?"1":"0",parse:n=>n==="1"||n==="true"?!0:n==="0"||n==="false"?!1:void 0};function fh(n){if(n.trim()==="")return;let e=Number(n);return Number.isFinite(e)?e:void 0}var Rd={format:n=>n===null?"":String(n),parse:n=>{let e=fh(n);return e!==void 0&&Number.isInteger(e)?e:void 0}};function Pd(n){return{format:e=>String(e),parse:e=>{let t=fh(e);return t!==void 0&&n.includes(t)?t:void 0}}}var Id={format:n=>n?n.map(e=>e===null?"":String(e)).join(","):"",parse:n=>{let e=n.split(",");if(e.length!==2)return;let t=s=>s.trim()===""?null:fh(s)??NaN,i=t(e[0]),r=t(e[1]);if(!(Number.isNaN(i)||Number.isNaN(r)||i===null&&r===null)&&!(i!==null&&r!==null&&!(i<r)))return[i,r]}};function Ld(n){try{return JSON.parse(n)}catch{return}}var Nd={format:n=>n?JSON.stringify(n):"",parse:n=>{let e=Ld(n);return Array.isArray(e)&&e.every(t=>typeof t=="string")?e:void 0}},Dd={format:n=>n?JSON.stringify(n):"",parse:n=>{let e=Ld(n);if(typeof e!="object"||e===null)return;let t=e;if(t.kind==="runs"&&typeof t.a=="string"&&typeof t.b=="string")return{kind:"runs",a:t.a,b:t.b};if(t.kind==="steps"&&Number.isInteger(t.a)&&Number.isInteger(t.b))return{kind:"steps",a:t.a,b:t.b}}},dh={format:n=>n,parse:n=>n};function ph(n){try{return decodeURIComponent(n)}catch{return null}}function mh(n){let e=n.startsWith("#")?n.slice(1):n,t={tab:null,entries:new Map};if(!e)return t;for(let i of e.split("&")){let r=i.split("=");if(r.length===1)i!==""&&(t.tab=ph(i)??i);else if(r.length===2){let s=ph(r[0]),a=ph(r[1]);s!==null&&a!==null&&t.entries.set(s,a)}}return t}function Fd(n){let e=[];n.tab!==null&&e.push(n.tab);for(let[t,i]of n.entries)e.push(`${encodeURIComponent(t)}=${encodeURIComponent(i)}`);return e.length?`#${e.join("&")}`:""}function Ps(n,e){let t=Ts(n,e);return{state:n,loaded:e,view:t,dims:ch(e),metrics:Ed(e),diffing:t==="compare"&&n.compare.diff!==null}}function fn(n,e){return{get:t=>t[n][e],set:(t,i)=>({...t,[n]:{...t[n],[e]:i}})}}function Rs(n){return{get:e=>e[n],set:(e,t)=>({...e,[n]:t})}}var Ja=()=>!0,Od=()=>!1,gh=n=>n.map(e=>[e,e]),ox=[["2d","2D","Heatmap or filled contours (key 2)"],["3d","3D","Surface (key 3)"],["1d","1D","Curves; slices through the centre of a 2D landscape (key 1)"],["compare","Compare","Runs side by side, or a difference map (key c)"]],Ud=[1,2,5,10];function Bd(n){return n.state.compare.diff?.kind==="steps"?Xn(n.loaded).map(e=>[String(e),`step ${e}`]):n.loaded.runsWithTag.map(e=>[e,e])}function kd(n,e,t){let i=n.compare.diff;if(!i)return n;let r=i.kind==="runs"?{...i,[e]:t}:{...i,[e]:Number(t)};return{...n,compare:{...n.compare,diff:r}}}var Is={run:{id:"run",place:"toolbar",testid:"run-select",key:"run",codec:Za,...Rs("run"),control:{kind:"select",label:"Run",choices:n=>gh(n.loaded.runs)},shown:n=>n.loaded.runs.length>0,selects:!0},tag:{id:"tag",place:"toolbar",testid:"tag-select",key:"tag",codec:Za,...Rs("tag"),control:{kind:"select",label:"Tag",choices:n=>gh(n.loaded.tags)},shown:n=>n.loaded.runs.length>0,selects:!0},metric:{id:"metric",place:"toolbar",testid:"metric-select",key:"metric",codec:Za,...Rs("metric"),control:{kind:"select",label:"Metric",choices:n=>gh(n.metrics)},shown:n=>n.metrics.length>1,adopt:!0},view:{id:"view",place:"toolbar",testid:"view-switch",key:"view",codec:Cd,...Rs("view"),control:{kind:"buttons",label:"View",choices:ox,enabled:(n,e)=>!(n.dims===1&&(e==="2d"||e==="3d"))},shows:n=>n.view,shown:Ja},step:{id:"step",place:"evolution",testid:"step-slider",key:"step",codec:Rd,...Rs("step"),control:null,shown:Od},style:{id:"style",place:"options",testid:"style-select",key:"style",codec:Gi(["heatmap","filled"]),...fn("heatmap","style"),control:{kind:"select",label:"Style",choices:[["heatmap","heatmap + isolines"],["filled","filled contours"]]},shown:n=>n.view==="2d"||n.view==="compare"&&n.dims===2},aspect:{id:"aspect",place:"options",testid:"aspect-select",key:"aspect",codec:Gi(["equal","fill"]),...fn("heatmap","aspect"),control:{kind:"select",label:"Aspect",choices:[["equal","equal units","Axes in the same unit keep equal scales: a round basin stays round"],["fill","fill the space","The plot fills the space; the axes' scales may differ"]]},shown:n=>n.view==="2d"||n.diffing&&n.dims===2},scale:{id:"scale",place:"options",testid:"scale-select",key:"scale",codec:Gi(["linear","log"]),...fn("plot","scale"),control:{kind:"select",label:"Scale",title:"Colour scale (in Compare: the one colour bar of all tiles)",choices:[["linear","linear"],["log","log"]]},shown:n=>!n.diffing},clip:{id:"clip",place:"options",testid:"clip",key:"clip",codec:Id,...fn("plot","clip"),control:{kind:"range",label:"Clip",title:"Colour range (empty: automatic)"},shown:Ja},fixed:{id:"fixed",place:"options",testid:"fixed-range",key:"fixed",codec:Cs,...fn("plot","fixed"),control:{kind:"toggle",label:"fixed across steps",title:"One colour range for all steps (min / max over every step), instead of each step's own"},shown:n=>!n.diffing},path:{id:"path",place:"options",testid:"show-path",key:"path",codec:Cs,...fn("plot","path"),control:{kind:"toggle",label:"path",title:"Show the optimizer's path"},shown:n=>!n.diffing},floor:{id:"floor",place:"options",testid:"floor-contours",key:"floor",codec:Cs,...fn("surface","floor"),control:{kind:"toggle",label:"floor contours",title:"Contour lines on the floor under the surface"},shown:n=>n.view==="3d"},overlay:{id:"overlay",place:"options",testid:"overlay-select",key:"overlay",codec:Gi(["none","steps","runs"]),...fn("curve","overlay"),control:{kind:"select",label:"Overlay",title:"More curves on the 1D view",choices:[["none","none"],["steps","other steps"],["runs","compared runs"]]},shown:n=>n.view==="1d"},allMetrics:{id:"allMetrics",place:"options",testid:"all-metrics",key:"allm",codec:Cs,...fn("curve","allMetrics"),control:{kind:"toggle",label:"all metrics",title:"One panel per metric, stacked, sharing the x axis"},shown:n=>n.view==="1d"&&n.metrics.length>1},speed:{id:"speed",place:"evolution",testid:"speed-select",key:"speed",codec:Pd(Ud),...fn("play","speed"),control:{kind:"select",label:"Speed",title:"Steps per second while playing",choices:Ud.map(n=>[n,`${n} step${n===1?"":"s"}/s`])},shown:Ja},compareRuns:{id:"compareRuns",place:"compare",testid:"compare-runs",key:"compare",codec:Nd,...fn("compare","runs"),control:{kind:"checklist",label:"Runs",choices:n=>n.loaded.runsWithTag.map(e=>[e,e])},shows:n=>Vi(n.state,n.loaded),shown:n=>!n.diffing},compareMode:{id:"compareMode",place:"compare",testid:"compare-mode",key:null,codec:Gi(["tiles","diff"]),control:{kind:"select",label:"Show",choices:[["tiles","side by side"],["diff","difference"]]},get:n=>n.compare.diff?"diff":"tiles",set:(n,e,t)=>({...n,compare:{...n.compare,diff:e==="diff"?n.compare.diff??uh("runs",n,t.loaded):null}}),shown:Ja},diff:{id:"diff",place:"compare",testid:"diff",key:"diff",codec:Dd,...fn("compare","diff"),control:null,shown:Od},diffKind:{id:"diffKind",place:"compare",testid:"diff-kind",key:null,codec:Gi(["runs","steps"]),control:{kind:"select",label:"Difference of",choices:[["runs","two runs, same step"],["steps","two steps, same run"]]},get:n=>n.compare.diff?.kind??"runs",set:(n,e,t)=>({...n,compare:{...n.compare,diff:uh(e,n,t.loaded)}}),shown:n=>n.diffing},diffA:{id:"diffA",place:"compare",testid:"diff-a",key:null,codec:dh,control:{kind:"select",label:"A",choices:Bd},get:n=>String(n.compare.diff?.a??""),set:(n,e)=>kd(n,"a",e),shown:n=>n.diffing},diffB:{id:"diffB",place:"compare",testid:"diff-b",key:null,codec:dh,control:{kind:"select",label:"B",choices:Bd},get:n=>String(n.compare.diff?.b??""),set:(n,e)=>kd(n,"b",e),shown:n=>n.diffing}},bh=Object.values(Is),zd=bh.filter(n=>n.key!==null),Vd=n=>`p.${n}.`;function Gd(n,e="landscape"){let t=mh(n).entries,i=Ps($n,zi),r=$n;for(let s of zd){let a=t.get(Vd(e)+s.key),o=a===void 0?void 0:s.codec.parse(a);o!==void 0&&(r=s.set(r,o,i))}return r}function lx(n){let e=[];for(let t of zd){let i=t.codec.format(t.get(n));i!==""&&i!==t.codec.format(t.get($n))&&e.push([t.key,i])}return e}function Hd(n,e,t="landscape"){let i=mh(n),r=Vd(t),s=new Map([...i.entries].filter(([a])=>!a.startsWith(r)));for(let[a,o]of lx(e))s.set(r+a,o);return Fd({tab:i.tab,entries:s})}function xh(n){return[...n].sort(xd)}function cx(n,e,t,i){let r=re("input",{type:"checkbox","data-testid":e});return r.checked=t,{label:re("label",{class:"tbl-check",title:i},[r,n]),input:r}}function dn(n,e,t){return re("button",{type:"button",class:"tbl-button","data-testid":e,title:t},[n])}function Wd(n,e,t){return re("input",{type:"number",step:"any",class:"tbl-number","data-testid":n,placeholder:e,"aria-label":t,autocomplete:"off"})}function yh(n,e){return typeof n=="function"?n(e):n}function gr(n,e){return n.shows?n.shows(e):n.get(e.state)}function $d(n){let e=n.control;if(!e)throw new Error(`option ${n.id} has no control`);switch(e.kind){case"select":return hx(n,e.label,e.choices,e.title);case"toggle":return ux(n,e.label,e.title);case"range":return fx(n,e.label,e.title);case"buttons":return dx(n,e);case"checklist":return px(n,e.label,e.choices)}}function hx(n,e,t,i){let r=re("select",{"data-testid":n.testid,title:i}),s=re("label",{},[e,r]),a="";return{option:n,element:s,sync:o=>{s.hidden=!n.shown(o);let l=yh(t,o),c=l.map(([d,p,x])=>`${n.codec.format(d)}\0${p}\0${x??""}`).join("");c!==a&&(r.replaceChildren(...l.map(([d,p,x])=>Object.assign(new Option(p,n.codec.format(d)),{title:x??""}))),a=c);let h=n.codec.format(gr(n,o)),f=l.map(([d])=>n.codec.format(d)),u=f.includes(h)?h:f[0];if(u!==void 0)return r.value=u,n.codec.parse(u)},onChange:o=>r.addEventListener("change",()=>{let l=n.codec.parse(r.value);l!==void 0&&o(l)})}}function ux(n,e,t){let{label:i,input:r}=cx(e,n.testid,n.get($n),t);return{option:n,element:i,sync:s=>(i.hidden=!n.shown(s),r.checked=gr(n,s),r.checked),onChange:s=>r.addEventListener("change",()=>s(r.checked))}}function fx(n,e,t){let i=Wd(`${n.testid}-lo`,"auto",`${t??e}: low end`),r=Wd(`${n.testid}-hi`,"auto",`${t??e}: high end`),s=dn("reset",`${n.testid}-reset`,"Automatic range"),a=re("span",{class:"tbl-clip",role:"group","aria-label":t??e},[e,i,"–",r,s]),o=null,l=c=>{i.value=c?.[0]===null||!c?"":String(c[0]),r.value=c?.[1]===null||!c?"":String(c[1]),o=n.codec.format(c)};return{option:n,element:a,sync:c=>{a.hidden=!n.shown(c);let h=gr(n,c);return n.codec.format(h)!==o&&l(h),h},onChange:c=>{let h=()=>{let{clip:f,error:u}=Sd(i.value,r.value),d=u!==null||i.validity.badInput||r.validity.badInput;for(let p of[i,r])p.setAttribute("aria-invalid",String(d));a.title=d?`${e} range ignored: ${u??"not a number"}`:"",!d&&(o=n.codec.format(f),c(f))};i.addEventListener("change",h),r.addEventListener("change",h),s.addEventListener("click",()=>{i.value=r.value="",h()})}}}function dx(n,e){let t=re("div",{class:"tbl-segmented",role:"group","aria-label":e.label,"data-testid":n.testid}),i=[],r=[];for(let[s,a,o]of yh(e.choices,Ps($n,zi))){let l=dn(a,`${n.id}-${n.codec.format(s)}`,o);l.setAttribute("aria-pressed","false"),l.addEventListener("click",()=>r.forEach(c=>c(s))),i.push([s,l]),t.append(l)}return{option:n,element:t,sync:s=>{t.hidden=!n.shown(s);let a=n.codec.format(gr(n,s));for(let[o,l]of i)l.setAttribute("aria-pressed",String(n.codec.format(o)===a)),l.disabled=e.enabled?!e.enabled(s,o):!1;return gr(n,s)},onChange:s=>r.push(s)}}function px(n,e,t){let i=re("fieldset",{class:"tbl-compare-runs","data-testid":n.testid},[re("legend",{},[e])]),r=()=>Array.from(i.querySelectorAll("input[type=checkbox]"));return{option:n,element:i,sync:s=>{i.hidden=!n.shown(s);let a=yh(t,s),o=r();(o.length!==a.length||o.some((c,h)=>c.value!==a[h][0]))&&i.replaceChildren(re("legend",{},[e]),...a.map(([c,h])=>re("label",{class:"tbl-check",title:h},[re("input",{type:"checkbox",value:c}),h])));let l=new Set(gr(n,s)??[]);for(let c of r())c.checked=l.has(c.value);return[...l]},onChange:s=>i.addEventListener("change",()=>s(r().filter(a=>a.checked).map(a=>a.value)))}}function Xd(n,e){let t=URL.createObjectURL(n),i=re("a",{href:t,download:e,hidden:!0});document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(t),3e4)}var mx='500 14px Roboto, "Helvetica Neue", Arial, sans-serif',qd=18,Yd=8,Kd=6;function Zd(n=document.documentElement){let e=getComputedStyle(n);return{bg:sh(n),fg:e.getPropertyValue("--tbl-fg").trim()||e.color||"#212121"}}function gx(n,e,t=Zd(),i=As()){let r=document.createElement("canvas"),s=r.getContext("2d");if(!s)throw new Error("canvas 2D context unavailable");let a=t.font??mx;s.font=a;let o=n.width/i,l=e?cd(e,Math.max(40,o-2*Yd),h=>s.measureText(h).width):[],c=l.length?Math.ceil((l.length*qd+2*Kd)*i):0;return r.width=n.width,r.height=n.height+c,s.fillStyle=t.bg,s.fillRect(0,0,r.width,r.height),s.drawImage(n,0,c),s.setTransform(i,0,0,i,0,0),s.font=a,s.fillStyle=t.fg,s.textBaseline="middle",s.textAlign="left",l.forEach((h,f)=>s.fillText(h,Yd,Kd+(f+.5)*qd)),r}async function bx(n){if(typeof createImageBitmap=="function")return createImageBitmap(n);let e=URL.createObjectURL(n);try{let t=new Image;return t.src=e,await t.decode(),t}finally{URL.revokeObjectURL(e)}}async function Jd(n,e,t=Zd(),i=As()){let r=n instanceof Blob?await bx(n):n;try{return await ah(gx(r,e,t,i))}finally{typeof ImageBitmap<"u"&&r instanceof ImageBitmap&&r.close()}}var br=class extends Error{constructor(){super("cancelled"),this.name="CancelledError"}},qn=n=>nd(n.run,n.tag,n.step,n.wallTime),ja=class{constructor(e,t=id(),i=2){this.fetchFrame=e;this.cache=t;this.maxInFlight=i;this.pending=new Map;this.running=new Map;this.counter=0}get inFlight(){return this.running.size}get queued(){return this.pending.size}cached(e){return this.cache.get(qn(e))}isHeld(e){let t=qn(e);return this.cache.has(t)||this.running.has(t)||this.pending.has(t)}load(e){let t=qn(e),i=this.cache.get(t);if(i)return Promise.resolve(i);let r=this.running.get(t);if(r)return r;let s=this.pending.get(t)??this.newJob(t,e);return s.foreground=!0,s.order=++this.counter,this.pump(),s.promise}prefetch(e){let t=new Set(e.map(qn));for(let[i,r]of this.pending)!r.foreground&&!t.has(i)&&this.drop(r);for(let i of e){let r=qn(i);if(this.cache.has(r)||this.running.has(r))continue;let s=this.pending.get(r)??this.newJob(r,i);s.foreground||(s.order=++this.counter)}this.pump()}cancelPending(){for(let e of[...this.pending.values()])this.drop(e)}newJob(e,t){let i,r,s=new Promise((o,l)=>{i=o,r=l});s.catch(()=>{});let a={key:e,ref:t,foreground:!1,order:0,promise:s,resolve:i,reject:r};return this.pending.set(e,a),a}drop(e){this.pending.delete(e.key),e.reject(new br)}next(){let e=null;for(let t of this.pending.values())e?t.foreground!==e.foreground?t.foreground&&(e=t):(t.foreground?t.order>e.order:t.order<e.order)&&(e=t):e=t;return e}pump(){for(;this.running.size<this.maxInFlight;){let e=this.next();if(!e)return;this.pending.delete(e.key);let t=(async()=>this.fetchFrame(e.ref))();this.running.set(e.key,e.promise),t.then(i=>{this.cache.set(e.key,i),this.running.delete(e.key),e.resolve(i),this.pump()},i=>{this.running.delete(e.key),e.reject(i),this.pump()})}}};var xx=["import tb_landscape as tbl","from torch.utils.tensorboard import SummaryWriter","",'logger = tbl.LandscapeLogger(SummaryWriter("runs/exp1"), model, loss_fn, (x_eval, y_eval), every_n_steps=200)',"for step, (x, y) in enumerate(loader):","    ...; optimizer.step()","    logger.step(step)  # cheap when no landscape is due","logger.close()"].join(`
`),_h=[["← / →","previous / next step"],["Home / End","first / latest step"],["Space","play / pause"],["2  3  1  c","2D / 3D / 1D / Compare view"],["?","this help"]];function jd(){return[re("div",{class:"tbl-help-title"},["Keyboard (focus outside the inputs)"]),re("dl",{},_h.flatMap(([n,e])=>[re("dt",{},[n]),re("dd",{},[e])]))]}function Qd(){return[re("h2",{},["No loss landscapes yet"]),re("p",{},["Add three lines to your training loop; this tab picks the landscapes up by itself (or log one with tbl.add_landscape):"]),re("pre",{},[re("code",{},[xx])])]}function ep(n){return n instanceof ws?`Server error ${n.message}`:n instanceof Error?`${n.name==="FrameError"?"Unreadable record":"Error"}: ${n.message}`:`Error: ${String(n)}`}function tp(){let n={get:()=>window.location.hash,set:e=>{let t=new URL(window.location.href);t.hash=e,window.history.replaceState(window.history.state,"",t.toString())}};try{if(window.parent===window)return n;let e=window.parent;return e.location.hash,{get:()=>e.location.hash,set:t=>{let i=new URL(e.location.href);i.hash=t,e.history.replaceState(e.history.state,"",i.toString())}}}catch{return n}}var Qa=class{constructor(e){this.host=e;this.timer=null}get playing(){return this.timer!==null}toggle(){this.playing?this.stop():this.start()}start(){let e=this.host.count();this.playing||e<2||(this.host.index()>=e-1&&this.host.go(0),this.schedule(1e3/this.host.speed()),this.host.changed(!0))}retime(){this.timer!==null&&(clearTimeout(this.timer),this.schedule(1e3/this.host.speed()))}stop(){this.timer!==null&&(clearTimeout(this.timer),this.timer=null,this.host.changed(!1))}schedule(e){this.timer=setTimeout(()=>this.tick(),e)}tick(){if(!this.host.drawn()){this.schedule(40);return}let e=this.host.index(),t=this.host.count()-1;if(e<t&&this.host.go(e+1),e+1>=t){this.stop();return}this.schedule(1e3/this.host.speed())}};function xr(n){let e=1/0,t=-1/0;for(let i=0;i<n.length;i++){let r=n[i];Number.isFinite(r)&&(r<e&&(e=r),r>t&&(t=r))}return e<=t?[e,t]:null}function yr(n){let e={nan:0,posInf:0,negInf:0};for(let t=0;t<n.length;t++){let i=n[t];i!==i?e.nan++:i===1/0?e.posInf++:i===-1/0&&e.negInf++}return e}function np(n){let e=[],t=-1;for(let i=0;i<=n.length;i++){let r=i<n.length&&Number.isFinite(n[i]);r&&t<0&&(t=i),!r&&t>=0&&(e.push([t,i]),t=-1)}return e}function di(n,e){let[t,i]=e,r=0,s=0;for(let a=0;a<n.length;a++){let o=n[a];o<t?o!==-1/0&&r++:o>i&&o!==1/0&&s++}return{below:r,above:s}}var yx=1e-9;function vh(n,e){if(n.header.dims!==e.header.dims)return`A is ${n.header.dims}D and B is ${e.header.dims}D`;if(n.nx!==e.nx||n.ny!==e.ny){let i=r=>r.header.dims===2?`${r.nx} x ${r.ny}`:`${r.nx}`;return`the grids differ: A has ${i(n)} points, B has ${i(e)}`}let t=["x","y"];for(let i=0;i<n.header.axes.length;i++){let r=n.header.axes[i].coords,s=e.header.axes[i].coords;for(let a=0;a<r.length;a++){let o=Math.max(1,Math.abs(r[a]),Math.abs(s[a]));if(!(Math.abs(r[a]-s[a])<=yx*o))return`the ${t[i]} coordinates differ (point ${a}: ${r[a]} in A, ${s[a]} in B)`}}return null}function _x(n,e){if(n.length!==e.length)throw new RangeError(`lengths differ: ${n.length} and ${e.length}`);let t=new Float32Array(n.length);for(let i=0;i<n.length;i++)t[i]=n[i]-e[i];return t}function Mh(n){let e=xr(n);if(!e)return null;let t=Math.max(Math.abs(e[0]),Math.abs(e[1]));return t>0?[-t,t]:[-1,1]}function ip(n,e,t,i={a:"A",b:"B"}){let r=vh(n,e);if(r)return{ok:!1,error:`Cannot subtract ${i.b} from ${i.a}: ${r.replace(/\bA\b/g,i.a).replace(/\bB\b/g,i.b)}.`};let s=n.header.metrics.indexOf(t),a=e.header.metrics.indexOf(t);if(s<0||a<0)return{ok:!1,error:`Cannot subtract: ${s<0?i.a:i.b} has no metric "${t}".`};let o=_x(Ut(n,s),Ut(e,a));return{ok:!0,frame:{header:{...n.header,metrics:[`${t} (${i.a} − ${i.b})`],shape:n.header.dims===2?[1,n.ny,n.nx]:[1,n.nx],trajectory:null},values:o,metricCount:1,nx:n.nx,ny:n.ny},domain:Mh(o)}}var rp=(n,e,t)=>Math.min(Math.max(n,e),t);function Sh(n,e,t,i){if(i==="fill")return null;let r=Math.abs(n[1]-n[0]),s=Math.abs(e[1]-e[0]);return rp(t&&r>0&&s>0?s/r:1,.25,4)}function sp(n,e,t,i,r){let s=Math.max(120,i.width),a=Math.max(120,i.height),o=Sh(n,e,t,r)??rp(a/s,.25,4),l=Math.min(s,a/o);return{width:Math.max(120,Math.floor(l)),height:Math.max(120,Math.floor(l*o))}}function Ls(n,e){return n==null||e==null?NaN:n<e?-1:n>e?1:n>=e?0:NaN}function vx(n,e){return n==null||e==null?NaN:e<n?-1:e>n?1:e>=n?0:NaN}function ap(n){let e,t,i;n.length!==2?(e=Ls,t=(o,l)=>Ls(n(o),l),i=(o,l)=>n(o)-l):(e=n===Ls||n===vx?n:Mx,t=n,i=n);function r(o,l,c=0,h=o.length){if(c<h){if(e(l,l)!==0)return h;do{let f=c+h>>>1;t(o[f],l)<0?c=f+1:h=f}while(c<h)}return c}function s(o,l,c=0,h=o.length){if(c<h){if(e(l,l)!==0)return h;do{let f=c+h>>>1;t(o[f],l)<=0?c=f+1:h=f}while(c<h)}return c}function a(o,l,c=0,h=o.length){let f=r(o,l,c,h-1);return f>c&&i(o[f-1],l)>-i(o[f],l)?f-1:f}return{left:r,center:a,right:s}}function Mx(){return 0}function Sx(n){return n===null?NaN:+n}var op=ap(Ls),lp=op.right,lT=op.left,cT=ap(Sx).center;var wx=cp(hp),hT=cp(Ax);function cp(n){return function(e,t,i=t){if(!((t=+t)>=0))throw new RangeError("invalid rx");if(!((i=+i)>=0))throw new RangeError("invalid ry");let{data:r,width:s,height:a}=e;if(!((s=Math.floor(s))>=0))throw new RangeError("invalid width");if(!((a=Math.floor(a!==void 0?a:r.length/s))>=0))throw new RangeError("invalid height");if(!s||!a||!t&&!i)return e;let o=t&&n(t),l=i&&n(i),c=r.slice();return o&&l?(_r(o,c,r,s,a),_r(o,r,c,s,a),_r(o,c,r,s,a),vr(l,r,c,s,a),vr(l,c,r,s,a),vr(l,r,c,s,a)):o?(_r(o,r,c,s,a),_r(o,c,r,s,a),_r(o,r,c,s,a)):l&&(vr(l,r,c,s,a),vr(l,c,r,s,a),vr(l,r,c,s,a)),e}}function _r(n,e,t,i,r){for(let s=0,a=i*r;s<a;)n(e,t,s,s+=i,1)}function vr(n,e,t,i,r){for(let s=0,a=i*r;s<i;++s)n(e,t,s,s+a,i)}function Ax(n){let e=hp(n);return(t,i,r,s,a)=>{r<<=2,s<<=2,a<<=2,e(t,i,r+0,s+0,a),e(t,i,r+1,s+1,a),e(t,i,r+2,s+2,a),e(t,i,r+3,s+3,a)}}function hp(n){let e=Math.floor(n);if(e===n)return Ex(n);let t=n-e,i=2*n+1;return(r,s,a,o,l)=>{if(!((o-=l)>=a))return;let c=e*s[a],h=l*e,f=h+l;for(let u=a,d=a+h;u<d;u+=l)c+=s[Math.min(o,u)];for(let u=a,d=o;u<=d;u+=l)c+=s[Math.min(o,u+h)],r[u]=(c+t*(s[Math.max(a,u-f)]+s[Math.min(o,u+f)]))/i,c-=s[Math.max(a,u-h)]}}function Ex(n){let e=2*n+1;return(t,i,r,s,a)=>{if(!((s-=a)>=r))return;let o=n*i[r],l=a*n;for(let c=r,h=r+l;c<h;c+=a)o+=i[Math.min(s,c)];for(let c=r,h=s;c<=h;c+=a)o+=i[Math.min(s,c+l)],t[c]=o/e,o-=i[Math.max(r,c-l)]}}function Tx(n,e){let t=0;if(e===void 0)for(let i of n)i!=null&&(i=+i)>=i&&++t;else{let i=-1;for(let r of n)(r=e(r,++i,n))!=null&&(r=+r)>=r&&++t}return t}function up(n,e){let t,i;if(e===void 0)for(let r of n)r!=null&&(t===void 0?r>=r&&(t=i=r):(t>r&&(t=r),i<r&&(i=r)));else{let r=-1;for(let s of n)(s=e(s,++r,n))!=null&&(t===void 0?s>=s&&(t=i=s):(t>s&&(t=s),i<s&&(i=s)))}return[t,i]}var Cx=Array.prototype,uT=Cx.slice;var Rx=Math.sqrt(50),Px=Math.sqrt(10),Ix=Math.sqrt(2);function eo(n,e,t){let i=(e-n)/Math.max(0,t),r=Math.floor(Math.log10(i)),s=i/Math.pow(10,r),a=s>=Rx?10:s>=Px?5:s>=Ix?2:1,o,l,c;return r<0?(c=Math.pow(10,-r)/a,o=Math.round(n*c),l=Math.round(e*c),o/c<n&&++o,l/c>e&&--l,c=-c):(c=Math.pow(10,r)*a,o=Math.round(n/c),l=Math.round(e/c),o*c<n&&++o,l*c>e&&--l),l<o&&.5<=t&&t<2?eo(n,e,t*2):[o,l,c]}function to(n,e,t){if(e=+e,n=+n,t=+t,!(t>0))return[];if(n===e)return[n];let i=e<n,[r,s,a]=i?eo(e,n,t):eo(n,e,t);if(!(s>=r))return[];let o=s-r+1,l=new Array(o);if(i)if(a<0)for(let c=0;c<o;++c)l[c]=(s-c)/-a;else for(let c=0;c<o;++c)l[c]=(s-c)*a;else if(a<0)for(let c=0;c<o;++c)l[c]=(r+c)/-a;else for(let c=0;c<o;++c)l[c]=(r+c)*a;return l}function Ns(n,e,t){return e=+e,n=+n,t=+t,eo(n,e,t)[2]}function fp(n,e,t){e=+e,n=+n,t=+t;let i=e<n,r=i?Ns(e,n,t):Ns(n,e,t);return(i?-1:1)*(r<0?1/-r:r)}function dp(n,e,t){let i;for(;;){let r=Ns(n,e,t);if(r===i||r===0||!isFinite(r))return[n,e];if(r>0){let s=Math.ceil(n/r),a=Math.floor(e/r);n=(s-(s*r>n))*r,e=(a+(a*r<e))*r}else if(r<0){let s=-r,a=Math.ceil(n*s),o=Math.floor(e*s);n=(a-(a/s>n))/s,e=(o+(o/s<e))/s}i=r}}function pp(n){return Math.max(1,Math.ceil(Math.log(Tx(n))/Math.LN2)+1)}var fT=Lx(Math.random);function Lx(n){return function(t,i=0,r=t.length){let s=r-(i=+i);for(;s;){let a=n()*s--|0,o=t[s+i];t[s+i]=t[a+i],t[a+i]=o}return t}}function Ar(n,e,t){n.prototype=e.prototype=t,t.constructor=n}function Os(n,e){var t=Object.create(n.prototype);for(var i in e)t[i]=e[i];return t}function pi(){}var Xi=.7,wr=1/Xi,Mr="\\s*([+-]?\\d+)\\s*",Ds="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*",Nn="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*",Nx=/^#([0-9a-f]{3,8})$/,Dx=new RegExp(`^rgb\\(${Mr},${Mr},${Mr}\\)$`),Fx=new RegExp(`^rgb\\(${Nn},${Nn},${Nn}\\)$`),Ox=new RegExp(`^rgba\\(${Mr},${Mr},${Mr},${Ds}\\)$`),Ux=new RegExp(`^rgba\\(${Nn},${Nn},${Nn},${Ds}\\)$`),Bx=new RegExp(`^hsl\\(${Ds},${Nn},${Nn}\\)$`),kx=new RegExp(`^hsla\\(${Ds},${Nn},${Nn},${Ds}\\)$`),mp={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074};Ar(pi,Er,{copy(n){return Object.assign(new this.constructor,this,n)},displayable(){return this.rgb().displayable()},hex:gp,formatHex:gp,formatHex8:zx,formatHsl:Vx,formatRgb:bp,toString:bp});function gp(){return this.rgb().formatHex()}function zx(){return this.rgb().formatHex8()}function Vx(){return Ep(this).formatHsl()}function bp(){return this.rgb().formatRgb()}function Er(n){var e,t;return n=(n+"").trim().toLowerCase(),(e=Nx.exec(n))?(t=e[1].length,e=parseInt(e[1],16),t===6?xp(e):t===3?new It(e>>8&15|e>>4&240,e>>4&15|e&240,(e&15)<<4|e&15,1):t===8?no(e>>24&255,e>>16&255,e>>8&255,(e&255)/255):t===4?no(e>>12&15|e>>8&240,e>>8&15|e>>4&240,e>>4&15|e&240,((e&15)<<4|e&15)/255):null):(e=Dx.exec(n))?new It(e[1],e[2],e[3],1):(e=Fx.exec(n))?new It(e[1]*255/100,e[2]*255/100,e[3]*255/100,1):(e=Ox.exec(n))?no(e[1],e[2],e[3],e[4]):(e=Ux.exec(n))?no(e[1]*255/100,e[2]*255/100,e[3]*255/100,e[4]):(e=Bx.exec(n))?vp(e[1],e[2]/100,e[3]/100,1):(e=kx.exec(n))?vp(e[1],e[2]/100,e[3]/100,e[4]):mp.hasOwnProperty(n)?xp(mp[n]):n==="transparent"?new It(NaN,NaN,NaN,0):null}function xp(n){return new It(n>>16&255,n>>8&255,n&255,1)}function no(n,e,t,i){return i<=0&&(n=e=t=NaN),new It(n,e,t,i)}function Rh(n){return n instanceof pi||(n=Er(n)),n?(n=n.rgb(),new It(n.r,n.g,n.b,n.opacity)):new It}function qi(n,e,t,i){return arguments.length===1?Rh(n):new It(n,e,t,i??1)}function It(n,e,t,i){this.r=+n,this.g=+e,this.b=+t,this.opacity=+i}Ar(It,qi,Os(pi,{brighter(n){return n=n==null?wr:Math.pow(wr,n),new It(this.r*n,this.g*n,this.b*n,this.opacity)},darker(n){return n=n==null?Xi:Math.pow(Xi,n),new It(this.r*n,this.g*n,this.b*n,this.opacity)},rgb(){return this},clamp(){return new It(Wi(this.r),Wi(this.g),Wi(this.b),ro(this.opacity))},displayable(){return-.5<=this.r&&this.r<255.5&&-.5<=this.g&&this.g<255.5&&-.5<=this.b&&this.b<255.5&&0<=this.opacity&&this.opacity<=1},hex:yp,formatHex:yp,formatHex8:Gx,formatRgb:_p,toString:_p}));function yp(){return`#${Hi(this.r)}${Hi(this.g)}${Hi(this.b)}`}function Gx(){return`#${Hi(this.r)}${Hi(this.g)}${Hi(this.b)}${Hi((isNaN(this.opacity)?1:this.opacity)*255)}`}function _p(){let n=ro(this.opacity);return`${n===1?"rgb(":"rgba("}${Wi(this.r)}, ${Wi(this.g)}, ${Wi(this.b)}${n===1?")":`, ${n})`}`}function ro(n){return isNaN(n)?1:Math.max(0,Math.min(1,n))}function Wi(n){return Math.max(0,Math.min(255,Math.round(n)||0))}function Hi(n){return n=Wi(n),(n<16?"0":"")+n.toString(16)}function vp(n,e,t,i){return i<=0?n=e=t=NaN:t<=0||t>=1?n=e=NaN:e<=0&&(n=NaN),new Mn(n,e,t,i)}function Ep(n){if(n instanceof Mn)return new Mn(n.h,n.s,n.l,n.opacity);if(n instanceof pi||(n=Er(n)),!n)return new Mn;if(n instanceof Mn)return n;n=n.rgb();var e=n.r/255,t=n.g/255,i=n.b/255,r=Math.min(e,t,i),s=Math.max(e,t,i),a=NaN,o=s-r,l=(s+r)/2;return o?(e===s?a=(t-i)/o+(t<i)*6:t===s?a=(i-e)/o+2:a=(e-t)/o+4,o/=l<.5?s+r:2-s-r,a*=60):o=l>0&&l<1?0:a,new Mn(a,o,l,n.opacity)}function ao(n,e,t,i){return arguments.length===1?Ep(n):new Mn(n,e,t,i??1)}function Mn(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}Ar(Mn,ao,Os(pi,{brighter(n){return n=n==null?wr:Math.pow(wr,n),new Mn(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?Xi:Math.pow(Xi,n),new Mn(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=this.h%360+(this.h<0)*360,e=isNaN(n)||isNaN(this.s)?0:this.s,t=this.l,i=t+(t<.5?t:1-t)*e,r=2*t-i;return new It(wh(n>=240?n-240:n+120,r,i),wh(n,r,i),wh(n<120?n+240:n-120,r,i),this.opacity)},clamp(){return new Mn(Mp(this.h),io(this.s),io(this.l),ro(this.opacity))},displayable(){return(0<=this.s&&this.s<=1||isNaN(this.s))&&0<=this.l&&this.l<=1&&0<=this.opacity&&this.opacity<=1},formatHsl(){let n=ro(this.opacity);return`${n===1?"hsl(":"hsla("}${Mp(this.h)}, ${io(this.s)*100}%, ${io(this.l)*100}%${n===1?")":`, ${n})`}`}}));function Mp(n){return n=(n||0)%360,n<0?n+360:n}function io(n){return Math.max(0,Math.min(1,n||0))}function wh(n,e,t){return(n<60?e+(t-e)*n/60:n<180?t:n<240?e+(t-e)*(240-n)/60:e)*255}var Tp=Math.PI/180,Cp=180/Math.PI,so=18,Rp=.96422,Pp=1,Ip=.82521,Lp=4/29,Sr=6/29,Np=3*Sr*Sr,Hx=Sr*Sr*Sr;function Dp(n){if(n instanceof Dn)return new Dn(n.l,n.a,n.b,n.opacity);if(n instanceof Yn)return Op(n);n instanceof It||(n=Rh(n));var e=Ch(n.r),t=Ch(n.g),i=Ch(n.b),r=Ah((.2225045*e+.7168786*t+.0606169*i)/Pp),s,a;return e===t&&t===i?s=a=r:(s=Ah((.4360747*e+.3850649*t+.1430804*i)/Rp),a=Ah((.0139322*e+.0971045*t+.7141733*i)/Ip)),new Dn(116*r-16,500*(s-r),200*(r-a),n.opacity)}function Fp(n,e,t,i){return arguments.length===1?Dp(n):new Dn(n,e,t,i??1)}function Dn(n,e,t,i){this.l=+n,this.a=+e,this.b=+t,this.opacity=+i}Ar(Dn,Fp,Os(pi,{brighter(n){return new Dn(this.l+so*(n??1),this.a,this.b,this.opacity)},darker(n){return new Dn(this.l-so*(n??1),this.a,this.b,this.opacity)},rgb(){var n=(this.l+16)/116,e=isNaN(this.a)?n:n+this.a/500,t=isNaN(this.b)?n:n-this.b/200;return e=Rp*Eh(e),n=Pp*Eh(n),t=Ip*Eh(t),new It(Th(3.1338561*e-1.6168667*n-.4906146*t),Th(-.9787684*e+1.9161415*n+.033454*t),Th(.0719453*e-.2289914*n+1.4052427*t),this.opacity)}}));function Ah(n){return n>Hx?Math.pow(n,1/3):n/Np+Lp}function Eh(n){return n>Sr?n*n*n:Np*(n-Lp)}function Th(n){return 255*(n<=.0031308?12.92*n:1.055*Math.pow(n,1/2.4)-.055)}function Ch(n){return(n/=255)<=.04045?n/12.92:Math.pow((n+.055)/1.055,2.4)}function Wx(n){if(n instanceof Yn)return new Yn(n.h,n.c,n.l,n.opacity);if(n instanceof Dn||(n=Dp(n)),n.a===0&&n.b===0)return new Yn(NaN,0<n.l&&n.l<100?0:NaN,n.l,n.opacity);var e=Math.atan2(n.b,n.a)*Cp;return new Yn(e<0?e+360:e,Math.sqrt(n.a*n.a+n.b*n.b),n.l,n.opacity)}function oo(n,e,t,i){return arguments.length===1?Wx(n):new Yn(n,e,t,i??1)}function Yn(n,e,t,i){this.h=+n,this.c=+e,this.l=+t,this.opacity=+i}function Op(n){if(isNaN(n.h))return new Dn(n.l,0,0,n.opacity);var e=n.h*Tp;return new Dn(n.l,Math.cos(e)*n.c,Math.sin(e)*n.c,n.opacity)}Ar(Yn,oo,Os(pi,{brighter(n){return new Yn(this.h,this.c,this.l+so*(n??1),this.opacity)},darker(n){return new Yn(this.h,this.c,this.l-so*(n??1),this.opacity)},rgb(){return Op(this).rgb()}}));var Up=-.14861,Ph=1.78277,Ih=-.29227,lo=-.90649,Fs=1.97294,Sp=Fs*lo,wp=Fs*Ph,Ap=Ph*Ih-lo*Up;function $x(n){if(n instanceof $i)return new $i(n.h,n.s,n.l,n.opacity);n instanceof It||(n=Rh(n));var e=n.r/255,t=n.g/255,i=n.b/255,r=(Ap*i+Sp*e-wp*t)/(Ap+Sp-wp),s=i-r,a=(Fs*(t-r)-Ih*s)/lo,o=Math.sqrt(a*a+s*s)/(Fs*r*(1-r)),l=o?Math.atan2(a,s)*Cp-120:NaN;return new $i(l<0?l+360:l,o,r,n.opacity)}function pn(n,e,t,i){return arguments.length===1?$x(n):new $i(n,e,t,i??1)}function $i(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}Ar($i,pn,Os(pi,{brighter(n){return n=n==null?wr:Math.pow(wr,n),new $i(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?Xi:Math.pow(Xi,n),new $i(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=isNaN(this.h)?0:(this.h+120)*Tp,e=+this.l,t=isNaN(this.s)?0:this.s*e*(1-e),i=Math.cos(n),r=Math.sin(n);return new It(255*(e+t*(Up*i+Ph*r)),255*(e+t*(Ih*i+lo*r)),255*(e+t*(Fs*i)),this.opacity)}}));function Vp(n,e,t,i,r){var s=n*n,a=s*n;return((1-3*n+3*s-a)*e+(4-6*s+3*a)*t+(1+3*n+3*s-3*a)*i+a*r)/6}function Xx(n){var e=n.length-1;return function(t){var i=t<=0?t=0:t>=1?(t=1,e-1):Math.floor(t*e),r=n[i],s=n[i+1],a=i>0?n[i-1]:2*r-s,o=i<e-1?n[i+2]:2*s-r;return Vp((t-i/e)*e,a,r,s,o)}}function qx(n){var e=n.length;return function(t){var i=Math.floor(((t%=1)<0?++t:t)*e),r=n[(i+e-1)%e],s=n[i%e],a=n[(i+1)%e],o=n[(i+2)%e];return Vp((t-i/e)*e,r,s,a,o)}}var ho=n=>()=>n;function Gp(n,e){return function(t){return n+t*e}}function Yx(n,e,t){return n=Math.pow(n,t),e=Math.pow(e,t)-n,t=1/t,function(i){return Math.pow(n+i*e,t)}}function Fh(n,e){var t=e-n;return t?Gp(n,t>180||t<-180?t-360*Math.round(t/360):t):ho(isNaN(n)?e:n)}function Kx(n){return(n=+n)==1?Jt:function(e,t){return t-e?Yx(e,t,n):ho(isNaN(e)?t:e)}}function Jt(n,e){var t=e-n;return t?Gp(n,t):ho(isNaN(n)?e:n)}var Bp=(function n(e){var t=Kx(e);function i(r,s){var a=t((r=qi(r)).r,(s=qi(s)).r),o=t(r.g,s.g),l=t(r.b,s.b),c=Jt(r.opacity,s.opacity);return function(h){return r.r=a(h),r.g=o(h),r.b=l(h),r.opacity=c(h),r+""}}return i.gamma=n,i})(1);function Hp(n){return function(e){var t=e.length,i=new Array(t),r=new Array(t),s=new Array(t),a,o;for(a=0;a<t;++a)o=qi(e[a]),i[a]=o.r||0,r[a]=o.g||0,s[a]=o.b||0;return i=n(i),r=n(r),s=n(s),o.opacity=1,function(l){return o.r=i(l),o.g=r(l),o.b=s(l),o+""}}}var Wp=Hp(Xx),gT=Hp(qx);function Zx(n,e){e||(e=[]);var t=n?Math.min(e.length,n.length):0,i=e.slice(),r;return function(s){for(r=0;r<t;++r)i[r]=n[r]*(1-s)+e[r]*s;return i}}function Jx(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function jx(n,e){var t=e?e.length:0,i=n?Math.min(t,n.length):0,r=new Array(i),s=new Array(t),a;for(a=0;a<i;++a)r[a]=uo(n[a],e[a]);for(;a<t;++a)s[a]=e[a];return function(o){for(a=0;a<i;++a)s[a]=r[a](o);return s}}function Qx(n,e){var t=new Date;return n=+n,e=+e,function(i){return t.setTime(n*(1-i)+e*i),t}}function Sn(n,e){return n=+n,e=+e,function(t){return n*(1-t)+e*t}}function ey(n,e){var t={},i={},r;(n===null||typeof n!="object")&&(n={}),(e===null||typeof e!="object")&&(e={});for(r in e)r in n?t[r]=uo(n[r],e[r]):i[r]=e[r];return function(s){for(r in t)i[r]=t[r](s);return i}}var Nh=/[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g,Lh=new RegExp(Nh.source,"g");function ty(n){return function(){return n}}function ny(n){return function(e){return n(e)+""}}function iy(n,e){var t=Nh.lastIndex=Lh.lastIndex=0,i,r,s,a=-1,o=[],l=[];for(n=n+"",e=e+"";(i=Nh.exec(n))&&(r=Lh.exec(e));)(s=r.index)>t&&(s=e.slice(t,s),o[a]?o[a]+=s:o[++a]=s),(i=i[0])===(r=r[0])?o[a]?o[a]+=r:o[++a]=r:(o[++a]=null,l.push({i:a,x:Sn(i,r)})),t=Lh.lastIndex;return t<e.length&&(s=e.slice(t),o[a]?o[a]+=s:o[++a]=s),o.length<2?l[0]?ny(l[0].x):ty(e):(e=l.length,function(c){for(var h=0,f;h<e;++h)o[(f=l[h]).i]=f.x(c);return o.join("")})}function uo(n,e){var t=typeof e,i;return e==null||t==="boolean"?ho(e):(t==="number"?Sn:t==="string"?(i=Er(e))?(e=i,Bp):iy:e instanceof Er?Bp:e instanceof Date?Qx:Jx(e)?Zx:Array.isArray(e)?jx:typeof e.valueOf!="function"&&typeof e.toString!="function"||isNaN(e)?ey:Sn)(n,e)}function $p(n,e){return n=+n,e=+e,function(t){return Math.round(n*(1-t)+e*t)}}var kp=180/Math.PI,Dh={translateX:0,translateY:0,rotate:0,skewX:0,scaleX:1,scaleY:1};function Xp(n,e,t,i,r,s){var a,o,l;return(a=Math.sqrt(n*n+e*e))&&(n/=a,e/=a),(l=n*t+e*i)&&(t-=n*l,i-=e*l),(o=Math.sqrt(t*t+i*i))&&(t/=o,i/=o,l/=o),n*i<e*t&&(n=-n,e=-e,l=-l,a=-a),{translateX:r,translateY:s,rotate:Math.atan2(e,n)*kp,skewX:Math.atan(l)*kp,scaleX:a,scaleY:o}}var co;function ry(n){let e=new(typeof DOMMatrix=="function"?DOMMatrix:WebKitCSSMatrix)(n+"");return e.isIdentity?Dh:Xp(e.a,e.b,e.c,e.d,e.e,e.f)}function sy(n){return n==null||(co||(co=document.createElementNS("http://www.w3.org/2000/svg","g")),co.setAttribute("transform",n),!(n=co.transform.baseVal.consolidate()))?Dh:(n=n.matrix,Xp(n.a,n.b,n.c,n.d,n.e,n.f))}function qp(n,e,t,i){function r(c){return c.length?c.pop()+" ":""}function s(c,h,f,u,d,p){if(c!==f||h!==u){var x=d.push("translate(",null,e,null,t);p.push({i:x-4,x:Sn(c,f)},{i:x-2,x:Sn(h,u)})}else(f||u)&&d.push("translate("+f+e+u+t)}function a(c,h,f,u){c!==h?(c-h>180?h+=360:h-c>180&&(c+=360),u.push({i:f.push(r(f)+"rotate(",null,i)-2,x:Sn(c,h)})):h&&f.push(r(f)+"rotate("+h+i)}function o(c,h,f,u){c!==h?u.push({i:f.push(r(f)+"skewX(",null,i)-2,x:Sn(c,h)}):h&&f.push(r(f)+"skewX("+h+i)}function l(c,h,f,u,d,p){if(c!==f||h!==u){var x=d.push(r(d)+"scale(",null,",",null,")");p.push({i:x-4,x:Sn(c,f)},{i:x-2,x:Sn(h,u)})}else(f!==1||u!==1)&&d.push(r(d)+"scale("+f+","+u+")")}return function(c,h){var f=[],u=[];return c=n(c),h=n(h),s(c.translateX,c.translateY,h.translateX,h.translateY,f,u),a(c.rotate,h.rotate,f,u),o(c.skewX,h.skewX,f,u),l(c.scaleX,c.scaleY,h.scaleX,h.scaleY,f,u),c=h=null,function(d){for(var p=-1,x=u.length,m;++p<x;)f[(m=u[p]).i]=m.x(d);return f.join("")}}}var bT=qp(ry,"px, ","px)","deg)"),xT=qp(sy,", ",")",")"),ay=1e-12;function zp(n){return((n=Math.exp(n))+1/n)/2}function oy(n){return((n=Math.exp(n))-1/n)/2}function ly(n){return((n=Math.exp(2*n))-1)/(n+1)}var yT=(function n(e,t,i){function r(s,a){var o=s[0],l=s[1],c=s[2],h=a[0],f=a[1],u=a[2],d=h-o,p=f-l,x=d*d+p*p,m,g;if(x<ay)g=Math.log(u/c)/e,m=function(b){return[o+b*d,l+b*p,c*Math.exp(e*b*g)]};else{var _=Math.sqrt(x),E=(u*u-c*c+i*x)/(2*c*t*_),v=(u*u-c*c-i*x)/(2*u*t*_),A=Math.log(Math.sqrt(E*E+1)-E),w=Math.log(Math.sqrt(v*v+1)-v);g=(w-A)/e,m=function(b){var S=b*g,D=zp(A),C=c/(t*_)*(D*ly(e*S+A)-oy(A));return[o+C*d,l+C*p,c*D/zp(e*S+A)]}}return m.duration=Math.abs(g)*1e3*e/Math.SQRT2,m}return r.rho=function(s){var a=Math.max(.001,+s),o=a*a,l=o*o;return n(a,o,l)},r})(Math.SQRT2,2,4);function Yp(n){return function(e,t){var i=n((e=ao(e)).h,(t=ao(t)).h),r=Jt(e.s,t.s),s=Jt(e.l,t.l),a=Jt(e.opacity,t.opacity);return function(o){return e.h=i(o),e.s=r(o),e.l=s(o),e.opacity=a(o),e+""}}}var _T=Yp(Fh),vT=Yp(Jt);function Kp(n){return function(e,t){var i=n((e=oo(e)).h,(t=oo(t)).h),r=Jt(e.c,t.c),s=Jt(e.l,t.l),a=Jt(e.opacity,t.opacity);return function(o){return e.h=i(o),e.c=r(o),e.l=s(o),e.opacity=a(o),e+""}}}var MT=Kp(Fh),ST=Kp(Jt);function Zp(n){return(function e(t){t=+t;function i(r,s){var a=n((r=pn(r)).h,(s=pn(s)).h),o=Jt(r.s,s.s),l=Jt(r.l,s.l),c=Jt(r.opacity,s.opacity);return function(h){return r.h=a(h),r.s=o(h),r.l=l(Math.pow(h,t)),r.opacity=c(h),r+""}}return i.gamma=e,i})(1)}var wT=Zp(Fh),fo=Zp(Jt);function cy(n){return Math.abs(n=Math.round(n))>=1e21?n.toLocaleString("en").replace(/,/g,""):n.toString(10)}function mo(n,e){if(!isFinite(n)||n===0)return null;var t=(n=e?n.toExponential(e-1):n.toExponential()).indexOf("e"),i=n.slice(0,t);return[i.length>1?i[0]+i.slice(2):i,+n.slice(t+1)]}function Tr(n){return n=mo(Math.abs(n)),n?n[1]:NaN}function hy(n,e){return function(t,i){for(var r=t.length,s=[],a=0,o=n[0],l=0;r>0&&o>0&&(l+o+1>i&&(o=Math.max(1,i-l)),s.push(t.substring(r-=o,r+o)),!((l+=o+1)>i));)o=n[a=(a+1)%n.length];return s.reverse().join(e)}}function uy(n){return function(e){return e.replace(/[0-9]/g,function(t){return n[+t]})}}var fy=/^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;function Us(n){if(!(e=fy.exec(n)))throw new Error("invalid format: "+n);var e;return new Oh({fill:e[1],align:e[2],sign:e[3],symbol:e[4],zero:e[5],width:e[6],comma:e[7],precision:e[8]&&e[8].slice(1),trim:e[9],type:e[10]})}Us.prototype=Oh.prototype;function Oh(n){this.fill=n.fill===void 0?" ":n.fill+"",this.align=n.align===void 0?">":n.align+"",this.sign=n.sign===void 0?"-":n.sign+"",this.symbol=n.symbol===void 0?"":n.symbol+"",this.zero=!!n.zero,this.width=n.width===void 0?void 0:+n.width,this.comma=!!n.comma,this.precision=n.precision===void 0?void 0:+n.precision,this.trim=!!n.trim,this.type=n.type===void 0?"":n.type+""}Oh.prototype.toString=function(){return this.fill+this.align+this.sign+this.symbol+(this.zero?"0":"")+(this.width===void 0?"":Math.max(1,this.width|0))+(this.comma?",":"")+(this.precision===void 0?"":"."+Math.max(0,this.precision|0))+(this.trim?"~":"")+this.type};function dy(n){e:for(var e=n.length,t=1,i=-1,r;t<e;++t)switch(n[t]){case".":i=r=t;break;case"0":i===0&&(i=t),r=t;break;default:if(!+n[t])break e;i>0&&(i=0);break}return i>0?n.slice(0,i)+n.slice(r+1):n}var go;function py(n,e){var t=mo(n,e);if(!t)return go=void 0,n.toPrecision(e);var i=t[0],r=t[1],s=r-(go=Math.max(-8,Math.min(8,Math.floor(r/3)))*3)+1,a=i.length;return s===a?i:s>a?i+new Array(s-a+1).join("0"):s>0?i.slice(0,s)+"."+i.slice(s):"0."+new Array(1-s).join("0")+mo(n,Math.max(0,e+s-1))[0]}function Jp(n,e){var t=mo(n,e);if(!t)return n+"";var i=t[0],r=t[1];return r<0?"0."+new Array(-r).join("0")+i:i.length>r+1?i.slice(0,r+1)+"."+i.slice(r+1):i+new Array(r-i.length+2).join("0")}var jp={"%":(n,e)=>(n*100).toFixed(e),b:n=>Math.round(n).toString(2),c:n=>n+"",d:cy,e:(n,e)=>n.toExponential(e),f:(n,e)=>n.toFixed(e),g:(n,e)=>n.toPrecision(e),o:n=>Math.round(n).toString(8),p:(n,e)=>Jp(n*100,e),r:Jp,s:py,X:n=>Math.round(n).toString(16).toUpperCase(),x:n=>Math.round(n).toString(16)};function Qp(n){return n}var em=Array.prototype.map,tm=["y","z","a","f","p","n","µ","m","","k","M","G","T","P","E","Z","Y"];function my(n){var e=n.grouping===void 0||n.thousands===void 0?Qp:hy(em.call(n.grouping,Number),n.thousands+""),t=n.currency===void 0?"":n.currency[0]+"",i=n.currency===void 0?"":n.currency[1]+"",r=n.decimal===void 0?".":n.decimal+"",s=n.numerals===void 0?Qp:uy(em.call(n.numerals,String)),a=n.percent===void 0?"%":n.percent+"",o=n.minus===void 0?"−":n.minus+"",l=n.nan===void 0?"NaN":n.nan+"";function c(f,u){f=Us(f);var d=f.fill,p=f.align,x=f.sign,m=f.symbol,g=f.zero,_=f.width,E=f.comma,v=f.precision,A=f.trim,w=f.type;w==="n"?(E=!0,w="g"):jp[w]||(v===void 0&&(v=12),A=!0,w="g"),(g||d==="0"&&p==="=")&&(g=!0,d="0",p="=");var b=(u&&u.prefix!==void 0?u.prefix:"")+(m==="$"?t:m==="#"&&/[boxX]/.test(w)?"0"+w.toLowerCase():""),S=(m==="$"?i:/[%p]/.test(w)?a:"")+(u&&u.suffix!==void 0?u.suffix:""),D=jp[w],C=/[defgprs%]/.test(w);v=v===void 0?6:/[gprs]/.test(w)?Math.max(1,Math.min(21,v)):Math.max(0,Math.min(20,v));function P(I){var O=b,R=S,N,G,B;if(w==="c")R=D(I)+R,I="";else{I=+I;var Z=I<0||1/I<0;if(I=isNaN(I)?l:D(Math.abs(I),v),A&&(I=dy(I)),Z&&+I==0&&x!=="+"&&(Z=!1),O=(Z?x==="("?x:o:x==="-"||x==="("?"":x)+O,R=(w==="s"&&!isNaN(I)&&go!==void 0?tm[8+go/3]:"")+R+(Z&&x==="("?")":""),C){for(N=-1,G=I.length;++N<G;)if(B=I.charCodeAt(N),48>B||B>57){R=(B===46?r+I.slice(N+1):I.slice(N))+R,I=I.slice(0,N);break}}}E&&!g&&(I=e(I,1/0));var k=O.length+I.length+R.length,$=k<_?new Array(_-k+1).join(d):"";switch(E&&g&&(I=e($+I,$.length?_-R.length:1/0),$=""),p){case"<":I=O+I+R+$;break;case"=":I=O+$+I+R;break;case"^":I=$.slice(0,k=$.length>>1)+O+I+R+$.slice(k);break;default:I=$+O+I+R;break}return s(I)}return P.toString=function(){return f+""},P}function h(f,u){var d=Math.max(-8,Math.min(8,Math.floor(Tr(u)/3)))*3,p=Math.pow(10,-d),x=c((f=Us(f),f.type="f",f),{suffix:tm[8+d/3]});return function(m){return x(p*m)}}return{format:c,formatPrefix:h}}var po,Uh,Bh;gy({thousands:",",grouping:[3],currency:["$",""]});function gy(n){return po=my(n),Uh=po.format,Bh=po.formatPrefix,po}function nm(n){return Math.max(0,-Tr(Math.abs(n)))}function im(n,e){return Math.max(0,Math.max(-8,Math.min(8,Math.floor(Tr(e)/3)))*3-Tr(Math.abs(n)))}function rm(n,e){return n=Math.abs(n),e=Math.abs(e)-n,Math.max(0,Tr(e)-Tr(n))+1}function by(n,e){switch(arguments.length){case 0:break;case 1:this.range(n);break;default:this.range(e).domain(n);break}return this}function xy(n){return function(){return n}}function yy(n){return+n}var sm=[0,1];function Cr(n){return n}function kh(n,e){return(e-=n=+n)?function(t){return(t-n)/e}:xy(isNaN(e)?NaN:.5)}function _y(n,e){var t;return n>e&&(t=n,n=e,e=t),function(i){return Math.max(n,Math.min(e,i))}}function vy(n,e,t){var i=n[0],r=n[1],s=e[0],a=e[1];return r<i?(i=kh(r,i),s=t(a,s)):(i=kh(i,r),s=t(s,a)),function(o){return s(i(o))}}function My(n,e,t){var i=Math.min(n.length,e.length)-1,r=new Array(i),s=new Array(i),a=-1;for(n[i]<n[0]&&(n=n.slice().reverse(),e=e.slice().reverse());++a<i;)r[a]=kh(n[a],n[a+1]),s[a]=t(e[a],e[a+1]);return function(o){var l=lp(n,o,1,i)-1;return s[l](r[l](o))}}function Sy(n,e){return e.domain(n.domain()).range(n.range()).interpolate(n.interpolate()).clamp(n.clamp()).unknown(n.unknown())}function wy(){var n=sm,e=sm,t=uo,i,r,s,a=Cr,o,l,c;function h(){var u=Math.min(n.length,e.length);return a!==Cr&&(a=_y(n[0],n[u-1])),o=u>2?My:vy,l=c=null,f}function f(u){return u==null||isNaN(u=+u)?s:(l||(l=o(n.map(i),e,t)))(i(a(u)))}return f.invert=function(u){return a(r((c||(c=o(e,n.map(i),Sn)))(u)))},f.domain=function(u){return arguments.length?(n=Array.from(u,yy),h()):n.slice()},f.range=function(u){return arguments.length?(e=Array.from(u),h()):e.slice()},f.rangeRound=function(u){return e=Array.from(u),t=$p,h()},f.clamp=function(u){return arguments.length?(a=u?!0:Cr,h()):a!==Cr},f.interpolate=function(u){return arguments.length?(t=u,h()):t},f.unknown=function(u){return arguments.length?(s=u,f):s},function(u,d){return i=u,r=d,h()}}function Ay(){return wy()(Cr,Cr)}function Ey(n,e,t,i){var r=fp(n,e,t),s;switch(i=Us(i??",f"),i.type){case"s":{var a=Math.max(Math.abs(n),Math.abs(e));return i.precision==null&&!isNaN(s=im(r,a))&&(i.precision=s),Bh(i,a)}case"":case"e":case"g":case"p":case"r":{i.precision==null&&!isNaN(s=rm(r,Math.max(Math.abs(n),Math.abs(e))))&&(i.precision=s-(i.type==="e"));break}case"f":case"%":{i.precision==null&&!isNaN(s=nm(r))&&(i.precision=s-(i.type==="%")*2);break}}return Uh(i)}function Ty(n){var e=n.domain;return n.ticks=function(t){var i=e();return to(i[0],i[i.length-1],t??10)},n.tickFormat=function(t,i){var r=e();return Ey(r[0],r[r.length-1],t??10,i)},n.nice=function(t){t==null&&(t=10);var i=e(),r=0,s=i.length-1,a=i[r],o=i[s],l,c,h=10;for(o<a&&(c=a,a=o,o=c,c=r,r=s,s=c);h-- >0;){if(c=Ns(a,o,t),c===l)return i[r]=a,i[s]=o,e(i);if(c>0)a=Math.floor(a/c)*c,o=Math.ceil(o/c)*c;else if(c<0)a=Math.ceil(a*c)/c,o=Math.floor(o*c)/c;else break;l=c}return n},n}function Rr(){var n=Ay();return n.copy=function(){return Sy(n,Rr())},by.apply(n,arguments),Ty(n)}function tn(n,e){let t=n.length;if(t===1)return n[0]+e;let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function wn(n,e){let t=n.length;if(t===1)return e-n[0];let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function mi(n){return[tn(n,-.5),tn(n,n.length-.5)]}function lm(n,e,t,i=480,r=.25){let s=Math.abs(n[1]-n[0]),a=Math.abs(e[1]-e[0]),o=t&&s>0&&a>0?a/s:1;return o=Math.min(Math.max(o,r),1/r),o<=1?{width:i,height:Math.round(i*o)}:{width:Math.round(i/o),height:i}}function Fn(n,e=5){let[t,i]=n;if(!(Number.isFinite(t)&&Number.isFinite(i)))return[];if(t===i){let a=Rr().domain([t-1,t+1]).tickFormat(e);return[{value:t,label:a(t)}]}let r=Rr().domain([Math.min(t,i),Math.max(t,i)]),s=r.tickFormat(e);return r.ticks(e).map(a=>({value:a,label:s(a)}))}function am(n){if(!n)return null;if(n[0]===n[1]){let e=Math.abs(n[0])*1e-6||1e-6;return[n[0]-e,n[1]+e]}return n}function cm(n,e=10){let[t,i]=n;return t<i?Rr().domain([t,i]).ticks(e).filter(r=>r>t&&r<i):[]}function om(n,e=5){let[t,i]=n;if(t===i){let s=Math.abs(t)*.05||1;return[t-s,i+s]}let r=Rr().domain([t,i]).nice(e).domain();return[r[0],r[1]]}function hm(n,e){return+`${n}e${e}`}function Cy(n,e){let t=hm(n,e);return e>=-3&&e<5?String(t):`${n}e${e}`}function Bs(n,e,t){let i=[],r=Math.floor(Math.log10(n))-1,s=Math.ceil(Math.log10(e))+1;for(let a=r;a<=s;a++)for(let o of t){let l=hm(o,a);l>=n*(1-1e-9)&&l<=e*(1+1e-9)&&i.push({value:l,label:Cy(o,a)})}return i}var um=(n,e)=>(n%e+e)%e,fm=[1],dm=[1,2,5],Ry=[1,5],pm=[1,2,3,4,5,6,7,8,9],Kn=3;function Py(n,e=5){let t=Math.min(n[0],n[1]),i=Math.max(n[0],n[1]);if(!(t>0&&Number.isFinite(i)))return[];if(t===i)return Fn([t,i],e);let r=Bs(t,i,fm);if(r.length>=Kn){if(r.length<=e)return r;for(let c=Math.ceil(r.length/Math.max(1,e));c>1;c--){let h=r.filter(f=>um(Math.round(Math.log10(f.value)),c)===0);if(h.length>=Kn)return h}return r}let s=[dm,Ry,pm].map(c=>Bs(t,i,c)),a=s.find(c=>c.length>=Kn&&c.length<=e+2);if(a)return a;let o=s.filter(c=>c.length>=Kn).sort((c,h)=>c.length-h.length)[0];if(o)return o;let l=[];for(let c=Math.max(e,Kn);c<=4*Kn&&l.length<Kn;c++)l=Fn([t,i],c).filter(h=>h.value>0);return l.length>=s[2].length?l:s[2]}function Iy(n,e=10){let[t,i]=n;if(!(t>0&&i>t&&Number.isFinite(i)))return[];let r=o=>o.map(l=>l.value).filter(l=>l>t&&l<i),s=r(Bs(t,i,dm));if(s.length>Math.ceil(e*1.5)){if(s=r(Bs(t,i,fm)),s.length>e){let o=Math.ceil(s.length/e);s=s.filter(l=>um(Math.round(Math.log10(l)),o)===0)}return s}if(s.length>=3)return s;let a=r(Bs(t,i,pm));return a.length>=3?a:cm(n,e).filter(o=>o>0)}function Pr(n,e,t=5){return e==="log"?Py(n,t):Fn(n,t)}function bo(n,e,t=10){return e==="log"?Iy(n,t):cm(n,t)}function mm(n){let e=1/0;for(let t=0;t<n.length;t++){let i=n[t];i>0&&i<e&&(e=i)}return e<1/0?e:null}function Ir(n,e,t){let i=null;if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])?i=am([Math.min(e[0],e[1]),Math.max(e[0],e[1])]):i=am(xr(n)),!i||t!=="log")return i;let[r,s]=i;if(r<=0){let a=1/0;for(let o=0;o<n.length;o++){let l=n[o];l>0&&l<a&&l<=s&&(a=l)}if(a<1/0)r=a;else if(s>0)r=s/10;else return[.1,1]}return r===s?[r*(1-1e-6),s*(1+1e-6)]:[r,s]}function gm(n,e,t){if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])){let i=Math.min(e[0],e[1]),r=Math.max(e[0],e[1]);if(t==="log"){let s=r>0?r:1,a=i>0?i:n&&n[0]>0&&n[0]<s?n[0]:s/10;return a<s?[a,s]:[a/1.1,s*1.1]}return i<r?[i,r]:om([i,r])}if(t==="log"){if(!n||!(n[0]>0))return[.1,1];let[i,r]=n;if(i===r)return[i/1.25,r*1.25];let s=Math.log10(i),a=Math.log10(r),o=(a-s)*.05;return[Math.pow(10,s-o),Math.pow(10,a+o)]}return om(n??[0,1])}var bm={metric:0,scale:"linear",domain:null,palette:"sequential",style:"heatmap",path:!0,floorContours:!0,overlays:[],allMetrics:!1,maxSide:480,fit:null,aspect:"equal",colorbar:!0};function yo(n,e,t,i){let r=e?Math.max(0,e.header.metrics.indexOf(n.metric??"")):0;return{...bm,metric:r,scale:n.plot.scale,domain:t,style:n.heatmap.style,aspect:n.heatmap.aspect,path:n.plot.path,floorContours:n.surface.floor,overlays:[],fit:i}}function Vh(n,e){let t=n?n.header.metrics.indexOf(e):-1;return n&&t>=0?xr(Ut(n,t)):null}function Gh(n,e,t,i,r=!1){if(n.fixed){let s=Es(i);if(s)return lh(s,n.clip)}return!n.clip&&t.length<=1&&!r?null:lh(Es(t.map(s=>Vh(s,e))),n.clip)}function xm(n,e,t,i){let r=Gh(n,e,t,i,!0);if(!r)return null;let s=r[0];if(n.scale==="log"&&s<=0){let a=1/0;for(let o of t){let l=o?o.header.metrics.indexOf(e):-1,c=o&&l>=0?mm(Ut(o,l)):null;c!==null&&c<=r[1]&&c<a&&(a=c)}s=a<1/0?a:r[1]/10}return Ir([],[s,r[1]],n.scale)}function ym(n){let e=n.filter(a=>a.extent!==null);if(e.length<2)return null;let t=Es(e.map(a=>a.extent)),i=t[1]-t[0];if(!(i>0))return null;let r=e.reduce((a,o)=>o.extent[1]>a.extent[1]?o:a),s=e.filter(a=>a!==r&&a.extent[1]-a.extent[0]<i/10).map(a=>a.run);return s.length?{run:r.run,max:r.extent[1],flat:s}:null}function _m(n){let e=n.flat.length===1?n.flat[0]:`${n.flat.length} other runs`;return`${n.run} reaches ${tt(n.max)}: on this linear scale ${e} ${n.flat.length===1?"looks":"look"} flat.`}function vm(n,e,t,i){let r=n.method==="pca"||e.method==="pca",s=n.frame_id&&e.frame_id&&n.frame_id!==e.frame_id,a=n.seed!==null&&e.seed!==null&&n.seed!==e.seed;if(!r&&!s&&!a)return null;let o=r?"PCA directions come from each run's own path, so the axes point in different directions of weight space, over different ranges":a?`their directions were drawn with different seeds (${n.seed} and ${e.seed})`:`their directions are not the same (frame ${n.frame_id} and ${e.frame_id})`;return`${t} and ${i} each have their own plane: ${o}. A point of one is not the same point of the other, so they cannot be subtracted. For a difference, log the runs on a shared frame: random directions drawn once with the same seed on the same architecture (LandscapeLogger's default frame="fixed" with one seed for all runs), or the same direction tensors passed to every run. Side by side shows these planes as they are.`}function Mm(n,e){let[t,i]=n.header.axes,r=ih(Wn(t,n.header.method))-40;if(n.header.dims===1||!i)return r;let s=Sh(mi(t.coords),mi(i.coords),t.unit===i.unit,e)??1;return Math.max(r,(ih(Wn(i,n.header.method))-40)/s)}var xo={width:72,height:70},Ly=110,zh=20,Ny=280;function Sm(n,e,t,i=1){let r=Math.max(Ny,t),s=Math.max(1,Math.floor((e.width+zh)/(r+xo.width+zh))),a=Math.ceil(Math.max(1,n)/Math.min(Math.max(1,n),s)),o=Math.ceil(Math.max(1,n)/a),l=Math.floor((e.width-(o-1)*zh)/o),c=Math.max(Math.ceil(r*i)+xo.height,e.height-Ly);return{columns:o,fit:{width:l,height:Math.min(c,l-xo.width+xo.height)}}}var Hh="";function gi(n,e,t){return{run:e,tag:n,step:t.step,wallTime:t.wall_time}}function Dy(n){return[n.method&&`method: ${n.method}`,n.normalization&&`normalization: ${n.normalization}`,n.seed!==null&&`seed: ${n.seed}`,n.bn_mode&&`BatchNorm: ${n.bn_mode}`,n.data_description&&`data: ${n.data_description}`].filter(Boolean).join(" · ")}function wm(n,e){let{state:t,loaded:i}=n;if(t.run===null||t.tag===null||i.steps.length===0)return null;let r=ki(i.steps.map(h=>h.step),t.step),s=i.steps[r],a=Ts(t,i),o=e.space(),l=JSON.stringify([a,t.metric,t.plot,t.heatmap,t.surface,t.curve,o]);return{...a!=="compare"?Oy(n,e,a,r,o,l):t.compare.diff?ky(n,e,s,o,l):Uy(n,e,s,o,l),space:JSON.stringify(o)}}function Wh(n,e,t){let i=n.stepsOf(e),r=yd(i.map(s=>s.step),n.state.step===null?null:t);return i.find(s=>s.step===r)}function Fy(n,e){let{state:t,loaded:i}=n,r=t.run,s=t.tag,a=[],o=[];if(t.curve.overlay==="steps")for(let l of vd(i.steps.length,e))a.push({ref:gi(s,r,i.steps[l]),optional:!0}),o.push(`step ${i.steps[l].step}`);else if(t.curve.overlay==="runs")for(let l of Vi(t,i)){let c=l===r?void 0:Wh(n,l,i.steps[e].step);c&&(a.push({ref:gi(s,l,c),optional:!0}),o.push(`${l} · step ${c.step}`))}return{needs:a,labels:o}}function Oy(n,e,t,i,r,s){let{state:a,loaded:o}=n,l=a.run,c=o.steps[i],h=t==="1d"?Fy(n,i):{needs:[],labels:[]},f=[{ref:gi(a.tag,l,c)},...h.needs];return{key:["main",s,...f.map(u=>qn(u.ref))].join(Hh),step:c.step,needs:f,draw:u=>{let d=u[0],p=[];u.slice(1).forEach((S,D)=>S&&p.push({label:h.labels[D],frame:S}));let x=d.header.dims===1?"1d":t,m=e.mainRenderer(x),g=a.curve.overlay==="runs"&&x==="1d"?[l,...Vi(a,o)]:[l],{header:_}=d,E=_.metrics.indexOf(a.metric??""),v=g.map(S=>oh(n.stepsOf(S),a.metric??"")),A=E>=0?Gh(a.plot,a.metric??"",x==="1d"?u:[d],v):null,w={...yo(a,d,A,r.fit),overlays:p,allMetrics:a.curve.allMetrics&&x==="1d"};e.drawTimed(()=>m.draw(d,w));let b=ld(_.run,_.tag,_.step,_.metrics[Math.max(0,E)]??"");e.caption(b,Dy(_)),e.exportable={frame:d,renderer:m,name:[_.run,_.tag,_.step],title:b}}}}function Uy(n,e,t,i,r){let{state:s,loaded:a}=n,o=Vi(s,a),l=s.metric??"",c=o.map(f=>({run:f,info:Wh(n,f,t.step)??null,known:n.stepsOf(f).length>0})),h=c.filter(f=>f.info).map(f=>({ref:gi(s.tag,f.run,f.info),optional:!0}));return{key:["tiles",r,...o,...h.map(f=>qn(f.ref))].join(Hh),step:t.step,needs:h,draw:f=>{let u=0,d=c.map(E=>{if(!E.info)return{run:E.run,frame:null,caption:"",message:E.known?`no step ≤ ${t.step}`:"no readable record"};let v=f[u++];return{run:E.run,frame:v,caption:`step ${E.info.step}`,message:v?void 0:"could not be loaded"}}),p=o.map(E=>oh(n.stepsOf(E),l)),x=xm(s.plot,l,d.map(E=>E.frame),p);e.show("tiles"),e.drawTimed(()=>e.tiles.show(d,l,yo(s,null,x,null),i.slot));let m=s.step===null?"latest steps":`step ≤ ${t.step}`,g=a.steps[a.steps.length-1]?.dims===2;e.caption(`${s.tag} · ${o.length} run${o.length===1?"":"s"} · ${m} · ${l}`,o.length?g?"One colour scale for all tiles.":"One value range for all tiles.":"Choose runs to compare.");let _=g&&s.plot.scale==="linear"&&!s.plot.clip?ym(d.map(E=>({run:E.run,extent:Vh(E.frame,l)}))):null;e.suggest(_?_m(_):null),e.exportable=null}}}function By(n,e){let{state:t,loaded:i}=n,r=t.compare.diff;return r.kind==="runs"?[r.a,r.b].map(s=>({run:s,info:Wh(n,s,e.step),label:s})):[r.a,r.b].map(s=>({run:t.run,info:i.steps.find(a=>a.step===s),label:`step ${s}`}))}function ky(n,e,t,i,r){let{state:s}=n,a=s.compare.diff,o=s.metric??"",[l,c]=By(n,t),h=[l,c].filter(u=>u.info).map(u=>({ref:gi(s.tag,u.run,u.info)})),f=a.kind==="runs"?`${l.label}${l.info?` (step ${l.info.step})`:""} − ${c.label}${c.info?` (step ${c.info.step})`:""}`:`${s.run}: ${l.label} − ${c.label}`;return{key:["diff",r,JSON.stringify(a),...h.map(u=>qn(u.ref))].join(Hh),step:t.step,needs:h,draw:u=>{if(e.show("diff"),e.caption(`${s.tag} · difference · ${o}`,"A − B: red where A is higher, blue where it is lower."),e.exportable=null,!l.info||!c.info){let E=l.info?c:l;e.diffView.showMessage(f,`${E.label} has no step${a.kind==="runs"?` ≤ ${t.step}`:""} to compare.`);return}let d=ip(u[0],u[1],o,{a:l.label,b:c.label});if(!d.ok){let E=vh(u[0],u[1])!==null,v=a.kind==="runs"&&E?vm(u[0].header,u[1].header,l.label,c.label):null;e.diffView.showMessage(f,v??d.error,v?d.error:void 0);return}let p=s.plot.clip?Math.max(...s.plot.clip.filter(E=>E!==null).map(Math.abs)):0,x=p>0?[-p,p]:Mh(d.frame.values),m={...i.fit,height:i.fit.height-24},g={...yo(s,d.frame,x,m),metric:0,scale:"linear",palette:"diverging",path:!1};e.drawTimed(()=>e.diffView.show(d.frame,f,g));let _=a.kind==="runs"?[a.a,"minus",a.b,s.tag,"step",t.step]:[s.run,s.tag,a.a,"minus",a.b];e.exportable={frame:d.frame,renderer:e.diffView.current,name:_,title:`${s.tag} · ${f} · ${o}`}}}}function Ve(n){for(var e=n.length/6|0,t=new Array(e),i=0;i<e;)t[i]="#"+n.slice(i*6,++i*6);return t}var i2=Ve("1f77b4ff7f0e2ca02cd627289467bd8c564be377c27f7f7fbcbd2217becf"),r2=Ve("7fc97fbeaed4fdc086ffff99386cb0f0027fbf5b17666666"),s2=Ve("1b9e77d95f027570b3e7298a66a61ee6ab02a6761d666666"),a2=Ve("4269d0efb118ff725c6cc5b03ca951ff8ab7a463f297bbf59c6b4e9498a0"),o2=Ve("a6cee31f78b4b2df8a33a02cfb9a99e31a1cfdbf6fff7f00cab2d66a3d9affff99b15928"),l2=Ve("fbb4aeb3cde3ccebc5decbe4fed9a6ffffcce5d8bdfddaecf2f2f2"),c2=Ve("b3e2cdfdcdaccbd5e8f4cae4e6f5c9fff2aef1e2cccccccc"),h2=Ve("e41a1c377eb84daf4a984ea3ff7f00ffff33a65628f781bf999999"),u2=Ve("66c2a5fc8d628da0cbe78ac3a6d854ffd92fe5c494b3b3b3"),f2=Ve("8dd3c7ffffb3bebadafb807280b1d3fdb462b3de69fccde5d9d9d9bc80bdccebc5ffed6f"),Am=Ve("4e79a7f28e2ce1575976b7b259a14fedc949af7aa1ff9da79c755fbab0ab"),ht=n=>Wp(n[n.length-1]),zy=new Array(3).concat("d8b365f5f5f55ab4ac","a6611adfc27d80cdc1018571","a6611adfc27df5f5f580cdc1018571","8c510ad8b365f6e8c3c7eae55ab4ac01665e","8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e","8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e","8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e","5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30","5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30").map(Ve),d2=ht(zy),Vy=new Array(3).concat("af8dc3f7f7f77fbf7b","7b3294c2a5cfa6dba0008837","7b3294c2a5cff7f7f7a6dba0008837","762a83af8dc3e7d4e8d9f0d37fbf7b1b7837","762a83af8dc3e7d4e8f7f7f7d9f0d37fbf7b1b7837","762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b7837","762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b7837","40004b762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b783700441b","40004b762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b783700441b").map(Ve),p2=ht(Vy),Gy=new Array(3).concat("e9a3c9f7f7f7a1d76a","d01c8bf1b6dab8e1864dac26","d01c8bf1b6daf7f7f7b8e1864dac26","c51b7de9a3c9fde0efe6f5d0a1d76a4d9221","c51b7de9a3c9fde0eff7f7f7e6f5d0a1d76a4d9221","c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221","c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221","8e0152c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221276419","8e0152c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221276419").map(Ve),m2=ht(Gy),Hy=new Array(3).concat("998ec3f7f7f7f1a340","5e3c99b2abd2fdb863e66101","5e3c99b2abd2f7f7f7fdb863e66101","542788998ec3d8daebfee0b6f1a340b35806","542788998ec3d8daebf7f7f7fee0b6f1a340b35806","5427888073acb2abd2d8daebfee0b6fdb863e08214b35806","5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b35806","2d004b5427888073acb2abd2d8daebfee0b6fdb863e08214b358067f3b08","2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08").map(Ve),g2=ht(Hy),Wy=new Array(3).concat("ef8a62f7f7f767a9cf","ca0020f4a58292c5de0571b0","ca0020f4a582f7f7f792c5de0571b0","b2182bef8a62fddbc7d1e5f067a9cf2166ac","b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac","b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac","b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac","67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061","67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061").map(Ve),Em=ht(Wy),$y=new Array(3).concat("ef8a62ffffff999999","ca0020f4a582bababa404040","ca0020f4a582ffffffbababa404040","b2182bef8a62fddbc7e0e0e09999994d4d4d","b2182bef8a62fddbc7ffffffe0e0e09999994d4d4d","b2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d","b2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d","67001fb2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d1a1a1a","67001fb2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d1a1a1a").map(Ve),b2=ht($y),Xy=new Array(3).concat("fc8d59ffffbf91bfdb","d7191cfdae61abd9e92c7bb6","d7191cfdae61ffffbfabd9e92c7bb6","d73027fc8d59fee090e0f3f891bfdb4575b4","d73027fc8d59fee090ffffbfe0f3f891bfdb4575b4","d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4","d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4","a50026d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4313695","a50026d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4313695").map(Ve),x2=ht(Xy),qy=new Array(3).concat("fc8d59ffffbf91cf60","d7191cfdae61a6d96a1a9641","d7191cfdae61ffffbfa6d96a1a9641","d73027fc8d59fee08bd9ef8b91cf601a9850","d73027fc8d59fee08bffffbfd9ef8b91cf601a9850","d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850","d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850","a50026d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850006837","a50026d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850006837").map(Ve),y2=ht(qy),Yy=new Array(3).concat("fc8d59ffffbf99d594","d7191cfdae61abdda42b83ba","d7191cfdae61ffffbfabdda42b83ba","d53e4ffc8d59fee08be6f59899d5943288bd","d53e4ffc8d59fee08bffffbfe6f59899d5943288bd","d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd","d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd","9e0142d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd5e4fa2","9e0142d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd5e4fa2").map(Ve),_2=ht(Yy),Ky=new Array(3).concat("e5f5f999d8c92ca25f","edf8fbb2e2e266c2a4238b45","edf8fbb2e2e266c2a42ca25f006d2c","edf8fbccece699d8c966c2a42ca25f006d2c","edf8fbccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45006d2c00441b").map(Ve),v2=ht(Ky),Zy=new Array(3).concat("e0ecf49ebcda8856a7","edf8fbb3cde38c96c688419d","edf8fbb3cde38c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d810f7c4d004b").map(Ve),M2=ht(Zy),Jy=new Array(3).concat("e0f3dba8ddb543a2ca","f0f9e8bae4bc7bccc42b8cbe","f0f9e8bae4bc7bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe0868ac084081").map(Ve),S2=ht(Jy),jy=new Array(3).concat("fee8c8fdbb84e34a33","fef0d9fdcc8afc8d59d7301f","fef0d9fdcc8afc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000").map(Ve),w2=ht(jy),Qy=new Array(3).concat("ece2f0a6bddb1c9099","f6eff7bdc9e167a9cf02818a","f6eff7bdc9e167a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016c59014636").map(Ve),A2=ht(Qy),e_=new Array(3).concat("ece7f2a6bddb2b8cbe","f1eef6bdc9e174a9cf0570b0","f1eef6bdc9e174a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0045a8d023858").map(Ve),E2=ht(e_),t_=new Array(3).concat("e7e1efc994c7dd1c77","f1eef6d7b5d8df65b0ce1256","f1eef6d7b5d8df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125698004367001f").map(Ve),T2=ht(t_),n_=new Array(3).concat("fde0ddfa9fb5c51b8a","feebe2fbb4b9f768a1ae017e","feebe2fbb4b9f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a017749006a").map(Ve),C2=ht(n_),i_=new Array(3).concat("edf8b17fcdbb2c7fb8","ffffcca1dab441b6c4225ea8","ffffcca1dab441b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58").map(Ve),R2=ht(i_),r_=new Array(3).concat("f7fcb9addd8e31a354","ffffccc2e69978c679238443","ffffccc2e69978c67931a354006837","ffffccd9f0a3addd8e78c67931a354006837","ffffccd9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443006837004529").map(Ve),P2=ht(r_),s_=new Array(3).concat("fff7bcfec44fd95f0e","ffffd4fed98efe9929cc4c02","ffffd4fed98efe9929d95f0e993404","ffffd4fee391fec44ffe9929d95f0e993404","ffffd4fee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c02993404662506").map(Ve),I2=ht(s_),a_=new Array(3).concat("ffeda0feb24cf03b20","ffffb2fecc5cfd8d3ce31a1c","ffffb2fecc5cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026").map(Ve),Tm=ht(a_),o_=new Array(3).concat("deebf79ecae13182bd","eff3ffbdd7e76baed62171b5","eff3ffbdd7e76baed63182bd08519c","eff3ffc6dbef9ecae16baed63182bd08519c","eff3ffc6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b").map(Ve),L2=ht(o_),l_=new Array(3).concat("e5f5e0a1d99b31a354","edf8e9bae4b374c476238b45","edf8e9bae4b374c47631a354006d2c","edf8e9c7e9c0a1d99b74c47631a354006d2c","edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b").map(Ve),N2=ht(l_),c_=new Array(3).concat("f0f0f0bdbdbd636363","f7f7f7cccccc969696525252","f7f7f7cccccc969696636363252525","f7f7f7d9d9d9bdbdbd969696636363252525","f7f7f7d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525000000").map(Ve),D2=ht(c_),h_=new Array(3).concat("efedf5bcbddc756bb1","f2f0f7cbc9e29e9ac86a51a3","f2f0f7cbc9e29e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d").map(Ve),F2=ht(h_),u_=new Array(3).concat("fee0d2fc9272de2d26","fee5d9fcae91fb6a4acb181d","fee5d9fcae91fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d").map(Ve),O2=ht(u_),f_=new Array(3).concat("fee6cefdae6be6550d","feeddefdbe85fd8d3cd94701","feeddefdbe85fd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704").map(Ve),U2=ht(f_);var B2=fo(pn(300,.5,0),pn(-240,.5,1)),k2=fo(pn(-100,.75,.35),pn(80,1.5,.8)),z2=fo(pn(260,.75,.35),pn(80,1.5,.8)),V2=pn();var G2=qi(),H2=Math.PI/3,W2=Math.PI*2/3;function _o(n){var e=n.length;return function(t){return n[Math.max(0,Math.min(e-1,Math.floor(t*e)))]}}var Cm=_o(Ve("44015444025645045745055946075a46085c460a5d460b5e470d60470e6147106347116447136548146748166848176948186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f854240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d218f8d21908d21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f881fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad8128ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc743fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc8635ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11cd2e21bd5e21ad8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6e620f8e621fbe723fde725")),$2=_o(Ve("00000401000501010601010802010902020b02020d03030f03031204041405041606051806051a07061c08071e0907200a08220b09240c09260d0a290e0b2b100b2d110c2f120d31130d34140e36150e38160f3b180f3d19103f1a10421c10441d11471e114920114b21114e22115024125325125527125829115a2a115c2c115f2d11612f116331116533106734106936106b38106c390f6e3b0f703d0f713f0f72400f74420f75440f764510774710784910784a10794c117a4e117b4f127b51127c52137c54137d56147d57157e59157e5a167e5c167f5d177f5f187f601880621980641a80651a80671b80681c816a1c816b1d816d1d816e1e81701f81721f817320817521817621817822817922827b23827c23827e24828025828125818326818426818627818827818928818b29818c29818e2a81902a81912b81932b80942c80962c80982d80992d809b2e7f9c2e7f9e2f7fa02f7fa1307ea3307ea5317ea6317da8327daa337dab337cad347cae347bb0357bb2357bb3367ab5367ab73779b83779ba3878bc3978bd3977bf3a77c03a76c23b75c43c75c53c74c73d73c83e73ca3e72cc3f71cd4071cf4070d0416fd2426fd3436ed5446dd6456cd8456cd9466bdb476adc4869de4968df4a68e04c67e24d66e34e65e44f64e55064e75263e85362e95462ea5661eb5760ec5860ed5a5fee5b5eef5d5ef05f5ef1605df2625df2645cf3655cf4675cf4695cf56b5cf66c5cf66e5cf7705cf7725cf8745cf8765cf9785df9795df97b5dfa7d5efa7f5efa815ffb835ffb8560fb8761fc8961fc8a62fc8c63fc8e64fc9065fd9266fd9467fd9668fd9869fd9a6afd9b6bfe9d6cfe9f6dfea16efea36ffea571fea772fea973feaa74feac76feae77feb078feb27afeb47bfeb67cfeb77efeb97ffebb81febd82febf84fec185fec287fec488fec68afec88cfeca8dfecc8ffecd90fecf92fed194fed395fed597fed799fed89afdda9cfddc9efddea0fde0a1fde2a3fde3a5fde5a7fde7a9fde9aafdebacfcecaefceeb0fcf0b2fcf2b4fcf4b6fcf6b8fcf7b9fcf9bbfcfbbdfcfdbf")),X2=_o(Ve("00000401000501010601010802010a02020c02020e03021004031204031405041706041907051b08051d09061f0a07220b07240c08260d08290e092b10092d110a30120a32140b34150b37160b39180c3c190c3e1b0c411c0c431e0c451f0c48210c4a230c4c240c4f260c51280b53290b552b0b572d0b592f0a5b310a5c320a5e340a5f3609613809623909633b09643d09653e0966400a67420a68440a68450a69470b6a490b6a4a0c6b4c0c6b4d0d6c4f0d6c510e6c520e6d540f6d550f6d57106e59106e5a116e5c126e5d126e5f136e61136e62146e64156e65156e67166e69166e6a176e6c186e6d186e6f196e71196e721a6e741a6e751b6e771c6d781c6d7a1d6d7c1d6d7d1e6d7f1e6c801f6c82206c84206b85216b87216b88226a8a226a8c23698d23698f24699025689225689326679526679727669827669a28659b29649d29649f2a63a02a63a22b62a32c61a52c60a62d60a82e5fa92e5eab2f5ead305dae305cb0315bb1325ab3325ab43359b63458b73557b93556ba3655bc3754bd3853bf3952c03a51c13a50c33b4fc43c4ec63d4dc73e4cc83f4bca404acb4149cc4248ce4347cf4446d04545d24644d34743d44842d54a41d74b3fd84c3ed94d3dda4e3cdb503bdd513ade5238df5337e05536e15635e25734e35933e45a31e55c30e65d2fe75e2ee8602de9612bea632aeb6429eb6628ec6726ed6925ee6a24ef6c23ef6e21f06f20f1711ff1731df2741cf3761bf37819f47918f57b17f57d15f67e14f68013f78212f78410f8850ff8870ef8890cf98b0bf98c0af98e09fa9008fa9207fa9407fb9606fb9706fb9906fb9b06fb9d07fc9f07fca108fca309fca50afca60cfca80dfcaa0ffcac11fcae12fcb014fcb216fcb418fbb61afbb81dfbba1ffbbc21fbbe23fac026fac228fac42afac62df9c72ff9c932f9cb35f8cd37f8cf3af7d13df7d340f6d543f6d746f5d949f5db4cf4dd4ff4df53f4e156f3e35af3e55df2e661f2e865f2ea69f1ec6df1ed71f1ef75f1f179f2f27df2f482f3f586f3f68af4f88ef5f992f6fa96f8fb9af9fc9dfafda1fcffa4")),q2=_o(Ve("0d088710078813078916078a19068c1b068d1d068e20068f2206902406912605912805922a05932c05942e05952f059631059733059735049837049938049a3a049a3c049b3e049c3f049c41049d43039e44039e46039f48039f4903a04b03a14c02a14e02a25002a25102a35302a35502a45601a45801a45901a55b01a55c01a65e01a66001a66100a76300a76400a76600a76700a86900a86a00a86c00a86e00a86f00a87100a87201a87401a87501a87701a87801a87a02a87b02a87d03a87e03a88004a88104a78305a78405a78606a68707a68808a68a09a58b0aa58d0ba58e0ca48f0da4910ea3920fa39410a29511a19613a19814a099159f9a169f9c179e9d189d9e199da01a9ca11b9ba21d9aa31e9aa51f99a62098a72197a82296aa2395ab2494ac2694ad2793ae2892b02991b12a90b22b8fb32c8eb42e8db52f8cb6308bb7318ab83289ba3388bb3488bc3587bd3786be3885bf3984c03a83c13b82c23c81c33d80c43e7fc5407ec6417dc7427cc8437bc9447aca457acb4679cc4778cc4977cd4a76ce4b75cf4c74d04d73d14e72d24f71d35171d45270d5536fd5546ed6556dd7566cd8576bd9586ada5a6ada5b69db5c68dc5d67dd5e66de5f65de6164df6263e06363e16462e26561e26660e3685fe4695ee56a5de56b5de66c5ce76e5be76f5ae87059e97158e97257ea7457eb7556eb7655ec7754ed7953ed7a52ee7b51ef7c51ef7e50f07f4ff0804ef1814df1834cf2844bf3854bf3874af48849f48948f58b47f58c46f68d45f68f44f79044f79143f79342f89441f89540f9973ff9983ef99a3efa9b3dfa9c3cfa9e3bfb9f3afba139fba238fca338fca537fca636fca835fca934fdab33fdac33fdae32fdaf31fdb130fdb22ffdb42ffdb52efeb72dfeb82cfeba2cfebb2bfebd2afebe2afec029fdc229fdc328fdc527fdc627fdc827fdca26fdcb26fccd25fcce25fcd025fcd225fbd324fbd524fbd724fad824fada24f9dc24f9dd25f8df25f8e125f7e225f7e425f6e626f6e826f5e926f5eb27f4ed27f3ee27f3f027f2f227f1f426f1f525f0f724f0f921"));var Yi=[150,150,150],Ki=[230,0,230],Zi=[0,200,255];function St(n){return`rgb(${n[0]}, ${n[1]}, ${n[2]})`}function vo(n){let e=/^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(n);if(e)return[+e[1],+e[2],+e[3]];let t=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(n);if(t)return[parseInt(t[1],16),parseInt(t[2],16),parseInt(t[3],16)];throw new Error(`unrecognised colour ${JSON.stringify(n)}`)}function Mo(n){return Em(1-n)}function d_(n){return n==="diverging"?Mo:Cm}function p_(n,e,t="linear"){let[i,r]=e;if(t==="log"){let s=Math.log10(i);return Math.pow(10,s+n*(Math.log10(r)-s))}return i+n*(r-i)}var bi=class{constructor(e,t={}){this.scale=t.scale??"linear",this.palette=t.palette??"sequential",this.size=t.size??256,this.interpolate=t.interpolate??d_(this.palette);let[i,r]=e;this.scale==="log"&&!(i>0)&&(i=r>0?r*1e-6:1e-6,r>i||(r=i*10)),this.domain=[i,r],this.l0=i>0?Math.log10(i):0,this.lspan=i>0&&r>i?Math.log10(r)-this.l0:0,this.lut=new Uint8Array(this.size*3);for(let s=0;s<this.size;s++)this.lut.set(vo(this.interpolate(s/(this.size-1))),s*3)}position(e){if(!Number.isFinite(e))return NaN;let[t,i]=this.domain;if(!(i>t))return .5;let r;if(this.scale==="log"){if(e<=0)return 0;r=(Math.log10(e)-this.l0)/this.lspan}else r=(e-t)/(i-t);return r<0?0:r>1?1:r}valueAt(e){return p_(e,this.domain,this.scale)}color(e){if(e!==e)return Yi;if(e===1/0)return Ki;if(e===-1/0)return Zi;let t=this.lutOffset(e);return[this.lut[t],this.lut[t+1],this.lut[t+2]]}colorAt(e){let t=e<0?0:e>1?1:e,i=Math.round(t*(this.size-1))*3;return[this.lut[i],this.lut[i+1],this.lut[i+2]]}lutOffset(e){return Math.round(this.position(e)*(this.size-1))*3}};function Rm(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);let s=r&&r.rgba.length===e*t*4&&r.mask.length===e*t*4,a=s?r.rgba:new Uint8ClampedArray(e*t*4),o=s?r.mask:new Uint8ClampedArray(e*t*4),l=i.lut,c=0;for(let h=0;h<t;h++){let f=t-1-h;for(let u=0;u<e;u++){let d=n[h*e+u],p=(f*e+u)*4;if(Number.isFinite(d)){let x=i.lutOffset(d);a[p]=l[x],a[p+1]=l[x+1],a[p+2]=l[x+2],o[p+3]=0}else{let x=i.color(d);a[p]=x[0],a[p+1]=x[1],a[p+2]=x[2],o[p+3]=255,c++}a[p+3]=255}}return{rgba:a,mask:o,nonFinite:c}}var So=4;function xi(n){let{side:e,x:t,y:i,length:r}=n,s=Fe("g",{class:`tbl-axis tbl-axis-${e}`,transform:`translate(${t},${i})`}),a=e==="bottom";s.append(Fe("line",a?{x1:0,y1:0,x2:r,y2:0}:{x1:0,y1:0,x2:0,y2:r}));for(let o of n.ticks)if(!(o.pos<-.5||o.pos>r+.5))if(a)s.append(Fe("line",{x1:o.pos,y1:0,x2:o.pos,y2:So}),Fe("text",{x:o.pos,y:So+2,"text-anchor":"middle","dominant-baseline":"hanging"},[o.label]));else{let l=e==="left"?-1:1;s.append(Fe("line",{x1:0,y1:o.pos,x2:l*So,y2:o.pos}),Fe("text",{x:l*(So+3),y:o.pos,"text-anchor":e==="left"?"end":"start","dominant-baseline":"middle"},[o.label]))}if(n.title){let o=n.titleOffset??30,l=fd(n.title,r+40),c=a?Fe("text",{class:"tbl-axis-title",x:r/2,y:o,"text-anchor":"middle"},[l]):Fe("text",{class:"tbl-axis-title",transform:`translate(${e==="left"?-o:o},${r/2}) rotate(-90)`,"text-anchor":"middle"},[l]);l!==n.title&&c.append(Fe("title",{},[n.title])),s.append(c)}return s}var $h=14,m_=56,wo=16,g_=60,Pm=7,yi=class{constructor(){this.element=re("div",{class:"tbl-colorbar","data-testid":"colorbar"});this.title=re("div",{class:"tbl-colorbar-title"});this.canvas=re("canvas",{class:"tbl-colorbar-bar"});this.svg=Fe("svg",{class:"tbl-colorbar-axis"});this.body=re("div",{class:"tbl-colorbar-body"},[this.canvas,this.svg]);this.note=re("div",{class:"tbl-colorbar-note","data-testid":"colorbar-note",hidden:!0});this.painted="";this.element.append(this.title,this.body,this.note),this.svg.style.overflow="visible",this.note.style.cssText="color: var(--tbl-muted); font-size: 11px; max-width: 90px;"}empty(e,t="no finite values",i={}){let r=i.top??26;this.element.style.marginTop="0px",this.element.style.gap=`${Math.max(2,r-wo)}px`,this.title.style.height=`${wo}px`,this.title.textContent=e,this.body.hidden=!0,this.note.hidden=!1,this.note.textContent=t,this.svg.replaceChildren();let s=this.element.dataset;s.empty="true",s.ticks="",s.domain="",s.clip=""}draw(e,t,i,r={}){let s=r.top??26;this.element.style.marginTop="0px",this.element.style.gap=`${Math.max(2,s-wo)}px`,this.title.style.height=`${wo}px`,this.title.textContent=i,this.body.hidden=!1,this.note.hidden=!0,this.element.dataset.empty="false";let[a,o]=e.domain,l=`${a} ${o} ${e.scale} ${e.palette} ${t} ${window.devicePixelRatio}`;if(l!==this.painted){let m=pd(this.canvas,$h,t);for(let g=0;g<t;g++)m.fillStyle=St(e.colorAt(1-(g+.5)/t)),m.fillRect(0,g,$h,1);this.painted=l}let c=Pr([a,o],e.scale,Math.max(Kn,Math.round(t/g_))),h=m=>o>a?(1-e.position(m))*t:t/2;this.svg.setAttribute("width",String(m_)),this.svg.setAttribute("height",String(t+2));let f=[xi({side:"right",x:.5,y:.5,length:t,ticks:c.map(m=>({pos:h(m.value),label:m.label}))})],u=-$h-.5,d=-.5,p=(u+d)/2,x=r.clip??{below:0,above:0};x.above>0&&f.push(Fe("polygon",{class:"tbl-clip-mark","data-end":"above",points:`${u},-1.5 ${d},-1.5 ${p},${-1.5-Pm}`,fill:St(e.colorAt(1))})),x.below>0&&f.push(Fe("polygon",{class:"tbl-clip-mark","data-end":"below",points:`${u},${t+1.5} ${d},${t+1.5} ${p},${t+1.5+Pm}`,fill:St(e.colorAt(0))})),this.svg.replaceChildren(...f),this.element.dataset.ticks=c.map(m=>m.label).join(" "),this.element.dataset.domain=`${a} ${o}`,this.element.dataset.scale=e.scale,this.element.dataset.clip=[x.below>0?"below":"",x.above>0?"above":""].filter(Boolean).join(" ")}};function Im(n,e,t,i,r,s=1/0){let a=Math.max(1,Math.floor(n)),o=Math.max(120,Math.round(e)),l=Math.floor((s-t.top-t.bottom-(a-1)*r)/a),c=Math.max(80,Math.min(l,Math.round(o*i*(a>1?.6:1)))),h=[];for(let f=0;f<a;f++)h.push({left:t.left,top:t.top+f*(c+r),width:o,height:c});return{plots:h,width:t.left+o+t.right,height:t.top+a*c+(a-1)*r+t.bottom}}function Lm(n,e,t,i=4){if(n.length===0)return-1;let r=n[0],s=n[n.length-1];if(e<r.left-i||e>r.left+r.width+i||t<r.top-i||t>s.top+s.height+i)return-1;let a=0,o=1/0;return n.forEach((l,c)=>{let h=t<l.top?l.top-t:t>l.top+l.height?t-(l.top+l.height):0;h<o&&(o=h,a=c)}),a}var Nm=Am.filter(n=>n!=="#4e79a7"&&n!=="#bab0ab"),b_="var(--tbl-line)",Ao="var(--tbl-muted)";function Dm(n){return n===0?b_:Nm[(n-1)%Nm.length]}function Eo(n,e){let t=n.length;return Number.isFinite(e)?Math.min(t-1,Math.max(0,Math.round(wn(n,e)))):Math.floor((t-1)/2)}function Xh(n,e){let t=Ut(n,e),i=n.header.axes;if(n.header.dims===1)return[{label:n.header.metrics[e],axis:0,coords:i[0].coords,values:t}];let{nx:r,ny:s}=n,[a,o]=n.header.center,l=i[0].coords,c=i[1].coords,h=Eo(c,o),f=Eo(l,a),u=new Float32Array(s);for(let p=0;p<s;p++)u[p]=t[p*r+f];let d=p=>i[p].label||(p===0?"x":"y");return[{label:`${d(0)} at ${d(1)} = ${tt(c[h])}`,axis:0,coords:l,values:t.subarray(h*r,(h+1)*r)},{label:`${d(1)} at ${d(0)} = ${tt(l[f])}`,axis:1,coords:c,values:u}]}function Fm(n,e,t){let i=n.header.metrics.indexOf(e);return i>=0?i:t>=0&&t<n.metricCount?t:-1}function qh(n,e,t){let i=n.length;if(i===0)return{x:NaN,value:NaN};let r=wn(n,t);if(r<-.5||r>i-.5)return{x:NaN,value:NaN};let s=Math.min(i-1,Math.max(0,Math.round(r)));return{x:n[s],value:e[s]}}function Om(n,e,t){let i=n.length;if(i===0||!(t>=n[0]&&t<=n[i-1]))return NaN;if(i===1)return e[0];let r=wn(n,t),s=Math.min(i-2,Math.max(0,Math.floor(r))),a=r-s;return e[s]+a*(e[s+1]-e[s])}function Lr(n){if(!n)return[];let e=[];for(let t=0;t<n.x.length;t++){let i=n.x[t],r=n.y?n.y[t]:0;!Number.isFinite(i)||!Number.isFinite(r)||e.push({step:n.steps[t],x:i,y:r,planeLoss:n.plane_loss?n.plane_loss[t]:NaN,trueLoss:n.true_loss?n.true_loss[t]:NaN,residual:n.residual?n.residual[t]:NaN})}return e}function Nr(n,e){let t=e<=1?1:n/(e-1);return vo(Tm(.25+.75*t))}function To(n,e,t,i){let r=-1,s=i*i;for(let a=0;a<n.length;a++){let o=n[a][0]-e,l=n[a][1]-t,c=o*o+l*l;c<=s&&(r=a,s=c)}return r}var x_=.02;function Dr(n,e,t,i=x_){if(n.length<2)return null;let r=u=>u.length>1?u[u.length-1]-u[0]:NaN,s=r(e),a=t?r(t):1;if(!(s>0&&Number.isFinite(s)&&a>0&&Number.isFinite(a)))return null;let o=1/0,l=-1/0,c=1/0,h=-1/0;for(let u of n)o=Math.min(o,u.x),l=Math.max(l,u.x),c=Math.min(c,u.y),h=Math.max(h,u.y);let f=Math.max((l-o)/s,t?(h-c)/a:0);return{count:n.length,fraction:f,tiny:f<i}}function ks(n){if(!(n>=.001))return"<0.1%";let e=n*100;return`${e<10?Number(e.toFixed(1)):Math.round(e)}%`}function Um(n,e){return re("span",{class:e?"tbl-swatch tbl-hatched":"tbl-swatch",style:`background-color: ${St(n)}`})}function Fr(n,e){let t=re("div",{class:"tbl-legend","data-testid":"legend"}),i=e.series??[];i.length>1&&i.forEach(({label:o,color:l},c)=>{t.append(re("span",{class:"tbl-legend-entry","data-kind":"series","data-index":c},[re("span",{class:"tbl-series-swatch",style:`border-top-color: ${l}`}),o]))});let r=[[Yi,n.nan,"NaN"],[Ki,n.posInf,"+inf"],[Zi,n.negInf,"-inf"]];for(let[o,l,c]of r)l>0&&t.append(re("span",{class:"tbl-legend-entry","data-kind":c},[Um(o,e.hatched),`${c}: ${l} point${l===1?"":"s"} (${e.note})`]));let s=e.clip;if(s){let o=s.range??"colour range";for(let[l,c,h,f]of[[s.above,"above",s.high,"▲"],[s.below,"below",s.low,"▼"]])l>0&&t.append(re("span",{class:"tbl-legend-entry","data-kind":c,"data-count":l},[...h?[Um(h,!1)]:[],`${f} ${hd(l,c,o)}`]))}if(e.center){let o=e.center.mark==="cross"?re("span",{class:"tbl-center-mark"},["+"]):re("span",{class:"tbl-center-dash",style:`border-top-color: ${Ao}`});t.append(re("span",{class:"tbl-legend-entry","data-kind":"center"},[o,e.center.text]))}let a=e.path;if(a&&a.count>0){let o=a.count===1?`step ${a.last}`:`${a.count} steps, ${a.first} → ${a.last}`;t.append(re("span",{class:"tbl-legend-entry","data-kind":"path","data-tiny":a.tiny?"true":null},[re("span",{class:"tbl-path-swatch",style:`background-image: linear-gradient(to right, ${St(a.early)}, ${St(a.late)})`}),a.tiny??`optimizer path (${o}, light = early)`,re("span",{class:"tbl-ring-mark",style:`background-color: ${St(a.late)}`}),`current step ${a.last}`]))}return t}var Kh=3.5,Co=6,Yh="rgba(0, 0, 0, 0.75)";function zs(n){return Array.from({length:n},(e,t)=>Nr(t,n))}function Bm(n,e,t,i=-1){let r=e.length;if(r===0)return;if(n.save(),n.lineJoin="round",n.lineCap="round",r>1){n.beginPath(),e.forEach(([o,l],c)=>c===0?n.moveTo(o,l):n.lineTo(o,l)),n.strokeStyle=Yh,n.lineWidth=4,n.stroke(),n.lineWidth=2;for(let o=1;o<r;o++)n.beginPath(),n.moveTo(e[o-1][0],e[o-1][1]),n.lineTo(e[o][0],e[o][1]),n.strokeStyle=St(t[o]),n.stroke()}for(let o=0;o<r-1;o++){let[l,c]=e[o];n.beginPath(),n.arc(l,c,Kh,0,2*Math.PI),n.fillStyle=St(t[o]),n.fill(),n.strokeStyle=Yh,n.lineWidth=1,n.stroke()}let[s,a]=e[r-1];if(n.beginPath(),n.arc(s,a,Co,0,2*Math.PI),n.fillStyle=St(t[r-1]),n.fill(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.beginPath(),n.arc(s,a,Co+1.5,0,2*Math.PI),n.strokeStyle=Yh,n.lineWidth=1,n.stroke(),i>=0&&i<r){let[o,l]=e[i];n.beginPath(),n.arc(o,l,(i===r-1?Co:Kh)+4,0,2*Math.PI),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke()}n.restore()}function km(n,e,t=[]){let i=Fe("g",{class:"tbl-path","data-testid":"path-overlay","data-points":n.length}),r=n.length;return r===0||(r>1&&i.append(Fe("polyline",{class:"tbl-path-line",points:n.map(([s,a])=>`${s.toFixed(2)},${a.toFixed(2)}`).join(" ")})),n.forEach(([s,a],o)=>{let l=o===r-1;i.append(Fe("circle",{class:l?"tbl-path-point tbl-path-current":"tbl-path-point",cx:s.toFixed(2),cy:a.toFixed(2),r:l?Co:Kh,fill:St(e[o]),"data-step":t[o]}))})),i}function Ro(n,e,t,i=null){let r=e===2?`(${tt(n.x)}, ${tt(n.y)})`:`x = ${tt(n.x)}`,s=i?.tiny?` · the path barely moves ${e===2?"in this plane":"along this line"} (within ${ks(i.fraction)} of its span)`:"";return`path, step ${n.step}${t?" (current)":""} at ${r}: on-plane loss = ${tt(n.planeLoss)}, true loss = ${tt(n.trueLoss)}, projection residual = ${tt(n.residual)}${s}`}function Or(n,e,t=""){if(!n||!n.tiny)return null;let i=e===2?"plane":"line",r=e===2?"in this plane":"along this line",s=e===2&&!/pca/i.test(t)?"; try the PCA tag":"";return`path: ${`${n.count} step${n.count===1?"":"s"}`}, within ${ks(n.fraction)} of the ${i}'s span — the path barely moves ${r}${s}`}var jt={top:14,right:16,bottom:44,left:64},y_=.55,__=8,v_=24,Po=Mo(.9),Io=Mo(.1),M_=0,Lo=class{constructor(){this.element=re("div",{class:"tbl-curve"});this.svg=Fe("svg",{"data-testid":"curve",class:"tbl-curve-svg"});this.readout=re("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=re("div");this.clipId=`tbl-curve-clip-${++M_}`;this.hoverGroup=Fe("g");this.cleanups=[];this.frame=null;this.metric=0;this.panels=[];this.xLabel="x";this.px=e=>e;this.ix=e=>e;this.drawable=Number.isFinite;this.path=[];this.spread=null;this.pathPixels=[];this.element.append(this.svg,this.readout,this.legendSlot);let e=i=>this.onHover(i),t=()=>this.clearHover();this.svg.addEventListener("mousemove",e),this.svg.addEventListener("mouseleave",t),this.cleanups.push(()=>this.svg.removeEventListener("mousemove",e),()=>this.svg.removeEventListener("mouseleave",t)),this.element.dataset.series="0",this.element.dataset.panels="0",this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();this.frame=e,this.metric=t.metric;let r=e.header,s=t.scale==="log",a=!!t.allMetrics&&r.metrics.length>1,o=a?r.metrics.map((Q,ce)=>ce):[t.metric],l=t.palette==="diverging",c=t.overlays??[],h=c.some(Q=>Q.frame.header.run!==r.run),f=c.length?h?`${r.run}, step ${r.step}`:`step ${r.step}`:"",u=new Map,d=o.map(Q=>{let ce=r.metrics[Q],X=[],ie=0,oe=(ne,Se,He)=>{let we=Dm(a?ie:X.length);X.push({label:ne,coords:Se.coords,values:Se.values,color:we,signed:l&&He}),u.has(ie)||u.set(ie,{label:ne,color:we}),ie++},pe=Xh(e,Q);for(let ne of pe)oe(f?r.dims===1?f:`${f}: ${ne.label}`:ne.label,ne,!0);for(let ne of c){let Se=Fm(ne.frame,ce,a&&Q!==t.metric?-1:t.metric);if(Se<0){ie+=ne.frame.header.dims===1?1:2;continue}for(let He of Xh(ne.frame,Se))oe(ne.frame.header.dims===1?ne.label:`${ne.label}: ${He.label}`,He,!1)}return{m:Q,name:ce,series:X,main:pe}});this.drawable=s?Q=>Number.isFinite(Q)&&Q>0:Number.isFinite;let p=1/0,x=-1/0,m=d.map(({m:Q,series:ce})=>{let X=1/0,ie=-1/0;for(let oe of ce){let pe=oe.coords.length;if(pe!==0){p=Math.min(p,oe.coords[0]),x=Math.max(x,oe.coords[pe-1]);for(let ne=0;ne<oe.values.length;ne++){let Se=oe.values[ne];this.drawable(Se)&&(Se<X&&(X=Se),Se>ie&&(ie=Se))}}}return gm(X<=ie?[X,ie]:null,Q===t.metric?t.domain:null,t.scale)}),g=p<x?[p,x]:Number.isFinite(p)?[p-1,p+1]:[-1,1],_=t.fit?t.fit.width-jt.left-jt.right:t.maxSide,E=Im(d.length,_,jt,y_,v_,t.fit?.height),v=E.plots[0].width,A=Q=>jt.left+(Q-g[0])/(g[1]-g[0])*v,w=Q=>g[0]+(Q-jt.left)/v*(g[1]-g[0]);this.px=A,this.ix=w,this.svg.setAttribute("width",String(E.width)),this.svg.setAttribute("height",String(E.height));let b=d.map((Q,ce)=>{let X=E.plots[ce],ie=m[ce],oe=X.height,pe=s?Math.log10(ie[0]):0,ne=s?Math.log10(ie[1]):0,Se=s?He=>X.top+(ne-Math.log10(He))/(ne-pe)*oe:He=>X.top+(ie[1]-He)/(ie[1]-ie[0])*oe;return{name:Q.name,series:Q.series,main:Q.main,plot:X,py:Se,clipId:ce===0?this.clipId:`${this.clipId}-${ce}`}});this.panels=b;let[S,D]=r.axes;this.xLabel=r.dims===1?S.label||"x":`${S.label||"x"} / ${D.label||"y"}`;let C=r.dims===1?Wn(S,r.method):Wn({label:this.xLabel,unit:S.unit===D.unit?S.unit:"",explained_variance:null},r.method),P=Fn(g,Math.max(2,Math.round(v/70))).map(Q=>({pos:A(Q.value)-jt.left,label:Q.label})),I=d.findIndex(Q=>Q.name==="loss"),O=a?I>=0?I:Math.max(0,d.findIndex(Q=>Q.m===t.metric)):0,R=Fe("defs"),N=[R],G={nan:0,posInf:0,negInf:0},B={below:0,above:0};this.path=[],this.pathPixels=[],b.forEach((Q,ce)=>{let{plot:X,py:ie,main:oe}=Q,pe=X.top,ne=X.height,Se=ce===b.length-1;R.append(Fe("clipPath",{id:Q.clipId},[Fe("rect",{x:jt.left,y:pe-1,width:v,height:ne+2})])),N.push(Fe("rect",{class:"tbl-frame",x:jt.left-.5,y:pe-.5,width:v+1,height:ne+1}));let He=[...new Set(r.center.slice(0,oe.length))];for(let xe of He)Number.isFinite(xe)&&xe>=g[0]&&xe<=g[1]&&N.push(Fe("line",{class:"tbl-center-line",x1:A(xe),x2:A(xe),y1:pe,y2:pe+ne,style:`stroke: ${Ao}`}));let we=NaN;if(l&&!s){let xe=m[ce];we=Math.min(pe+ne,Math.max(pe,ie(0))),xe[0]<0&&xe[1]>0&&N.push(Fe("line",{class:"tbl-zero-line",x1:jt.left,x2:jt.left+v,y1:ie(0),y2:ie(0)})),R.append(Fe("clipPath",{id:`${Q.clipId}-above`},[Fe("rect",{x:jt.left,y:pe-1,width:v,height:Math.max(0,we-pe+1)})]),Fe("clipPath",{id:`${Q.clipId}-below`},[Fe("rect",{x:jt.left,y:we,width:v,height:Math.max(0,pe+ne+1-we)})]))}let Ye=Fe("g",{"clip-path":`url(#${Q.clipId})`});Q.series.forEach((xe,qe)=>{let Ne="",Ke=[];for(let[lt,gt]of S_(xe.values,this.drawable)){if(gt-lt===1){let bt=xe.signed?xe.values[lt]>=0?Po:Io:xe.color;Ke.push(Fe("circle",{class:"tbl-curve-series-dot",cx:A(xe.coords[lt]),cy:ie(xe.values[lt]),r:2.5,style:`fill: ${bt}`}));continue}for(let bt=lt;bt<gt;bt++)Ne+=`${bt===lt?"M":"L"}${A(xe.coords[bt]).toFixed(2)},${ie(xe.values[bt]).toFixed(2)}`}let ze=qe===0?"tbl-curve-line tbl-curve-series":"tbl-curve-series";xe.signed&&Number.isFinite(we)?Ye.append(Fe("g",{"clip-path":`url(#${Q.clipId}-above)`},[Fe("path",{class:ze,"data-series":qe,d:Ne,style:`stroke: ${Po}`})]),Fe("g",{"clip-path":`url(#${Q.clipId}-below)`},[Fe("path",{class:"tbl-curve-series",d:Ne,style:`stroke: ${Io}`})]),...Ke):Ye.append(Fe("path",{class:ze,"data-series":qe,d:Ne,style:`stroke: ${xe.color}`}),...Ke)}),N.push(Ye);for(let xe of oe){let qe=yr(xe.values);G.nan+=qe.nan,G.posInf+=qe.posInf,G.negInf+=qe.negInf;for(let Ne=0;Ne<xe.values.length;Ne++){let Ke=xe.values[Ne];if(Number.isFinite(Ke))continue;let ze=Ke!==Ke?Yi:Ke>0?Ki:Zi;N.push(Fe("rect",{class:"tbl-nonfinite-mark",x:A(xe.coords[Ne])-2,y:pe,width:4,height:8,fill:St(ze)}))}}if(t.domain&&d[ce].m===t.metric)for(let xe of oe){let qe=di(xe.values,m[ce]);B={below:B.below+qe.below,above:B.above+qe.above}}if(ce===O&&t.path&&r.dims===1&&r.trajectory){let xe=Lr(r.trajectory),qe=zs(xe.length),Ne=oe[0],Ke=[];xe.forEach((lt,gt)=>{let bt=Number.isFinite(lt.planeLoss)?lt.planeLoss:Om(Ne.coords,Ne.values,lt.x);this.drawable(bt)&&(Ke.push(gt),this.path.push(lt),this.pathPixels.push([A(lt.x),ie(bt)]))});let ze=km(this.pathPixels,Ke.map(lt=>qe[lt]),this.path.map(lt=>lt.step));ze.setAttribute("clip-path",`url(#${Q.clipId})`),N.push(ze)}let Je=Pr(m[ce],t.scale,Math.max(2,Math.round(ne/50))).map(xe=>({pos:ie(xe.value)-pe,label:xe.label}));N.push(xi({side:"bottom",x:jt.left,y:pe+ne+.5,length:v,ticks:Se?P:P.map(xe=>({...xe,label:""})),title:Se?C:void 0,titleOffset:36}),xi({side:"left",x:jt.left-.5,y:pe,length:ne,ticks:Je,title:Q.name+(s?" (log)":""),titleOffset:52}))}),this.hoverGroup=Fe("g",{class:"tbl-curve-hover",visibility:"hidden"}),N.push(this.hoverGroup),this.svg.replaceChildren(...N);let Z=this.path.length,k=zs(Z);this.spread=Dr(this.path,r.axes[0].coords,null);let $=b[0].main.length,K=l&&b[0].series.length===1?[{label:"above 0",color:Po},{label:"below 0",color:Io}]:a?[...u.entries()].sort((Q,ce)=>Q[0]-ce[0]).map(([,Q])=>Q):b[0].series.map(Q=>({label:Q.label,color:Q.color}));this.legendSlot.replaceChildren(Fr(G,{hatched:!1,note:"line broken",center:{text:`centre (${r.center.slice(0,$).map(tt).join(", ")})`,mark:"line"},series:K,clip:t.domain?{...B,range:"y range"}:null,path:Z>0?{count:Z,first:this.path[0].step,last:this.path[Z-1].step,early:k[0],late:k[Z-1],tiny:Or(this.spread,1)}:null})),this.readout.textContent=" ",this.element.dataset.series=String(b.reduce((Q,ce)=>Q+ce.series.length,0)),this.element.dataset.panels=String(b.length),this.element.dataset.pathPoints=String(Z),this.element.dataset.pathSpread=this.spread?String(this.spread.fraction):"",this.element.dataset.scale=t.scale,this.element.dataset.drawMs=(performance.now()-i).toFixed(1)}clearHover(){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=" "}onHover(e){let t=this.frame,i=this.panels,r=i[0]?.series[0];if(!t||!r)return;let s=this.svg.getBoundingClientRect(),a=e.clientX-s.left,o=e.clientY-s.top;if(Lm(i.map(x=>x.plot),a,o)<0){this.clearHover();return}let l=To(this.pathPixels,a,o,__);if(l>=0){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=Ro(this.path[l],1,l===this.path.length-1,this.spread);return}let c=this.ix(a),h=qh(r.coords,r.values,c),f=Number.isFinite(h.x)?h.x:c,u=[],d=[],p=this.px(f);for(let x of i){let m=[];for(let g of x.series){let{x:_,value:E}=qh(g.coords,g.values,f);if(!Number.isFinite(_))continue;m.push(`${g.label} = ${tt(E)}${_!==f?` (at ${tt(_)})`:""}`);let v=g.signed?E>=0?Po:Io:g.color;this.drawable(E)&&d.push(Fe("circle",{cx:this.px(_),cy:x.py(E),r:3.5,style:`fill: ${v}`}))}if(d.push(Fe("line",{x1:p,x2:p,y1:x.plot.top,y2:x.plot.top+x.plot.height})),i.length===1&&t.header.dims===1&&t.metricCount>1&&Number.isFinite(h.x)){let g=Eo(r.coords,h.x);t.header.metrics.forEach((_,E)=>{E!==this.metric&&m.push(`${_} = ${tt(t.values[E*t.nx+g])}`)})}i.length===1?u.push(m.join(", ")):m.length===1&&x.series[0].label===x.name?u.push(m[0]):m.length&&u.push(`${x.name}: ${m.join(", ")}`)}this.readout.textContent=`${this.xLabel} = ${tt(f)}: ${u.join("; ")}`,d.sort((x,m)=>(x.tagName==="line"?0:1)-(m.tagName==="line"?0:1)),this.hoverGroup.replaceChildren(...d),this.hoverGroup.setAttribute("visibility","visible")}toPng(){return this.hoverGroup.setAttribute("visibility","hidden"),mr(this.element,e=>e===this.readout)}resetView(){}dispose(){for(let e of this.cleanups.splice(0))e();this.frame=null,this.panels=[]}};function S_(n,e){if(e===Number.isFinite)return np(n);let t=[],i=-1;for(let r=0;r<=n.length;r++){let s=r<n.length&&e(n[r]);s&&i<0&&(i=r),!s&&i>=0&&(t.push([i,r]),i=-1)}return t}var w_=Array.prototype,A_=w_.slice;function E_(n,e){return n-e}function T_(n){for(var e=0,t=n.length,i=n[t-1][1]*n[0][0]-n[t-1][0]*n[0][1];++e<t;)i+=n[e-1][1]*n[e][0]-n[e-1][0]*n[e][1];return i}var zm=n=>()=>n;function C_(n,e){for(var t=-1,i=e.length,r;++t<i;)if(r=R_(n,e[t]))return r;return 0}function R_(n,e){for(var t=e[0],i=e[1],r=-1,s=0,a=n.length,o=a-1;s<a;o=s++){var l=n[s],c=l[0],h=l[1],f=n[o],u=f[0],d=f[1];if(P_(l,f,e))return 0;h>i!=d>i&&t<(u-c)*(i-h)/(d-h)+c&&(r=-r)}return r}function P_(n,e,t){var i;return I_(n,e,t)&&L_(n[i=+(n[0]===e[0])],t[i],e[i])}function I_(n,e,t){return(e[0]-n[0])*(t[1]-n[1])===(t[0]-n[0])*(e[1]-n[1])}function L_(n,e,t){return n<=e&&e<=t||t<=e&&e<=n}function N_(){}var Zn=[[],[[[1,1.5],[.5,1]]],[[[1.5,1],[1,1.5]]],[[[1.5,1],[.5,1]]],[[[1,.5],[1.5,1]]],[[[1,1.5],[.5,1]],[[1,.5],[1.5,1]]],[[[1,.5],[1,1.5]]],[[[1,.5],[.5,1]]],[[[.5,1],[1,.5]]],[[[1,1.5],[1,.5]]],[[[.5,1],[1,.5]],[[1.5,1],[1,1.5]]],[[[1.5,1],[1,.5]]],[[[.5,1],[1.5,1]]],[[[1,1.5],[1.5,1]]],[[[.5,1],[1,1.5]]],[]];function No(){var n=1,e=1,t=pp,i=l;function r(c){var h=t(c);if(Array.isArray(h))h=h.slice().sort(E_);else{let f=up(c,D_);for(h=to(...dp(f[0],f[1],h),h);h[h.length-1]>=f[1];)h.pop();for(;h[1]<f[0];)h.shift()}return h.map(f=>s(c,f))}function s(c,h){let f=h==null?NaN:+h;if(isNaN(f))throw new Error(`invalid value: ${h}`);var u=[],d=[];return a(c,f,function(p){i(p,c,f),T_(p)>0?u.push([p]):d.push(p)}),d.forEach(function(p){for(var x=0,m=u.length,g;x<m;++x)if(C_((g=u[x])[0],p)!==-1){g.push(p);return}}),{type:"MultiPolygon",value:h,coordinates:u}}function a(c,h,f){var u=new Array,d=new Array,p,x,m,g,_,E;for(p=x=-1,g=Ji(c[0],h),Zn[g<<1].forEach(v);++p<n-1;)m=g,g=Ji(c[p+1],h),Zn[m|g<<1].forEach(v);for(Zn[g<<0].forEach(v);++x<e-1;){for(p=-1,g=Ji(c[x*n+n],h),_=Ji(c[x*n],h),Zn[g<<1|_<<2].forEach(v);++p<n-1;)m=g,g=Ji(c[x*n+n+p+1],h),E=_,_=Ji(c[x*n+p+1],h),Zn[m|g<<1|_<<2|E<<3].forEach(v);Zn[g|_<<3].forEach(v)}for(p=-1,_=c[x*n]>=h,Zn[_<<2].forEach(v);++p<n-1;)E=_,_=Ji(c[x*n+p+1],h),Zn[_<<2|E<<3].forEach(v);Zn[_<<3].forEach(v);function v(A){var w=[A[0][0]+p,A[0][1]+x],b=[A[1][0]+p,A[1][1]+x],S=o(w),D=o(b),C,P;(C=d[S])?(P=u[D])?(delete d[C.end],delete u[P.start],C===P?(C.ring.push(b),f(C.ring)):u[C.start]=d[P.end]={start:C.start,end:P.end,ring:C.ring.concat(P.ring)}):(delete d[C.end],C.ring.push(b),d[C.end=D]=C):(C=u[D])?(P=d[S])?(delete u[C.start],delete d[P.end],C===P?(C.ring.push(b),f(C.ring)):u[P.start]=d[C.end]={start:P.start,end:C.end,ring:P.ring.concat(C.ring)}):(delete u[C.start],C.ring.unshift(w),u[C.start=S]=C):u[S]=d[D]={start:S,end:D,ring:[w,b]}}}function o(c){return c[0]*2+c[1]*(n+1)*4}function l(c,h,f){c.forEach(function(u){var d=u[0],p=u[1],x=d|0,m=p|0,g=Zh(h[m*n+x]);d>0&&d<n&&x===d&&(u[0]=Vm(d,Zh(h[m*n+x-1]),g,f)),p>0&&p<e&&m===p&&(u[1]=Vm(p,Zh(h[(m-1)*n+x]),g,f))})}return r.contour=s,r.size=function(c){if(!arguments.length)return[n,e];var h=Math.floor(c[0]),f=Math.floor(c[1]);if(!(h>=0&&f>=0))throw new Error("invalid size");return n=h,e=f,r},r.thresholds=function(c){return arguments.length?(t=typeof c=="function"?c:Array.isArray(c)?zm(A_.call(c)):zm(c),r):t},r.smooth=function(c){return arguments.length?(i=c?l:N_,r):i===l},r}function D_(n){return isFinite(n)?n:NaN}function Ji(n,e){return n==null?!1:+n>=e}function Zh(n){return n==null||isNaN(n=+n)?-1/0:n}function Vm(n,e,t,i){let r=i-e,s=t-e,a=isFinite(r)||isFinite(s)?r/s:Math.sign(r)/Math.sign(s);return isNaN(a)?n:n+a-.5}function Do(n,e,t,i){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2||i.length===0)return i.map(o=>({value:o,lines:[]}));let r=jh(n,e,t),s=No().size([e,t]).smooth(!0),a=n;return i.map(o=>({value:o,lines:Jh(s.contour(a,o).coordinates,e,r)}))}function Jh(n,e,t,i=0){let r=[];for(let s of n)for(let a of s)F_(a,e,t,r,.5+i);return r}function jh(n,e,t){let i=new Uint8Array(e*t);for(let s=0;s<i.length;s++)i[s]=Number.isFinite(n[s])?1:0;let r=new Uint8Array((e-1)*(t-1));for(let s=0;s<t-1;s++)for(let a=0;a<e-1;a++){let o=s*e+a;r[s*(e-1)+a]=i[o]&i[o+1]&i[o+e]&i[o+e+1]}return r}function F_(n,e,t,i,r=.5){let s=t.length/(e-1),a=n.length;if(a>1&&n[0][0]===n[a-1][0]&&n[0][1]===n[a-1][1]&&a--,a<2)return;let o=new Array(a);for(let d=0;d<a;d++)o[d]=[n[d][0]-r,n[d][1]-r];let l=(d,p)=>d>=0&&p>=0&&d<e-1&&p<s&&t[p*(e-1)+d]===1,c=(d,p)=>{let x=(d[0]+p[0])/2,m=(d[1]+p[1])/2,g=Math.floor(x),_=Math.floor(m);return!(!l(g,_)||x===g&&!l(g-1,_)||m===_&&!l(g,_-1))},h=[],f=null,u=!0;for(let d=0;d<a;d++){let p=o[d],x=o[(d+1)%a];c(p,x)?(f||(f=[p],h.push(f)),f.push(x)):(u=!1,f=null)}if(!u&&h.length>1){let d=h[0],p=h[h.length-1];d[0]===o[0]&&p[p.length-1]===o[0]&&(h.pop(),h[0]=p.concat(d.slice(1)))}for(let d of h)i.push(d)}function O_(n,e,t){let i=Float64Array.from(n),r=e*t,s=[];for(let o=0;o<r;o++)Number.isFinite(i[o])||s.push(o);if(s.length===r)return i.fill(0);let a=new Uint8Array(r);for(let o=0;o<r;o++)a[o]=Number.isFinite(i[o])?1:0;for(;s.length>0;){let o=[],l=[];for(let c of s){let h=c%e,f=(c-h)/e,u=0,d=0;h>0&&a[c-1]&&(u+=i[c-1],d++),h<e-1&&a[c+1]&&(u+=i[c+1],d++),f>0&&a[c-e]&&(u+=i[c-e],d++),f<t-1&&a[c+e]&&(u+=i[c+e],d++),d>0?l.push([c,u/d]):o.push(c)}for(let[c,h]of l)i[c]=h,a[c]=1;s=o}return i}function Gm(n,e,t,i){let r=[e[0],...n,e[1]],s=l=>(i(r[l])+i(r[l+1]))/2,a=[],o=s(0);return t.below>0&&(o=0,a.push({value:e[0],t:s(0)})),n.forEach((l,c)=>a.push({value:l,t:s(c+1)})),t.above>0&&a.push({value:e[1],t:1}),{base:o,layers:a}}function Hm(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2)return{regions:i.map(x=>({value:x,polygons:[]})),lines:r.map(x=>({value:x,lines:[]}))};let s=O_(n,e,t),a=e+2,o=t+2,l=new Float64Array(a*o);for(let x=0;x<o;x++){let m=Math.min(Math.max(x-1,0),t-1);for(let g=0;g<a;g++)l[x*a+g]=s[m*e+Math.min(Math.max(g-1,0),e-1)]}let c=jh(n,e,t),h=No().size([a,o]).smooth(!0),f=new Map,u=x=>{let m=f.get(x);return m||(m=h.contour(l,x).coordinates,f.set(x,m)),m},d=r.map(x=>({value:x,lines:Jh(u(x),e,c,1)}));return{regions:i.map(x=>({value:x,polygons:u(x).map(m=>m.map(g=>g.map(([_,E])=>[_-1.5,E-1.5])))})),lines:d}}function Qh(n,e){return{u0:-.5,u1:n-.5,v0:-.5,v1:e-.5}}function $m(n,e){let t=1e-9*Math.max(1,e.u1-e.u0,e.v1-e.v0);return Math.abs(n.u0-e.u0)<t&&Math.abs(n.u1-e.u1)<t&&Math.abs(n.v0-e.v0)<t&&Math.abs(n.v1-e.v1)<t}function Wm(n,e,t,i){let r=Math.min(e-n,i-t);return n<t&&(n=t),n+r>i&&(n=i-r),[n,n+r]}function Xm(n,e){let[t,i]=Wm(n.u0,n.u1,e.u0,e.u1),[r,s]=Wm(n.v0,n.v1,e.v0,e.v1);return{u0:t,u1:i,v0:r,v1:s}}function Fo(n,e,t,i,r,s=2){if(!(r>0)||!Number.isFinite(r))return n;let a=n.u1-n.u0,o=n.v1-n.v0,l=e.u1-e.u0,c=e.v1-e.v0,h=1/r,f=Math.max(Math.min(s,l)/a,Math.min(s,c)/o),u=Math.min(l/a,c/o);h=Math.min(Math.max(h,Math.min(f,1)),Math.max(u,1));let d=t-(t-n.u0)*h,p=i-(i-n.v0)*h;return Xm({u0:d,u1:d+a*h,v0:p,v1:p+o*h},e)}function Ur(n,e,t,i){return Xm({u0:n.u0+t,u1:n.u1+t,v0:n.v0+i,v1:n.v1+i},e)}function qm(n,e,t){let i=e/(n.u1-n.u0),r=-t/(n.v1-n.v0);return[i,0,0,r,-i*n.u0,-r*n.v1]}function Vs(n,e,t,i,r){return[(i-n.u0)/(n.u1-n.u0)*e,(n.v1-r)/(n.v1-n.v0)*t]}function eu(n,e,t,i,r){return[n.u0+i/e*(n.u1-n.u0),n.v1-r/t*(n.v1-n.v0)]}function tu(n,e){if(n.length!==e.length)return!1;for(let t=0;t<n.length;t++)if(n[t]!==e[t]&&!(n[t]!==n[t]&&e[t]!==e[t]))return!1;return!0}var Lt={top:26,right:8,bottom:44,left:64},U_=78;function B_(n,e){return{width:n.width-Lt.left-Lt.right-(e?U_:0),height:n.height-Lt.top-Lt.bottom}}var k_=10,z_=8,V_=.002,Ym=1.25,Km=.1,nu=2,Jm=`
.tbl-plot:focus { outline: none; }
.tbl-plot:focus-visible { outline: 2px solid var(--tbl-accent); outline-offset: 2px; }
.tbl-plot.tbl-grabbing { cursor: grabbing; }
.tbl-path-overlay { position: absolute; display: block; pointer-events: none; }
.tbl-clip-mark { stroke: var(--tbl-muted); stroke-width: 1; stroke-linejoin: round; }
.tbl-path-swatch { display: inline-block; width: 28px; height: 6px; border-radius: 3px; border: 1px solid rgba(0, 0, 0, 0.5); }
.tbl-ring-mark { display: inline-block; width: 8px; height: 8px; border-radius: 50%; border: 2px solid #ffffff; box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.75); margin-left: 6px; }
.tbl-series-swatch { display: inline-block; width: 18px; border-top: 2px solid; }
.tbl-curve-series { fill: none; stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
.tbl-curve-series-dot { stroke: none; }
.tbl-curve-hover line { stroke: var(--tbl-muted); stroke-dasharray: 3 3; }
.tbl-curve-hover circle { stroke: var(--tbl-bg); stroke-width: 1.5; }
.tbl-path-line { fill: none; stroke: rgba(0, 0, 0, 0.55); stroke-width: 1.5; }
.tbl-path-point { stroke: rgba(0, 0, 0, 0.75); stroke-width: 1; }
.tbl-path-current { stroke: #ffffff; stroke-width: 2; }
.tbl-curve-svg:focus { outline: none; }
`,Zm=new WeakMap,G_=1;function H_(n){let e=Zm.get(n);return e===void 0&&(e=G_++,Zm.set(n,e)),e}var Br=null;function W_(n){if(!Br){Br=document.createElement("canvas"),Br.width=Br.height=8;let e=Br.getContext("2d");if(!e)return null;e.strokeStyle="rgba(255, 255, 255, 0.9)",e.lineWidth=1.5,e.beginPath();for(let t of[-8,0,8])e.moveTo(t,8),e.lineTo(t+8,0);e.stroke()}return n.createPattern(Br,"repeat")}function $_(n){let e=new Path2D,t=0;for(let{lines:i}of n)for(let r of i){t++,e.moveTo(r[0][0],r[0][1]);for(let s=1;s<r.length;s++)e.lineTo(r[s][0],r[s][1])}return{path:e,count:t}}function X_(n){let e=new Path2D;for(let t of n)for(let i of t)if(!(i.length<3)){e.moveTo(i[0][0],i[0][1]);for(let r=1;r<i.length;r++)e.lineTo(i[r][0],i[r][1]);e.closePath()}return e}function iu(n,e,t,i){(n.width!==t||n.height!==i)&&(n.width=t,n.height=i);let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");r.putImageData(new ImageData(e,t,i),0,0)}var Oo=class{constructor(){this.element=re("div",{class:"tbl-heatmap"});this.figure=re("div",{class:"tbl-figure"});this.axes=Fe("svg",{class:"tbl-axes"});this.canvas=re("canvas",{"data-testid":"heatmap",class:"tbl-plot",tabindex:0,role:"img","aria-label":"loss landscape: scroll or + / - to zoom, drag or arrow keys to pan, double-click or 0 to reset"});this.overlay=re("canvas",{"data-testid":"path-overlay",class:"tbl-path-overlay"});this.colorbar=new yi;this.readout=re("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=re("div");this.image=document.createElement("canvas");this.mask=document.createElement("canvas");this.marked=document.createElement("canvas");this.hatchLayer=document.createElement("canvas");this.markedBuffer=null;this.cmapCache=null;this.frame=null;this.opts=null;this.content=null;this.width=0;this.height=0;this.grid=null;this.full=Qh(1,1);this.win=this.full;this.path=[];this.spread=null;this.pathRgb=[];this.pathPixels=[];this.hoverPath=-1;this.lastMouse=null;this.drag=null;this.endDrag=null;this.cleanups=[];this.figure.append(this.axes,this.canvas,this.overlay),this.element.append(re("div",{class:"tbl-row"},[this.figure,this.colorbar.element]),this.readout,this.legendSlot),this.overlay.style.pointerEvents="none",this.overlay.style.position="absolute",this.listen(this.canvas,"mousemove",e=>this.onHover(e)),this.listen(this.canvas,"mouseleave",()=>{this.lastMouse=null,this.readout.textContent=" ",this.setHoverPath(-1)}),this.listen(this.canvas,"mousedown",e=>this.onDragStart(e)),this.listen(this.canvas,"wheel",e=>this.onWheel(e),{passive:!1}),this.listen(this.canvas,"dblclick",e=>{e.preventDefault(),this.resetView()}),this.listen(this.canvas,"keydown",e=>this.onKey(e)),this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();if(e.header.dims!==2||e.header.axes.length<2)throw new Error("the heatmap draws 2D landscapes; use Curve for 1D");this.frame=e,this.opts=t;let{nx:r,ny:s}=e,[a,o]=e.header.axes,l=a.coords,c=o.coords,h=this.grid;(!h||h.nx!==r||h.ny!==s||!tu(h.xs,l)||!tu(h.ys,c))&&(this.grid={nx:r,ny:s,xs:l,ys:c},this.full=Qh(r,s),this.win=this.full);let f=a.unit===o.unit,u=t.fit?sp(mi(l),mi(c),f,B_(t.fit,t.colorbar),t.aspect):lm(mi(l),mi(c),f,t.maxSide);this.colorbar.element.hidden=!t.colorbar,this.width=u.width,this.height=u.height;let d=[H_(e),t.metric,t.scale,t.palette,t.style,t.domain?t.domain.join(","):"auto"].join("|");(!this.content||this.content.key!==d)&&(this.content=this.compute(e,t,d));let p=this.content;this.path=t.path?Lr(e.header.trajectory):[],this.spread=Dr(this.path,l,c),this.pathRgb=zs(this.path.length),this.hoverPath=-1;let x=Lt.left+this.width+Lt.right,m=Lt.top+this.height+Lt.bottom;this.figure.style.width=`${x}px`,this.figure.style.height=`${m}px`;for(let b of[this.canvas,this.overlay])b.style.left=`${Lt.left}px`,b.style.top=`${Lt.top}px`;this.axes.setAttribute("width",String(x)),this.axes.setAttribute("height",String(m));let _=e.header.metrics[t.metric]+(t.scale==="log"?" (log)":"");p.domain?this.colorbar.draw(p.cmap,this.height,_,{top:Lt.top,clip:p.clip}):this.colorbar.empty(_,"no finite values",{top:Lt.top});let[E,v]=e.header.center,A=this.path.length;this.legendSlot.replaceChildren(Fr(p.counts,{hatched:!0,note:t.style==="filled"?"not coloured, no bands":"not coloured, no contours",center:{text:`centre (${tt(E)}, ${tt(v)})`,mark:"cross"},clip:{...p.clip,low:p.cmap.colorAt(0),high:p.cmap.colorAt(1)},path:A>0?{count:A,first:this.path[0].step,last:this.path[A-1].step,early:this.pathRgb[0],late:this.pathRgb[A-1],tiny:Or(this.spread,2,e.header.method)}:null})),this.render(),this.refreshReadout();let w=this.element.dataset;w.levels=p.levels.join(" "),w.pathPoints=String(A),w.pathSpread=this.spread?String(this.spread.fraction):"",w.style=t.style,w.scale=t.scale,w.palette=t.palette,w.drawMs=(performance.now()-i).toFixed(1)}compute(e,t,i){let{nx:r,ny:s}=e,a=Ut(e,t.metric),o=Ir(a,t.domain,t.scale),l=o??[0,1],c=this.cmapCache,h=c&&c.domain[0]===l[0]&&c.domain[1]===l[1]&&c.scale===t.scale&&c.palette===t.palette?c:new bi(l,{scale:t.scale,palette:t.palette});this.cmapCache=h;let f=o?bo(o,t.scale,k_):[],u=o?di(a,o):{below:0,above:0},d=Rm(a,r,s,h,this.buffers);this.buffers={rgba:d.rgba,mask:d.mask},iu(this.image,d.rgba,r,s),d.nonFinite>0&&iu(this.mask,d.mask,r,s);let p=null,x;if(t.style==="filled"&&o){let _=Gm(f,o,u,A=>h.position(A)),{regions:E,lines:v}=Hm(a,r,s,_.layers.map(A=>A.value),f);if(p={base:St(h.colorAt(_.base)),layers:E.map((A,w)=>({path:X_(A.polygons),color:St(h.colorAt(_.layers[w].t))}))},x=v,d.nonFinite>0){let A=this.markedBuffer&&this.markedBuffer.length===d.rgba.length?this.markedBuffer:new Uint8ClampedArray(d.rgba.length);A.set(d.rgba);for(let w=3;w<A.length;w+=4)A[w]=d.mask[w];this.markedBuffer=A,iu(this.marked,A,r,s)}}else x=Do(a,r,s,f);let{path:m,count:g}=$_(x);return{key:i,nx:r,ny:s,domain:o,cmap:h,levels:f,lines:m,lineCount:g,bands:p,counts:yr(a),nonFinite:d.nonFinite,clip:u}}render(){let e=this.content,t=this.frame;if(!e||!t)return;let{width:i,height:r,win:s}=this,{nx:a,ny:o}=e,l=rh(this.canvas,i,r),c=new DOMMatrix(qm(s,i,r)),h=[s.u0+.5,o-.5-s.v1,s.u1-s.u0,s.v1-s.v0],f=Math.min(i/(s.u1-s.u0),r/(s.v1-s.v0));if(e.bands){l.fillStyle=e.bands.base,l.fillRect(0,0,i,r);for(let v of e.bands.layers){let A=new Path2D;A.addPath(v.path,c),l.fillStyle=v.color,l.fill(A,"evenodd")}e.nonFinite>0&&(l.imageSmoothingEnabled=!1,l.drawImage(this.marked,...h,0,0,i,r))}else l.imageSmoothingEnabled=f<1,l.drawImage(this.image,...h,0,0,i,r);if(e.nonFinite>0&&this.hatch(l,h),e.lineCount>0){let v=new Path2D;v.addPath(e.lines,c),l.save(),l.lineJoin="round",l.lineCap="round",e.bands?(l.strokeStyle="rgba(0, 0, 0, 0.3)",l.lineWidth=.75,l.stroke(v)):e.cmap.palette==="diverging"?(l.strokeStyle="rgba(0, 0, 0, 0.45)",l.lineWidth=1,l.stroke(v)):(l.strokeStyle="rgba(0, 0, 0, 0.35)",l.lineWidth=2.5,l.stroke(v),l.strokeStyle="rgba(255, 255, 255, 0.85)",l.lineWidth=1,l.stroke(v)),l.restore()}let[u,d]=t.header.axes,p=u.coords,x=d.coords,[m,g]=t.header.center,[_,E]=Vs(s,i,r,wn(p,m),wn(x,g));q_(l,_,E),this.pathPixels=this.path.map(v=>Vs(s,i,r,wn(p,v.x),wn(x,v.y))),this.paintOverlay(),this.renderAxes(),this.updateZoomDataset()}hatch(e,t){let i=this.hatchLayer;(i.width!==this.canvas.width||i.height!==this.canvas.height)&&(i.width=this.canvas.width,i.height=this.canvas.height);let r=i.getContext("2d");if(!r)return;r.globalCompositeOperation="source-over",r.clearRect(0,0,i.width,i.height),r.imageSmoothingEnabled=!1,r.drawImage(this.mask,...t,0,0,i.width,i.height);let s=W_(r);s&&(r.globalCompositeOperation="source-in",r.fillStyle=s,r.fillRect(0,0,i.width,i.height),r.globalCompositeOperation="source-over",e.drawImage(i,0,0,this.width,this.height))}paintOverlay(){this.overlay.hidden=this.pathPixels.length===0;let e=rh(this.overlay,this.width,this.height);Bm(e,this.pathPixels,this.pathRgb,this.hoverPath)}renderAxes(){let e=this.frame;if(!e)return;let{width:t,height:i,win:r}=this,[s,a]=e.header.axes,o=s.coords,l=a.coords,c=[tn(o,r.u0),tn(o,r.u1)],h=[tn(l,r.v0),tn(l,r.v1)],f=Fn(c,Math.max(2,Math.round(t/80))).map(p=>({pos:Vs(r,t,i,wn(o,p.value),0)[0],label:p.label})),u=Fn(h,Math.max(2,Math.round(i/60))).map(p=>({pos:Vs(r,t,i,0,wn(l,p.value))[1],label:p.label})),d=e.header.method;this.axes.replaceChildren(Fe("rect",{class:"tbl-frame",x:Lt.left-.5,y:Lt.top-.5,width:t+1,height:i+1}),xi({side:"bottom",x:Lt.left,y:Lt.top+i+.5,length:t,ticks:f,title:Wn(s,d),titleOffset:36}),xi({side:"left",x:Lt.left-.5,y:Lt.top,length:i,ticks:u,title:Wn(a,d),titleOffset:52}))}updateZoomDataset(){let e=this.grid;if(!e)return;let t=this.win;this.element.dataset.zoom=[tn(e.xs,t.u0),tn(e.xs,t.u1),tn(e.ys,t.v0),tn(e.ys,t.v1)].join(" "),this.element.dataset.zoomed=String(!$m(t,this.full))}setWindow(e){this.win=e,this.render(),this.refreshReadout()}listen(e,t,i,r){e.addEventListener(t,i,r),this.cleanups.push(()=>e.removeEventListener(t,i,r))}local(e){let t=this.canvas.getBoundingClientRect();return[e.clientX-t.left,e.clientY-t.top]}setHoverPath(e){e!==this.hoverPath&&(this.hoverPath=e,this.content&&this.paintOverlay())}onHover(e){this.drag||(this.lastMouse=this.local(e),this.refreshReadout())}refreshReadout(){let e=this.frame,t=this.content;if(!e||!t||!this.lastMouse){this.readout.textContent=" ";return}let[i,r]=this.lastMouse,s=To(this.pathPixels,i,r,z_);if(this.setHoverPath(s),s>=0){this.readout.textContent=Ro(this.path[s],2,s===this.path.length-1,this.spread);return}let{nx:a,ny:o}=t,[l,c]=eu(this.win,this.width,this.height,i,r),h=Math.min(a-1,Math.max(0,Math.round(l))),f=Math.min(o-1,Math.max(0,Math.round(c))),[u,d]=e.header.axes,p=e.header.metrics.map((x,m)=>`${x} = ${tt(e.values[(m*o+f)*a+h])}`).join(", ");this.readout.textContent=`${u.label||"x"} = ${tt(tn(u.coords,h))}, ${d.label||"y"} = ${tt(tn(d.coords,f))}: ${p}`}onWheel(e){if(!this.content)return;e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?400:1,i=Math.exp(-e.deltaY*t*V_),[r,s]=this.local(e),[a,o]=eu(this.win,this.width,this.height,r,s);this.lastMouse=[r,s],this.setWindow(Fo(this.win,this.full,a,o,i,nu))}onDragStart(e){if(e.button!==0||!this.content)return;let[t,i]=this.local(e);this.drag={x:t,y:i,win:this.win,moved:!1},this.canvas.classList.add("tbl-grabbing");let r=a=>{let o=this.drag;if(!o)return;let[l,c]=this.local(a);if(!o.moved&&Math.hypot(l-o.x,c-o.y)<3)return;o.moved=!0;let h=-((l-o.x)/this.width)*(o.win.u1-o.win.u0),f=(c-o.y)/this.height*(o.win.v1-o.win.v0);this.lastMouse=null,this.setWindow(Ur(o.win,this.full,h,f))},s=()=>{this.drag=null,this.endDrag=null,this.canvas.classList.remove("tbl-grabbing"),window.removeEventListener("mousemove",r),window.removeEventListener("mouseup",s)};this.endDrag?.(),window.addEventListener("mousemove",r),window.addEventListener("mouseup",s),this.endDrag=s}onKey(e){if(!this.content||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.win,i=(t.u0+t.u1)/2,r=(t.v0+t.v1)/2,s=(t.u1-t.u0)*Km,a=(t.v1-t.v0)*Km,o=null;switch(e.key){case"+":case"=":o=Fo(t,this.full,i,r,Ym,nu);break;case"-":case"_":o=Fo(t,this.full,i,r,1/Ym,nu);break;case"ArrowLeft":o=Ur(t,this.full,-s,0);break;case"ArrowRight":o=Ur(t,this.full,s,0);break;case"ArrowUp":o=Ur(t,this.full,0,a);break;case"ArrowDown":o=Ur(t,this.full,0,-a);break;case"0":o=this.full;break;default:return}e.preventDefault(),this.setWindow(o)}toPng(){return mr(this.element,e=>e===this.readout)}resetView(){this.win=this.full,this.content?this.setWindow(this.full):this.updateZoomDataset()}dispose(){for(let e of this.cleanups.splice(0))e();this.endDrag?.(),this.content=null,this.frame=null}};function q_(n,e,t){n.save(),n.lineCap="round",n.beginPath(),n.moveTo(e-7,t),n.lineTo(e+7,t),n.moveTo(e,t-7),n.lineTo(e,t+7),n.strokeStyle="rgba(0, 0, 0, 0.8)",n.lineWidth=4,n.stroke(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.restore()}var Ii={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Li={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},Lg=0,Du=1,Ng=2;var Sa=1,Dg=2,ds=3,Ni=0,Zt=1,yn=2,ar=0,ps=1,Fu=2,Ou=3,Uu=4,Fg=5;var or=100,Og=101,Ug=102,Bg=103,kg=104,zg=200,Vg=201,Gg=202,Hg=203,Bu=204,ku=205,Wg=206,$g=207,Xg=208,qg=209,Yg=210,Kg=211,Zg=212,Jg=213,jg=214,hl=0,ul=1,fl=2,es=3,dl=4,pl=5,ml=6,gl=7,Gl=0,Qg=1,e0=2,zn=0,zu=1,Vu=2,Gu=3,Hu=4,Wu=5,$u=6,Xu=7;var qu=300,lr=301,ms=302,Hl=303,Wl=304,bl=1e3,Un=1001,xl=1002,Dt=1003,t0=1004;var wa=1005;var qt=1006,$l=1007;var oi=1008;var Qt=1009,Yu=1010,Ku=1011,gs=1012,Xl=1013,Rn=1014,_n=1015,Pn=1016,ql=1017,Yl=1018,cr=1020,Zu=35902,Ju=35899,ju=1021,Qu=1022,In=1023,ii=1026,li=1027,Kl=1028,Zl=1029,Di=1030,Jl=1031;var jl=1033,Aa=33776,Ea=33777,Ta=33778,Ca=33779,Ql=35840,ec=35841,tc=35842,nc=35843,ic=36196,rc=37492,sc=37496,ac=37488,oc=37489,Ra=37490,lc=37491,cc=37808,hc=37809,uc=37810,fc=37811,dc=37812,pc=37813,mc=37814,gc=37815,bc=37816,xc=37817,yc=37818,_c=37819,vc=37820,Mc=37821,Sc=36492,wc=36494,Ac=36495,Ec=36283,Tc=36284,Pa=36285,Cc=36286;var js=2300,yl=2301,ll=2302,Au=2303,Eu=2400,Tu=2401,Cu=2402;var n0=3200;var Rc=0,i0=1,ci="",Ht="srgb",Qs="srgb-linear",ea="linear",at="srgb";var cl=7680;var r0=519,s0=512,a0=513,o0=514,ef=515,l0=516,c0=517,tf=518,nf=519,h0=35044,Fi=35048;var rf="300 es",gn=2e3,ts=2001;function Y_(n){for(let e=n.length-1;e>=0;--e)if(n[e]>=65535)return!0;return!1}function K_(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function ta(n){return document.createElementNS("http://www.w3.org/1999/xhtml",n)}function u0(){let n=ta("canvas");return n.style.display="block",n}var jm={},ns=null;function sf(...n){let e="THREE."+n.shift();ns?ns("log",e,...n):console.log(e,...n)}function f0(n){let e=n[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=n[1];t&&t.isStackTrace?n[0]+=" "+t.getLocation():n[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return n}function Ie(...n){n=f0(n);let e="THREE."+n.shift();if(ns)ns("warn",e,...n);else{let t=n[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...n)}}function Oe(...n){n=f0(n);let e="THREE."+n.shift();if(ns)ns("error",e,...n);else{let t=n[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...n)}}function Ks(...n){let e=n.join(" ");e in jm||(jm[e]=!0,Ie(...n))}function d0(n,e,t){return new Promise(function(i,r){function s(){switch(n.clientWaitSync(e,n.SYNC_FLUSH_COMMANDS_BIT,0)){case n.WAIT_FAILED:r();break;case n.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:i()}}setTimeout(s,t)})}var p0={[hl]:hl,[fl]:ml,[dl]:dl,[es]:pl,[ul]:ul,[ml]:fl,[gl]:gl,[pl]:es},Cn=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let i=this._listeners;i[e]===void 0&&(i[e]=[]),i[e].indexOf(t)===-1&&i[e].push(t)}hasEventListener(e,t){let i=this._listeners;return i===void 0?!1:i[e]!==void 0&&i[e].indexOf(t)!==-1}removeEventListener(e,t){let i=this._listeners;if(i===void 0)return;let r=i[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let i=t[e.type];if(i!==void 0){e.target=this;let r=i.slice(0);for(let s=0,a=r.length;s<a;s++)r[s].call(this,e);e.target=null}}},Vt=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],Qm=1234567,Zs=Math.PI/180,is=180/Math.PI;function bs(){let n=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,i=Math.random()*4294967295|0;return(Vt[n&255]+Vt[n>>8&255]+Vt[n>>16&255]+Vt[n>>24&255]+"-"+Vt[e&255]+Vt[e>>8&255]+"-"+Vt[e>>16&15|64]+Vt[e>>24&255]+"-"+Vt[t&63|128]+Vt[t>>8&255]+"-"+Vt[t>>16&255]+Vt[t>>24&255]+Vt[i&255]+Vt[i>>8&255]+Vt[i>>16&255]+Vt[i>>24&255]).toLowerCase()}function Ze(n,e,t){return Math.max(e,Math.min(t,n))}function af(n,e){return(n%e+e)%e}function Z_(n,e,t,i,r){return i+(n-e)*(r-i)/(t-e)}function J_(n,e,t){return n!==e?(t-n)/(e-n):0}function Js(n,e,t){return(1-t)*n+t*e}function j_(n,e,t,i){return Js(n,e,1-Math.exp(-t*i))}function Q_(n,e=1){return e-Math.abs(af(n,e*2)-e)}function ev(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*(3-2*n))}function tv(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*n*(n*(n*6-15)+10))}function nv(n,e){return n+Math.floor(Math.random()*(e-n+1))}function iv(n,e){return n+Math.random()*(e-n)}function rv(n){return n*(.5-Math.random())}function sv(n){n!==void 0&&(Qm=n);let e=Qm+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function av(n){return n*Zs}function ov(n){return n*is}function lv(n){return n>0&&Number.isInteger(n)&&2**Math.round(Math.log2(n))===n}function cv(n){return Math.pow(2,Math.ceil(Math.log(n)/Math.LN2))}function of(n){return Math.pow(2,Math.floor(Math.log(n)/Math.LN2))}function hv(n,e,t,i,r){let s=Math.cos,a=Math.sin,o=s(t/2),l=a(t/2),c=s((e+i)/2),h=a((e+i)/2),f=s((e-i)/2),u=a((e-i)/2),d=s((i-e)/2),p=a((i-e)/2);switch(r){case"XYX":n.set(o*h,l*f,l*u,o*c);break;case"YZY":n.set(l*u,o*h,l*f,o*c);break;case"ZXZ":n.set(l*f,l*u,o*h,o*c);break;case"XZX":n.set(o*h,l*p,l*d,o*c);break;case"YXY":n.set(l*d,o*h,l*p,o*c);break;case"ZYZ":n.set(l*p,l*d,o*h,o*c);break;default:Ie("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+r)}}function lf(n){switch(n.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function m0(n,e){if(e.constructor===Float32Array)return n;let t=lf(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(n/t,-1)}function g0(n,e){if(e.constructor===Float32Array)return n;let t=lf(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(n*t)}var cf={DEG2RAD:Zs,RAD2DEG:is,generateUUID:bs,clamp:Ze,euclideanModulo:af,mapLinear:Z_,inverseLerp:J_,lerp:Js,damp:j_,pingpong:Q_,smoothstep:ev,smootherstep:tv,randInt:nv,randFloat:iv,randFloatSpread:rv,seededRandom:sv,degToRad:av,radToDeg:ov,isPowerOfTwo:lv,ceilPowerOfTwo:cv,floorPowerOfTwo:of,setQuaternionFromProperEuler:hv,normalize:g0,denormalize:m0},pf=class pf{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,i=this.y,r=e.elements;return this.x=r[0]*t+r[3]*i+r[6],this.y=r[1]*t+r[4]*i+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=Ze(this.x,e.x,t.x),this.y=Ze(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=Ze(this.x,e,t),this.y=Ze(this.y,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Ze(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(Ze(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y;return t*t+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let i=Math.cos(t),r=Math.sin(t),s=this.x-e.x,a=this.y-e.y;return this.x=s*i-a*r+e.x,this.y=s*r+a*i+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};pf.prototype.isVector2=!0;var De=pf,an=class{constructor(e=0,t=0,i=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=i,this._w=r}static slerpFlat(e,t,i,r,s,a,o){let l=i[r+0],c=i[r+1],h=i[r+2],f=i[r+3],u=s[a+0],d=s[a+1],p=s[a+2],x=s[a+3];if(f!==x||l!==u||c!==d||h!==p){let m=l*u+c*d+h*p+f*x;m<0&&(u=-u,d=-d,p=-p,x=-x,m=-m);let g=1-o;if(m<.9995){let _=Math.acos(m),E=Math.sin(_);g=Math.sin(g*_)/E,o=Math.sin(o*_)/E,l=l*g+u*o,c=c*g+d*o,h=h*g+p*o,f=f*g+x*o}else{l=l*g+u*o,c=c*g+d*o,h=h*g+p*o,f=f*g+x*o;let _=1/Math.sqrt(l*l+c*c+h*h+f*f);l*=_,c*=_,h*=_,f*=_}}e[t]=l,e[t+1]=c,e[t+2]=h,e[t+3]=f}static multiplyQuaternionsFlat(e,t,i,r,s,a){let o=i[r],l=i[r+1],c=i[r+2],h=i[r+3],f=s[a],u=s[a+1],d=s[a+2],p=s[a+3];return e[t]=o*p+h*f+l*d-c*u,e[t+1]=l*p+h*u+c*f-o*d,e[t+2]=c*p+h*d+o*u-l*f,e[t+3]=h*p-o*f-l*u-c*d,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,i,r){return this._x=e,this._y=t,this._z=i,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let i=e._x,r=e._y,s=e._z,a=e._order,o=Math.cos,l=Math.sin,c=o(i/2),h=o(r/2),f=o(s/2),u=l(i/2),d=l(r/2),p=l(s/2);switch(a){case"XYZ":this._x=u*h*f+c*d*p,this._y=c*d*f-u*h*p,this._z=c*h*p+u*d*f,this._w=c*h*f-u*d*p;break;case"YXZ":this._x=u*h*f+c*d*p,this._y=c*d*f-u*h*p,this._z=c*h*p-u*d*f,this._w=c*h*f+u*d*p;break;case"ZXY":this._x=u*h*f-c*d*p,this._y=c*d*f+u*h*p,this._z=c*h*p+u*d*f,this._w=c*h*f-u*d*p;break;case"ZYX":this._x=u*h*f-c*d*p,this._y=c*d*f+u*h*p,this._z=c*h*p-u*d*f,this._w=c*h*f+u*d*p;break;case"YZX":this._x=u*h*f+c*d*p,this._y=c*d*f+u*h*p,this._z=c*h*p-u*d*f,this._w=c*h*f-u*d*p;break;case"XZY":this._x=u*h*f-c*d*p,this._y=c*d*f-u*h*p,this._z=c*h*p+u*d*f,this._w=c*h*f+u*d*p;break;default:Ie("Quaternion: .setFromEuler() encountered an unknown order: "+a)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let i=t/2,r=Math.sin(i);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(i),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,i=t[0],r=t[4],s=t[8],a=t[1],o=t[5],l=t[9],c=t[2],h=t[6],f=t[10],u=i+o+f;if(u>0){let d=.5/Math.sqrt(u+1);this._w=.25/d,this._x=(h-l)*d,this._y=(s-c)*d,this._z=(a-r)*d}else if(i>o&&i>f){let d=2*Math.sqrt(1+i-o-f);this._w=(h-l)/d,this._x=.25*d,this._y=(r+a)/d,this._z=(s+c)/d}else if(o>f){let d=2*Math.sqrt(1+o-i-f);this._w=(s-c)/d,this._x=(r+a)/d,this._y=.25*d,this._z=(l+h)/d}else{let d=2*Math.sqrt(1+f-i-o);this._w=(a-r)/d,this._x=(s+c)/d,this._y=(l+h)/d,this._z=.25*d}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let i=e.dot(t)+1;return i<1e-8?(i=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=i):(this._x=0,this._y=-e.z,this._z=e.y,this._w=i)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=i),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(Ze(this.dot(e),-1,1)))}rotateTowards(e,t){let i=this.angleTo(e);if(i===0)return this;let r=Math.min(1,t/i);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=t._x,l=t._y,c=t._z,h=t._w;return this._x=i*h+a*o+r*c-s*l,this._y=r*h+a*l+s*o-i*c,this._z=s*h+a*c+i*l-r*o,this._w=a*h-i*o-r*l-s*c,this._onChangeCallback(),this}slerp(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=this.dot(e);o<0&&(i=-i,r=-r,s=-s,a=-a,o=-o);let l=1-t;if(o<.9995){let c=Math.acos(o),h=Math.sin(c);l=Math.sin(l*c)/h,t=Math.sin(t*c)/h,this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+a*t,this._onChangeCallback()}else this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+a*t,this.normalize();return this}slerpQuaternions(e,t,i){return this.copy(e).slerp(t,i)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),i=Math.random(),r=Math.sqrt(1-i),s=Math.sqrt(i);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},mf=class mf{constructor(e=0,t=0,i=0){this.x=e,this.y=t,this.z=i}set(e,t,i){return i===void 0&&(i=this.z),this.x=e,this.y=t,this.z=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(eg.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(eg.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*i+s[6]*r,this.y=s[1]*t+s[4]*i+s[7]*r,this.z=s[2]*t+s[5]*i+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=e.elements,a=1/(s[3]*t+s[7]*i+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*i+s[8]*r+s[12])*a,this.y=(s[1]*t+s[5]*i+s[9]*r+s[13])*a,this.z=(s[2]*t+s[6]*i+s[10]*r+s[14])*a,this}applyQuaternion(e){let t=this.x,i=this.y,r=this.z,s=e.x,a=e.y,o=e.z,l=e.w,c=2*(a*r-o*i),h=2*(o*t-s*r),f=2*(s*i-a*t);return this.x=t+l*c+a*f-o*h,this.y=i+l*h+o*c-s*f,this.z=r+l*f+s*h-a*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*i+s[8]*r,this.y=s[1]*t+s[5]*i+s[9]*r,this.z=s[2]*t+s[6]*i+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=Ze(this.x,e.x,t.x),this.y=Ze(this.y,e.y,t.y),this.z=Ze(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=Ze(this.x,e,t),this.y=Ze(this.y,e,t),this.z=Ze(this.z,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Ze(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let i=e.x,r=e.y,s=e.z,a=t.x,o=t.y,l=t.z;return this.x=r*l-s*o,this.y=s*a-i*l,this.z=i*o-r*a,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let i=e.dot(this)/t;return this.copy(e).multiplyScalar(i)}projectOnPlane(e){return ru.copy(this).projectOnVector(e),this.sub(ru)}reflect(e){return this.sub(ru.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(Ze(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y,r=this.z-e.z;return t*t+i*i+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,i){let r=Math.sin(t)*e;return this.x=r*Math.sin(i),this.y=Math.cos(t)*e,this.z=r*Math.cos(i),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,i){return this.x=e*Math.sin(t),this.y=i,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),i=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=i,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,i=Math.sqrt(1-t*t);return this.x=i*Math.cos(e),this.y=t,this.z=i*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};mf.prototype.isVector3=!0;var z=mf,ru=new z,eg=new an,gf=class gf{constructor(e,t,i,r,s,a,o,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,l,c)}set(e,t,i,r,s,a,o,l,c){let h=this.elements;return h[0]=e,h[1]=r,h[2]=o,h[3]=t,h[4]=s,h[5]=l,h[6]=i,h[7]=a,h[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],this}extractBasis(e,t,i){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),i.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[3],l=i[6],c=i[1],h=i[4],f=i[7],u=i[2],d=i[5],p=i[8],x=r[0],m=r[3],g=r[6],_=r[1],E=r[4],v=r[7],A=r[2],w=r[5],b=r[8];return s[0]=a*x+o*_+l*A,s[3]=a*m+o*E+l*w,s[6]=a*g+o*v+l*b,s[1]=c*x+h*_+f*A,s[4]=c*m+h*E+f*w,s[7]=c*g+h*v+f*b,s[2]=u*x+d*_+p*A,s[5]=u*m+d*E+p*w,s[8]=u*g+d*v+p*b,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8];return t*a*h-t*o*c-i*s*h+i*o*l+r*s*c-r*a*l}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8],f=h*a-o*c,u=o*l-h*s,d=c*s-a*l,p=t*f+i*u+r*d;if(p===0)return this.set(0,0,0,0,0,0,0,0,0);let x=1/p;return e[0]=f*x,e[1]=(r*c-h*i)*x,e[2]=(o*i-r*a)*x,e[3]=u*x,e[4]=(h*t-r*l)*x,e[5]=(r*s-o*t)*x,e[6]=d*x,e[7]=(i*l-c*t)*x,e[8]=(a*t-i*s)*x,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,i,r,s,a,o){let l=Math.cos(s),c=Math.sin(s);return this.set(i*l,i*c,-i*(l*a+c*o)+a+e,-r*c,r*l,-r*(-c*a+l*o)+o+t,0,0,1),this}scale(e,t){return Ks("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(su.makeScale(e,t)),this}rotate(e){return Ks("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(su.makeRotation(-e)),this}translate(e,t){return Ks("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(su.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,i,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<9;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<9;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e}clone(){return new this.constructor().fromArray(this.elements)}};gf.prototype.isMatrix3=!0;var Ue=gf,su=new Ue,tg=new Ue().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),ng=new Ue().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function uv(){let n={enabled:!0,workingColorSpace:Qs,spaces:{},convert:function(r,s,a){return this.enabled===!1||s===a||!s||!a||(this.spaces[s].transfer===at&&(r.r=ni(r.r),r.g=ni(r.g),r.b=ni(r.b)),this.spaces[s].primaries!==this.spaces[a].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[a].fromXYZ)),this.spaces[a].transfer===at&&(r.r=Qr(r.r),r.g=Qr(r.g),r.b=Qr(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===ci?ea:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,a){return r.copy(this.spaces[a].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],i=[.3127,.329];return n.define({[Qs]:{primaries:e,whitePoint:i,transfer:ea,toXYZ:tg,fromXYZ:ng,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:Ht},outputColorSpaceConfig:{drawingBufferColorSpace:Ht}},[Ht]:{primaries:e,whitePoint:i,transfer:at,toXYZ:tg,fromXYZ:ng,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:Ht}}}),n}var et=uv();function ni(n){return n<.04045?n*.0773993808:Math.pow(n*.9478672986+.0521327014,2.4)}function Qr(n){return n<.0031308?n*12.92:1.055*Math.pow(n,.41666)-.055}var kr,_l=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let i;if(e instanceof HTMLCanvasElement)i=e;else{kr===void 0&&(kr=ta("canvas")),kr.width=e.width,kr.height=e.height;let r=kr.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),i=kr}return i.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=ta("canvas");t.width=e.width,t.height=e.height;let i=t.getContext("2d");i.drawImage(e,0,0,e.width,e.height);let r=i.getImageData(0,0,e.width,e.height),s=r.data;for(let a=0;a<s.length;a++)s[a]=ni(s[a]/255)*255;return i.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let i=0;i<t.length;i++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[i]=Math.floor(ni(t[i]/255)*255):t[i]=ni(t[i]);return{data:t,width:e.width,height:e.height}}else return Ie("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},fv=0,rs=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:fv++}),this.uuid=bs(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let i={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let a=0,o=r.length;a<o;a++)r[a].isDataTexture?s.push(au(r[a].image)):s.push(au(r[a]))}else s=au(r);i.url=s}return t||(e.images[this.uuid]=i),i}};function au(n){return typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&n instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&n instanceof ImageBitmap?_l.getDataURL(n):n.data?{data:Array.from(n.data),width:n.width,height:n.height,type:n.data.constructor.name}:(Ie("Texture: Unable to serialize Texture."),{})}var dv=0,ou=new z,Yt=class n extends Cn{constructor(e=n.DEFAULT_IMAGE,t=n.DEFAULT_MAPPING,i=Un,r=Un,s=qt,a=oi,o=In,l=Qt,c=n.DEFAULT_ANISOTROPY,h=ci){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:dv++}),this.uuid=bs(),this.name="",this.source=new rs(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=i,this.wrapT=r,this.magFilter=s,this.minFilter=a,this.anisotropy=c,this.format=o,this.internalFormat=null,this.type=l,this.offset=new De(0,0),this.repeat=new De(1,1),this.center=new De(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new Ue,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=h,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(ou).x}get height(){return this.source.getSize(ou).y}get depth(){return this.source.getSize(ou).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let i=e[t];if(i===void 0){Ie(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Ie(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&i&&r.isVector2&&i.isVector2||r&&i&&r.isVector3&&i.isVector3||r&&i&&r.isMatrix3&&i.isMatrix3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let i={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(i.userData=this.userData),t||(e.textures[this.uuid]=i),i}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==qu)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case bl:e.x=e.x-Math.floor(e.x);break;case Un:e.x=e.x<0?0:1;break;case xl:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case bl:e.y=e.y-Math.floor(e.y);break;case Un:e.y=e.y<0?0:1;break;case xl:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};Yt.DEFAULT_IMAGE=null;Yt.DEFAULT_MAPPING=qu;Yt.DEFAULT_ANISOTROPY=1;var bf=class bf{constructor(e=0,t=0,i=0,r=1){this.x=e,this.y=t,this.z=i,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,i,r){return this.x=e,this.y=t,this.z=i,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=this.w,a=e.elements;return this.x=a[0]*t+a[4]*i+a[8]*r+a[12]*s,this.y=a[1]*t+a[5]*i+a[9]*r+a[13]*s,this.z=a[2]*t+a[6]*i+a[10]*r+a[14]*s,this.w=a[3]*t+a[7]*i+a[11]*r+a[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,i,r,s,l=e.elements,c=l[0],h=l[4],f=l[8],u=l[1],d=l[5],p=l[9],x=l[2],m=l[6],g=l[10];if(Math.abs(h-u)<.01&&Math.abs(f-x)<.01&&Math.abs(p-m)<.01){if(Math.abs(h+u)<.1&&Math.abs(f+x)<.1&&Math.abs(p+m)<.1&&Math.abs(c+d+g-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let E=(c+1)/2,v=(d+1)/2,A=(g+1)/2,w=(h+u)/4,b=(f+x)/4,S=(p+m)/4;return E>v&&E>A?E<.01?(i=0,r=.707106781,s=.707106781):(i=Math.sqrt(E),r=w/i,s=b/i):v>A?v<.01?(i=.707106781,r=0,s=.707106781):(r=Math.sqrt(v),i=w/r,s=S/r):A<.01?(i=.707106781,r=.707106781,s=0):(s=Math.sqrt(A),i=b/s,r=S/s),this.set(i,r,s,t),this}let _=Math.sqrt((m-p)*(m-p)+(f-x)*(f-x)+(u-h)*(u-h));return Math.abs(_)<.001&&(_=1),this.x=(m-p)/_,this.y=(f-x)/_,this.z=(u-h)/_,this.w=Math.acos((c+d+g-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=Ze(this.x,e.x,t.x),this.y=Ze(this.y,e.y,t.y),this.z=Ze(this.z,e.z,t.z),this.w=Ze(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=Ze(this.x,e,t),this.y=Ze(this.y,e,t),this.z=Ze(this.z,e,t),this.w=Ze(this.w,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Ze(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this.w=e.w+(t.w-e.w)*i,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};bf.prototype.isVector4=!0;var mt=bf,vl=class extends Cn{constructor(e=1,t=1,i={}){super(),i=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:qt,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},i),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=i.depth,this.scissor=new mt(0,0,e,t),this.scissorTest=!1,this.viewport=new mt(0,0,e,t),this.textures=[];let r=i.count;for(let s=0;s<r;s++)this.textures[s]=new Yt({width:e,height:t,depth:i.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(i),this.depthBuffer=i.depthBuffer,this.stencilBuffer=i.stencilBuffer,this.resolveColorBuffer=i.resolveColorBuffer,this.resolveDepthBuffer=i.resolveDepthBuffer,this.resolveStencilBuffer=i.resolveStencilBuffer,this.storeMultisampledColorBuffer=i.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=i.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=i.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=i.depthTexture,this.samples=i.samples,this.multiview=i.multiview,this.useArrayDepthTexture=i.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:qt,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let i=0;i<this.textures.length;i++)this.textures[i].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,i=1){if(this.width!==e||this.height!==t||this.depth!==i){this.width=e,this.height=t,this.depth=i;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=i,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,i=e.textures.length;t<i;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new rs(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},on=class extends vl{constructor(e=1,t=1,i={}){super(e,t,i),this.isWebGLRenderTarget=!0}},na=class extends Yt{constructor(e=null,t=1,i=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Dt,this.minFilter=Dt,this.wrapR=Un,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var Ml=class extends Yt{constructor(e=null,t=1,i=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Dt,this.minFilter=Dt,this.wrapR=Un,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var Vl=class Vl{constructor(e,t,i,r,s,a,o,l,c,h,f,u,d,p,x,m){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,l,c,h,f,u,d,p,x,m)}set(e,t,i,r,s,a,o,l,c,h,f,u,d,p,x,m){let g=this.elements;return g[0]=e,g[4]=t,g[8]=i,g[12]=r,g[1]=s,g[5]=a,g[9]=o,g[13]=l,g[2]=c,g[6]=h,g[10]=f,g[14]=u,g[3]=d,g[7]=p,g[11]=x,g[15]=m,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new Vl().fromArray(this.elements)}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],this}copyPosition(e){let t=this.elements,i=e.elements;return t[12]=i[12],t[13]=i[13],t[14]=i[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,i){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),i.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),i.setFromMatrixColumn(this,2),this)}makeBasis(e,t,i){return this.set(e.x,t.x,i.x,0,e.y,t.y,i.y,0,e.z,t.z,i.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,i=e.elements,r=1/zr.setFromMatrixColumn(e,0).length(),s=1/zr.setFromMatrixColumn(e,1).length(),a=1/zr.setFromMatrixColumn(e,2).length();return t[0]=i[0]*r,t[1]=i[1]*r,t[2]=i[2]*r,t[3]=0,t[4]=i[4]*s,t[5]=i[5]*s,t[6]=i[6]*s,t[7]=0,t[8]=i[8]*a,t[9]=i[9]*a,t[10]=i[10]*a,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,i=e.x,r=e.y,s=e.z,a=Math.cos(i),o=Math.sin(i),l=Math.cos(r),c=Math.sin(r),h=Math.cos(s),f=Math.sin(s);if(e.order==="XYZ"){let u=a*h,d=a*f,p=o*h,x=o*f;t[0]=l*h,t[4]=-l*f,t[8]=c,t[1]=d+p*c,t[5]=u-x*c,t[9]=-o*l,t[2]=x-u*c,t[6]=p+d*c,t[10]=a*l}else if(e.order==="YXZ"){let u=l*h,d=l*f,p=c*h,x=c*f;t[0]=u+x*o,t[4]=p*o-d,t[8]=a*c,t[1]=a*f,t[5]=a*h,t[9]=-o,t[2]=d*o-p,t[6]=x+u*o,t[10]=a*l}else if(e.order==="ZXY"){let u=l*h,d=l*f,p=c*h,x=c*f;t[0]=u-x*o,t[4]=-a*f,t[8]=p+d*o,t[1]=d+p*o,t[5]=a*h,t[9]=x-u*o,t[2]=-a*c,t[6]=o,t[10]=a*l}else if(e.order==="ZYX"){let u=a*h,d=a*f,p=o*h,x=o*f;t[0]=l*h,t[4]=p*c-d,t[8]=u*c+x,t[1]=l*f,t[5]=x*c+u,t[9]=d*c-p,t[2]=-c,t[6]=o*l,t[10]=a*l}else if(e.order==="YZX"){let u=a*l,d=a*c,p=o*l,x=o*c;t[0]=l*h,t[4]=x-u*f,t[8]=p*f+d,t[1]=f,t[5]=a*h,t[9]=-o*h,t[2]=-c*h,t[6]=d*f+p,t[10]=u-x*f}else if(e.order==="XZY"){let u=a*l,d=a*c,p=o*l,x=o*c;t[0]=l*h,t[4]=-f,t[8]=c*h,t[1]=u*f+x,t[5]=a*h,t[9]=d*f-p,t[2]=p*f-d,t[6]=o*h,t[10]=x*f+u}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(pv,e,mv)}lookAt(e,t,i){let r=this.elements;return nn.subVectors(e,t),nn.lengthSq()===0&&(nn.z=1),nn.normalize(),_i.crossVectors(i,nn),_i.lengthSq()===0&&(Math.abs(i.z)===1?nn.x+=1e-4:nn.z+=1e-4,nn.normalize(),_i.crossVectors(i,nn)),_i.normalize(),Uo.crossVectors(nn,_i),r[0]=_i.x,r[4]=Uo.x,r[8]=nn.x,r[1]=_i.y,r[5]=Uo.y,r[9]=nn.y,r[2]=_i.z,r[6]=Uo.z,r[10]=nn.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[4],l=i[8],c=i[12],h=i[1],f=i[5],u=i[9],d=i[13],p=i[2],x=i[6],m=i[10],g=i[14],_=i[3],E=i[7],v=i[11],A=i[15],w=r[0],b=r[4],S=r[8],D=r[12],C=r[1],P=r[5],I=r[9],O=r[13],R=r[2],N=r[6],G=r[10],B=r[14],Z=r[3],k=r[7],$=r[11],K=r[15];return s[0]=a*w+o*C+l*R+c*Z,s[4]=a*b+o*P+l*N+c*k,s[8]=a*S+o*I+l*G+c*$,s[12]=a*D+o*O+l*B+c*K,s[1]=h*w+f*C+u*R+d*Z,s[5]=h*b+f*P+u*N+d*k,s[9]=h*S+f*I+u*G+d*$,s[13]=h*D+f*O+u*B+d*K,s[2]=p*w+x*C+m*R+g*Z,s[6]=p*b+x*P+m*N+g*k,s[10]=p*S+x*I+m*G+g*$,s[14]=p*D+x*O+m*B+g*K,s[3]=_*w+E*C+v*R+A*Z,s[7]=_*b+E*P+v*N+A*k,s[11]=_*S+E*I+v*G+A*$,s[15]=_*D+E*O+v*B+A*K,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[12],a=e[1],o=e[5],l=e[9],c=e[13],h=e[2],f=e[6],u=e[10],d=e[14],p=e[3],x=e[7],m=e[11],g=e[15],_=l*d-c*u,E=o*d-c*f,v=o*u-l*f,A=a*d-c*h,w=a*u-l*h,b=a*f-o*h;return t*(x*_-m*E+g*v)-i*(p*_-m*A+g*w)+r*(p*E-x*A+g*b)-s*(p*v-x*w+m*b)}determinantAffine(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[1],a=e[5],o=e[9],l=e[2],c=e[6],h=e[10];return t*(a*h-o*c)-i*(s*h-o*l)+r*(s*c-a*l)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,i){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=i),this}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8],f=e[9],u=e[10],d=e[11],p=e[12],x=e[13],m=e[14],g=e[15],_=t*o-i*a,E=t*l-r*a,v=t*c-s*a,A=i*l-r*o,w=i*c-s*o,b=r*c-s*l,S=h*x-f*p,D=h*m-u*p,C=h*g-d*p,P=f*m-u*x,I=f*g-d*x,O=u*g-d*m,R=_*O-E*I+v*P+A*C-w*D+b*S;if(R===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let N=1/R;return e[0]=(o*O-l*I+c*P)*N,e[1]=(r*I-i*O-s*P)*N,e[2]=(x*b-m*w+g*A)*N,e[3]=(u*w-f*b-d*A)*N,e[4]=(l*C-a*O-c*D)*N,e[5]=(t*O-r*C+s*D)*N,e[6]=(m*v-p*b-g*E)*N,e[7]=(h*b-u*v+d*E)*N,e[8]=(a*I-o*C+c*S)*N,e[9]=(i*C-t*I-s*S)*N,e[10]=(p*w-x*v+g*_)*N,e[11]=(f*v-h*w-d*_)*N,e[12]=(o*D-a*P-l*S)*N,e[13]=(t*P-i*D+r*S)*N,e[14]=(x*E-p*A-m*_)*N,e[15]=(h*A-f*E+u*_)*N,this}scale(e){let t=this.elements,i=e.x,r=e.y,s=e.z;return t[0]*=i,t[4]*=r,t[8]*=s,t[1]*=i,t[5]*=r,t[9]*=s,t[2]*=i,t[6]*=r,t[10]*=s,t[3]*=i,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],i=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,i,r))}makeTranslation(e,t,i){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,i,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),i=Math.sin(e);return this.set(1,0,0,0,0,t,-i,0,0,i,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,0,i,0,0,1,0,0,-i,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,0,i,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let i=Math.cos(t),r=Math.sin(t),s=1-i,a=e.x,o=e.y,l=e.z,c=s*a,h=s*o;return this.set(c*a+i,c*o-r*l,c*l+r*o,0,c*o+r*l,h*o+i,h*l-r*a,0,c*l-r*o,h*l+r*a,s*l*l+i,0,0,0,0,1),this}makeScale(e,t,i){return this.set(e,0,0,0,0,t,0,0,0,0,i,0,0,0,0,1),this}makeShear(e,t,i,r,s,a){return this.set(1,i,s,0,e,1,a,0,t,r,1,0,0,0,0,1),this}compose(e,t,i){let r=this.elements,s=t._x,a=t._y,o=t._z,l=t._w,c=s+s,h=a+a,f=o+o,u=s*c,d=s*h,p=s*f,x=a*h,m=a*f,g=o*f,_=l*c,E=l*h,v=l*f,A=i.x,w=i.y,b=i.z;return r[0]=(1-(x+g))*A,r[1]=(d+v)*A,r[2]=(p-E)*A,r[3]=0,r[4]=(d-v)*w,r[5]=(1-(u+g))*w,r[6]=(m+_)*w,r[7]=0,r[8]=(p+E)*b,r[9]=(m-_)*b,r[10]=(1-(u+x))*b,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,i){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return i.set(1,1,1),t.identity(),this;let a=zr.set(r[0],r[1],r[2]).length(),o=zr.set(r[4],r[5],r[6]).length(),l=zr.set(r[8],r[9],r[10]).length();s<0&&(a=-a),An.copy(this);let c=1/a,h=1/o,f=1/l;return An.elements[0]*=c,An.elements[1]*=c,An.elements[2]*=c,An.elements[4]*=h,An.elements[5]*=h,An.elements[6]*=h,An.elements[8]*=f,An.elements[9]*=f,An.elements[10]*=f,t.setFromRotationMatrix(An),i.x=a,i.y=o,i.z=l,this}makePerspective(e,t,i,r,s,a,o=gn,l=!1){let c=this.elements,h=2*s/(t-e),f=2*s/(i-r),u=(t+e)/(t-e),d=(i+r)/(i-r),p,x;if(l)p=s/(a-s),x=a*s/(a-s);else if(o===gn)p=-(a+s)/(a-s),x=-2*a*s/(a-s);else if(o===ts)p=-a/(a-s),x=-a*s/(a-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+o);return c[0]=h,c[4]=0,c[8]=u,c[12]=0,c[1]=0,c[5]=f,c[9]=d,c[13]=0,c[2]=0,c[6]=0,c[10]=p,c[14]=x,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,i,r,s,a,o=gn,l=!1){let c=this.elements,h=2/(t-e),f=2/(i-r),u=-(t+e)/(t-e),d=-(i+r)/(i-r),p,x;if(l)p=1/(a-s),x=a/(a-s);else if(o===gn)p=-2/(a-s),x=-(a+s)/(a-s);else if(o===ts)p=-1/(a-s),x=-s/(a-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+o);return c[0]=h,c[4]=0,c[8]=0,c[12]=u,c[1]=0,c[5]=f,c[9]=0,c[13]=d,c[2]=0,c[6]=0,c[10]=p,c[14]=x,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<16;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<16;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e[t+9]=i[9],e[t+10]=i[10],e[t+11]=i[11],e[t+12]=i[12],e[t+13]=i[13],e[t+14]=i[14],e[t+15]=i[15],e}};Vl.prototype.isMatrix4=!0;var it=Vl,zr=new z,An=new it,pv=new z(0,0,0),mv=new z(1,1,1),_i=new z,Uo=new z,nn=new z,ig=new it,rg=new an,ri=class n{constructor(e=0,t=0,i=0,r=n.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=i,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,i,r=this._order){return this._x=e,this._y=t,this._z=i,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,i=!0){let r=e.elements,s=r[0],a=r[4],o=r[8],l=r[1],c=r[5],h=r[9],f=r[2],u=r[6],d=r[10];switch(t){case"XYZ":this._y=Math.asin(Ze(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(-h,d),this._z=Math.atan2(-a,s)):(this._x=Math.atan2(u,c),this._z=0);break;case"YXZ":this._x=Math.asin(-Ze(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(o,d),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-f,s),this._z=0);break;case"ZXY":this._x=Math.asin(Ze(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(-f,d),this._z=Math.atan2(-a,c)):(this._y=0,this._z=Math.atan2(l,s));break;case"ZYX":this._y=Math.asin(-Ze(f,-1,1)),Math.abs(f)<.9999999?(this._x=Math.atan2(u,d),this._z=Math.atan2(l,s)):(this._x=0,this._z=Math.atan2(-a,c));break;case"YZX":this._z=Math.asin(Ze(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-h,c),this._y=Math.atan2(-f,s)):(this._x=0,this._y=Math.atan2(o,d));break;case"XZY":this._z=Math.asin(-Ze(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(u,c),this._y=Math.atan2(o,s)):(this._x=Math.atan2(-h,d),this._y=0);break;default:Ie("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,i===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,i){return ig.makeRotationFromQuaternion(e),this.setFromRotationMatrix(ig,t,i)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return rg.setFromEuler(this),this.setFromQuaternion(rg,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};ri.DEFAULT_ORDER="XYZ";var ss=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},gv=0,sg=new z,Vr=new an,Jn=new it,Bo=new z,Gs=new z,bv=new z,xv=new an,ag=new z(1,0,0),og=new z(0,1,0),lg=new z(0,0,1),cg={type:"added"},yv={type:"removed"},Gr={type:"childadded",child:null},lu={type:"childremoved",child:null},Ft=class n extends Cn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:gv++}),this.uuid=bs(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=n.DEFAULT_UP.clone();let e=new z,t=new ri,i=new an,r=new z(1,1,1);function s(){i.setFromEuler(t,!1)}function a(){t.setFromQuaternion(i,void 0,!1)}t._onChange(s),i._onChange(a),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:i},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new it},normalMatrix:{value:new Ue}}),this.matrix=new it,this.matrixWorld=new it,this.matrixAutoUpdate=n.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=n.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new ss,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return Vr.setFromAxisAngle(e,t),this.quaternion.multiply(Vr),this}rotateOnWorldAxis(e,t){return Vr.setFromAxisAngle(e,t),this.quaternion.premultiply(Vr),this}rotateX(e){return this.rotateOnAxis(ag,e)}rotateY(e){return this.rotateOnAxis(og,e)}rotateZ(e){return this.rotateOnAxis(lg,e)}translateOnAxis(e,t){return sg.copy(e).applyQuaternion(this.quaternion),this.position.add(sg.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(ag,e)}translateY(e){return this.translateOnAxis(og,e)}translateZ(e){return this.translateOnAxis(lg,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Jn.copy(this.matrixWorld).invert())}lookAt(e,t,i){e.isVector3?Bo.copy(e):Bo.set(e,t,i);let r=this.parent;this.updateWorldMatrix(!0,!1),Gs.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Jn.lookAt(Gs,Bo,this.up):Jn.lookAt(Bo,Gs,this.up),this.quaternion.setFromRotationMatrix(Jn),r&&(Jn.extractRotation(r.matrixWorld),Vr.setFromRotationMatrix(Jn),this.quaternion.premultiply(Vr.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(Oe("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(cg),Gr.child=e,this.dispatchEvent(Gr),Gr.child=null):Oe("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let i=0;i<arguments.length;i++)this.remove(arguments[i]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(yv),lu.child=e,this.dispatchEvent(lu),lu.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Jn.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Jn.multiply(e.parent.matrixWorld)),e.applyMatrix4(Jn),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(cg),Gr.child=e,this.dispatchEvent(Gr),Gr.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let i=0,r=this.children.length;i<r;i++){let a=this.children[i].getObjectByProperty(e,t);if(a!==void 0)return a}}getObjectsByProperty(e,t,i=[]){this[e]===t&&i.push(this);let r=this.children;for(let s=0,a=r.length;s<a;s++)r[s].getObjectsByProperty(e,t,i);return i}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Gs,e,bv),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Gs,xv,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,i=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*i-s[8]*r,s[13]+=i-s[1]*t-s[5]*i-s[9]*r,s[14]+=r-s[2]*t-s[6]*i-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].updateMatrixWorld(e)}updateWorldMatrix(e,t,i=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||i)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,i=!0),t===!0){let s=this.children;for(let a=0,o=s.length;a<o;a++)s[a].updateWorldMatrix(!1,!0,i)}}toJSON(e){let t=e===void 0||typeof e=="string",i={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},i.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(o=>({...o,boundingBox:o.boundingBox?o.boundingBox.toJSON():void 0,boundingSphere:o.boundingSphere?o.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(o=>({...o})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(o,l){return o[l.uuid]===void 0&&(o[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let o=this.geometry.parameters;if(o!==void 0&&o.shapes!==void 0){let l=o.shapes;if(Array.isArray(l))for(let c=0,h=l.length;c<h;c++){let f=l[c];s(e.shapes,f)}else s(e.shapes,l)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let o=[];for(let l=0,c=this.material.length;l<c;l++)o.push(s(e.materials,this.material[l]));r.material=o}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let o=0;o<this.children.length;o++)r.children.push(this.children[o].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let o=0;o<this.animations.length;o++){let l=this.animations[o];r.animations.push(s(e.animations,l))}}if(t){let o=a(e.geometries),l=a(e.materials),c=a(e.textures),h=a(e.images),f=a(e.shapes),u=a(e.skeletons),d=a(e.animations),p=a(e.nodes);o.length>0&&(i.geometries=o),l.length>0&&(i.materials=l),c.length>0&&(i.textures=c),h.length>0&&(i.images=h),f.length>0&&(i.shapes=f),u.length>0&&(i.skeletons=u),d.length>0&&(i.animations=d),p.length>0&&(i.nodes=p)}return i.object=r,i;function a(o){let l=[];for(let c in o){let h=o[c];delete h.metadata,l.push(h)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let i=0;i<e.children.length;i++){let r=e.children[i];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Ft.DEFAULT_UP=new z(0,1,0);Ft.DEFAULT_MATRIX_AUTO_UPDATE=!0;Ft.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var nr=class extends Ft{constructor(){super(),this.isGroup=!0,this.type="Group"}},_v={type:"move"},as=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new nr,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new nr,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new z,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new z),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new nr,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new z,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new z,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let i of e.hand.values())this._getHandJoint(t,i)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,i){let r=null,s=null,a=null,o=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){a=!0;for(let x of e.hand.values()){let m=t.getJointPose(x,i),g=this._getHandJoint(c,x);m!==null&&(g.matrix.fromArray(m.transform.matrix),g.matrix.decompose(g.position,g.quaternion,g.scale),g.matrixWorldNeedsUpdate=!0,g.jointRadius=m.radius),g.visible=m!==null}let h=c.joints["index-finger-tip"],f=c.joints["thumb-tip"],u=h.position.distanceTo(f.position),d=.02,p=.005;c.inputState.pinching&&u>d+p?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&u<=d-p&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,i),s!==null&&(l.matrix.fromArray(s.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,s.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(s.linearVelocity)):l.hasLinearVelocity=!1,s.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(s.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));o!==null&&(r=t.getPose(e.targetRaySpace,i),r===null&&s!==null&&(r=s),r!==null&&(o.matrix.fromArray(r.transform.matrix),o.matrix.decompose(o.position,o.quaternion,o.scale),o.matrixWorldNeedsUpdate=!0,r.linearVelocity?(o.hasLinearVelocity=!0,o.linearVelocity.copy(r.linearVelocity)):o.hasLinearVelocity=!1,r.angularVelocity?(o.hasAngularVelocity=!0,o.angularVelocity.copy(r.angularVelocity)):o.hasAngularVelocity=!1,this.dispatchEvent(_v)))}return o!==null&&(o.visible=r!==null),l!==null&&(l.visible=s!==null),c!==null&&(c.visible=a!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let i=new nr;i.matrixAutoUpdate=!1,i.visible=!1,e.joints[t.jointName]=i,e.add(i)}return e.joints[t.jointName]}},b0={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},vi={h:0,s:0,l:0},ko={h:0,s:0,l:0};function cu(n,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?n+(e-n)*6*t:t<1/2?e:t<2/3?n+(e-n)*6*(2/3-t):n}var Ge=class{constructor(e,t,i){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,i)}set(e,t,i){if(t===void 0&&i===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,i);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=Ht){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,et.colorSpaceToWorking(this,t),this}setRGB(e,t,i,r=et.workingColorSpace){return this.r=e,this.g=t,this.b=i,et.colorSpaceToWorking(this,r),this}setHSL(e,t,i,r=et.workingColorSpace){if(e=af(e,1),t=Ze(t,0,1),i=Ze(i,0,1),t===0)this.r=this.g=this.b=i;else{let s=i<=.5?i*(1+t):i+t-i*t,a=2*i-s;this.r=cu(a,s,e+1/3),this.g=cu(a,s,e),this.b=cu(a,s,e-1/3)}return et.colorSpaceToWorking(this,r),this}setStyle(e,t=Ht){function i(s){s!==void 0&&parseFloat(s)<1&&Ie("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,a=r[1],o=r[2];switch(a){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:Ie("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],a=s.length;if(a===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(a===6)return this.setHex(parseInt(s,16),t);Ie("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=Ht){let i=b0[e.toLowerCase()];return i!==void 0?this.setHex(i,t):Ie("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=ni(e.r),this.g=ni(e.g),this.b=ni(e.b),this}copyLinearToSRGB(e){return this.r=Qr(e.r),this.g=Qr(e.g),this.b=Qr(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=Ht){return et.workingToColorSpace(Gt.copy(this),e),Math.round(Ze(Gt.r*255,0,255))*65536+Math.round(Ze(Gt.g*255,0,255))*256+Math.round(Ze(Gt.b*255,0,255))}getHexString(e=Ht){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=et.workingColorSpace){et.workingToColorSpace(Gt.copy(this),t);let i=Gt.r,r=Gt.g,s=Gt.b,a=Math.max(i,r,s),o=Math.min(i,r,s),l,c,h=(o+a)/2;if(o===a)l=0,c=0;else{let f=a-o;switch(c=h<=.5?f/(a+o):f/(2-a-o),a){case i:l=(r-s)/f+(r<s?6:0);break;case r:l=(s-i)/f+2;break;case s:l=(i-r)/f+4;break}l/=6}return e.h=l,e.s=c,e.l=h,e}getRGB(e,t=et.workingColorSpace){return et.workingToColorSpace(Gt.copy(this),t),e.r=Gt.r,e.g=Gt.g,e.b=Gt.b,e}getStyle(e=Ht){et.workingToColorSpace(Gt.copy(this),e);let t=Gt.r,i=Gt.g,r=Gt.b;return e!==Ht?`color(${e} ${t.toFixed(3)} ${i.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(i*255)},${Math.round(r*255)})`}offsetHSL(e,t,i){return this.getHSL(vi),this.setHSL(vi.h+e,vi.s+t,vi.l+i)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,i){return this.r=e.r+(t.r-e.r)*i,this.g=e.g+(t.g-e.g)*i,this.b=e.b+(t.b-e.b)*i,this}lerpHSL(e,t){this.getHSL(vi),e.getHSL(ko);let i=Js(vi.h,ko.h,t),r=Js(vi.s,ko.s,t),s=Js(vi.l,ko.l,t);return this.setHSL(i,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,i=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*i+s[6]*r,this.g=s[1]*t+s[4]*i+s[7]*r,this.b=s[2]*t+s[5]*i+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Gt=new Ge;Ge.NAMES=b0;var ia=class extends Ft{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new ri,this.environmentIntensity=1,this.environmentRotation=new ri,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},En=new z,jn=new z,hu=new z,Qn=new z,Hr=new z,Wr=new z,hg=new z,uu=new z,fu=new z,du=new z,pu=new mt,mu=new mt,gu=new mt,Ai=class n{constructor(e=new z,t=new z,i=new z){this.a=e,this.b=t,this.c=i}static getNormal(e,t,i,r){r.subVectors(i,t),En.subVectors(e,t),r.cross(En);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,i,r,s){En.subVectors(r,t),jn.subVectors(i,t),hu.subVectors(e,t);let a=En.dot(En),o=En.dot(jn),l=En.dot(hu),c=jn.dot(jn),h=jn.dot(hu),f=a*c-o*o;if(f===0)return s.set(0,0,0),null;let u=1/f,d=(c*l-o*h)*u,p=(a*h-o*l)*u;return s.set(1-d-p,p,d)}static containsPoint(e,t,i,r){return this.getBarycoord(e,t,i,r,Qn)===null?!1:Qn.x>=0&&Qn.y>=0&&Qn.x+Qn.y<=1}static getInterpolation(e,t,i,r,s,a,o,l){return this.getBarycoord(e,t,i,r,Qn)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(s,Qn.x),l.addScaledVector(a,Qn.y),l.addScaledVector(o,Qn.z),l)}static getInterpolatedAttribute(e,t,i,r,s,a){return pu.setScalar(0),mu.setScalar(0),gu.setScalar(0),pu.fromBufferAttribute(e,t),mu.fromBufferAttribute(e,i),gu.fromBufferAttribute(e,r),a.setScalar(0),a.addScaledVector(pu,s.x),a.addScaledVector(mu,s.y),a.addScaledVector(gu,s.z),a}static isFrontFacing(e,t,i,r){return En.subVectors(i,t),jn.subVectors(e,t),En.cross(jn).dot(r)<0}set(e,t,i){return this.a.copy(e),this.b.copy(t),this.c.copy(i),this}setFromPointsAndIndices(e,t,i,r){return this.a.copy(e[t]),this.b.copy(e[i]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,i,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,i),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return En.subVectors(this.c,this.b),jn.subVectors(this.a,this.b),En.cross(jn).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return n.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return n.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,i,r,s){return n.getInterpolation(e,this.a,this.b,this.c,t,i,r,s)}containsPoint(e){return n.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return n.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let i=this.a,r=this.b,s=this.c,a,o;Hr.subVectors(r,i),Wr.subVectors(s,i),uu.subVectors(e,i);let l=Hr.dot(uu),c=Wr.dot(uu);if(l<=0&&c<=0)return t.copy(i);fu.subVectors(e,r);let h=Hr.dot(fu),f=Wr.dot(fu);if(h>=0&&f<=h)return t.copy(r);let u=l*f-h*c;if(u<=0&&l>=0&&h<=0&&l-h>0)return a=l/(l-h),t.copy(i).addScaledVector(Hr,a);du.subVectors(e,s);let d=Hr.dot(du),p=Wr.dot(du);if(p>=0&&d<=p)return t.copy(s);let x=d*c-l*p;if(x<=0&&c>=0&&p<=0)return o=c/(c-p),t.copy(i).addScaledVector(Wr,o);let m=h*p-d*f;if(m<=0&&f-h>=0&&d-p>=0)return hg.subVectors(s,r),o=(f-h)/(f-h+(d-p)),t.copy(r).addScaledVector(hg,o);let g=1/(m+x+u);return a=x*g,o=u*g,t.copy(i).addScaledVector(Hr,a).addScaledVector(Wr,o)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},bn=class{constructor(e=new z(1/0,1/0,1/0),t=new z(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t+=3)this.expandByPoint(Tn.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,i=e.count;t<i;t++)this.expandByPoint(Tn.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let i=Tn.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(i),this.max.copy(e).add(i),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let i=e.geometry;if(i!==void 0){let s=i.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let a=0,o=s.count;a<o;a++)e.isMesh===!0?e.getVertexPosition(a,Tn):Tn.fromBufferAttribute(s,a),Tn.applyMatrix4(e.matrixWorld),this.expandByPoint(Tn);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),zo.copy(e.boundingBox)):(i.boundingBox===null&&i.computeBoundingBox(),zo.copy(i.boundingBox)),zo.applyMatrix4(e.matrixWorld),this.union(zo)}let r=e.children;for(let s=0,a=r.length;s<a;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,Tn),Tn.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,i;return e.normal.x>0?(t=e.normal.x*this.min.x,i=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,i=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,i+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,i+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,i+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,i+=e.normal.z*this.min.z),t<=-e.constant&&i>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Hs),Vo.subVectors(this.max,Hs),$r.subVectors(e.a,Hs),Xr.subVectors(e.b,Hs),qr.subVectors(e.c,Hs),Mi.subVectors(Xr,$r),Si.subVectors(qr,Xr),ji.subVectors($r,qr);let t=[0,-Mi.z,Mi.y,0,-Si.z,Si.y,0,-ji.z,ji.y,Mi.z,0,-Mi.x,Si.z,0,-Si.x,ji.z,0,-ji.x,-Mi.y,Mi.x,0,-Si.y,Si.x,0,-ji.y,ji.x,0];return!bu(t,$r,Xr,qr,Vo)||(t=[1,0,0,0,1,0,0,0,1],!bu(t,$r,Xr,qr,Vo))?!1:(Go.crossVectors(Mi,Si),t=[Go.x,Go.y,Go.z],bu(t,$r,Xr,qr,Vo))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,Tn).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(Tn).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(ei[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),ei[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),ei[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),ei[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),ei[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),ei[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),ei[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),ei[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(ei),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},ei=[new z,new z,new z,new z,new z,new z,new z,new z],Tn=new z,zo=new bn,$r=new z,Xr=new z,qr=new z,Mi=new z,Si=new z,ji=new z,Hs=new z,Vo=new z,Go=new z,Qi=new z;function bu(n,e,t,i,r){for(let s=0,a=n.length-3;s<=a;s+=3){Qi.fromArray(n,s);let o=r.x*Math.abs(Qi.x)+r.y*Math.abs(Qi.y)+r.z*Math.abs(Qi.z),l=e.dot(Qi),c=t.dot(Qi),h=i.dot(Qi);if(Math.max(-Math.max(l,c,h),Math.min(l,c,h))>o)return!1}return!0}var vt=new z,Ho=new De,vv=0,wt=class extends Cn{constructor(e,t,i=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:vv++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=i,this.usage=h0,this.updateRanges=[],this.gpuType=_n,this.version=0,this._normalizationScale=e!==void 0?lf(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,i){e*=this.itemSize,i*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[i+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,i=this.count;t<i;t++)Ho.fromBufferAttribute(this,t),Ho.applyMatrix3(e),this.setXY(t,Ho.x,Ho.y);else if(this.itemSize===3)for(let t=0,i=this.count;t<i;t++)vt.fromBufferAttribute(this,t),vt.applyMatrix3(e),this.setXYZ(t,vt.x,vt.y,vt.z);return this}applyMatrix4(e){for(let t=0,i=this.count;t<i;t++)vt.fromBufferAttribute(this,t),vt.applyMatrix4(e),this.setXYZ(t,vt.x,vt.y,vt.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)vt.fromBufferAttribute(this,t),vt.applyNormalMatrix(e),this.setXYZ(t,vt.x,vt.y,vt.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)vt.fromBufferAttribute(this,t),vt.transformDirection(e),this.setXYZ(t,vt.x,vt.y,vt.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let i=this.array[e*this.itemSize+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.array[e*this.itemSize+t]=i,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=i,this}setXYZ(e,t,i,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):m0(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):g0(e,this.array)}};var ra=class extends wt{constructor(e,t,i){super(new Uint16Array(e),t,i)}};var sa=class extends wt{constructor(e,t,i){super(new Uint32Array(e),t,i)}};var Bt=class extends wt{constructor(e,t,i){super(new Float32Array(e),t,i)}},Mv=new bn,Ws=new z,xu=new z,xn=class{constructor(e=new z,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let i=this.center;t!==void 0?i.copy(t):Mv.setFromPoints(e).getCenter(i);let r=0;for(let s=0,a=e.length;s<a;s++)r=Math.max(r,i.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let i=this.center.distanceToSquared(e);return t.copy(e),i>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Ws.subVectors(e,this.center);let t=Ws.lengthSq();if(t>this.radius*this.radius){let i=Math.sqrt(t),r=(i-this.radius)*.5;this.center.addScaledVector(Ws,r/i),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(xu.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Ws.copy(e.center).add(xu)),this.expandByPoint(Ws.copy(e.center).sub(xu))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},Sv=0,mn=new it,yu=new Ft,Yr=new z,rn=new bn,$s=new bn,Nt=new z,At=class n extends Cn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:Sv++}),this.uuid=bs(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(Y_(e)?sa:ra)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,i=0){this.groups.push({start:e,count:t,materialIndex:i})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let i=this.attributes.normal;if(i!==void 0){let s=new Ue().getNormalMatrix(e);i.applyNormalMatrix(s),i.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return mn.makeRotationFromQuaternion(e),this.applyMatrix4(mn),this}rotateX(e){return mn.makeRotationX(e),this.applyMatrix4(mn),this}rotateY(e){return mn.makeRotationY(e),this.applyMatrix4(mn),this}rotateZ(e){return mn.makeRotationZ(e),this.applyMatrix4(mn),this}translate(e,t,i){return mn.makeTranslation(e,t,i),this.applyMatrix4(mn),this}scale(e,t,i){return mn.makeScale(e,t,i),this.applyMatrix4(mn),this}lookAt(e){return yu.lookAt(e),yu.updateMatrix(),this.applyMatrix4(yu.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Yr).negate(),this.translate(Yr.x,Yr.y,Yr.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let i=[];for(let r=0,s=e.length;r<s;r++){let a=e[r];i.push(a.x,a.y,a.z||0)}this.setAttribute("position",new Bt(i,3))}else{let i=Math.min(e.length,t.count);for(let r=0;r<i;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&Ie("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new bn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Oe("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new z(-1/0,-1/0,-1/0),new z(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let i=0,r=t.length;i<r;i++){let s=t[i];rn.setFromBufferAttribute(s),this.morphTargetsRelative?(Nt.addVectors(this.boundingBox.min,rn.min),this.boundingBox.expandByPoint(Nt),Nt.addVectors(this.boundingBox.max,rn.max),this.boundingBox.expandByPoint(Nt)):(this.boundingBox.expandByPoint(rn.min),this.boundingBox.expandByPoint(rn.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Oe('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new xn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Oe("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new z,1/0);return}if(e){let i=this.boundingSphere.center;if(rn.setFromBufferAttribute(e),t)for(let s=0,a=t.length;s<a;s++){let o=t[s];$s.setFromBufferAttribute(o),this.morphTargetsRelative?(Nt.addVectors(rn.min,$s.min),rn.expandByPoint(Nt),Nt.addVectors(rn.max,$s.max),rn.expandByPoint(Nt)):(rn.expandByPoint($s.min),rn.expandByPoint($s.max))}rn.getCenter(i);let r=0;for(let s=0,a=e.count;s<a;s++)Nt.fromBufferAttribute(e,s),r=Math.max(r,i.distanceToSquared(Nt));if(t)for(let s=0,a=t.length;s<a;s++){let o=t[s],l=this.morphTargetsRelative;for(let c=0,h=o.count;c<h;c++)Nt.fromBufferAttribute(o,c),l&&(Yr.fromBufferAttribute(e,c),Nt.add(Yr)),r=Math.max(r,i.distanceToSquared(Nt))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&Oe('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){Oe("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let i=t.position,r=t.normal,s=t.uv,a=this.getAttribute("tangent");(a===void 0||a.count!==i.count)&&(a=new wt(new Float32Array(4*i.count),4),this.setAttribute("tangent",a));let o=[],l=[],c=new Uint8Array(i.count);for(let D=0;D<i.count;D++)o[D]=new z,l[D]=new z;let h=new z,f=new z,u=new z,d=new De,p=new De,x=new De,m=new z,g=new z;function _(D,C,P){c[D]=c[C]=c[P]=1,h.fromBufferAttribute(i,D),f.fromBufferAttribute(i,C),u.fromBufferAttribute(i,P),d.fromBufferAttribute(s,D),p.fromBufferAttribute(s,C),x.fromBufferAttribute(s,P),f.sub(h),u.sub(h),p.sub(d),x.sub(d);let I=1/(p.x*x.y-x.x*p.y);isFinite(I)&&(m.copy(f).multiplyScalar(x.y).addScaledVector(u,-p.y).multiplyScalar(I),g.copy(u).multiplyScalar(p.x).addScaledVector(f,-x.x).multiplyScalar(I),o[D].add(m),o[C].add(m),o[P].add(m),l[D].add(g),l[C].add(g),l[P].add(g))}let E=this.groups;E.length===0&&(E=[{start:0,count:e.count}]);for(let D=0,C=E.length;D<C;++D){let P=E[D],I=P.start,O=P.count;for(let R=I,N=I+O;R<N;R+=3)_(e.getX(R+0),e.getX(R+1),e.getX(R+2))}let v=new z,A=new z,w=new z,b=new z;function S(D){w.fromBufferAttribute(r,D),b.copy(w);let C=o[D];v.copy(C),v.sub(w.multiplyScalar(w.dot(C))).normalize(),A.crossVectors(b,C);let I=A.dot(l[D])<0?-1:1;a.setXYZW(D,v.x,v.y,v.z,I)}for(let D=0,C=i.count;D<C;++D)c[D]&&S(D);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let i=this.getAttribute("normal");if(i===void 0||i.count!==t.count)i=new wt(new Float32Array(t.count*3),3),this.setAttribute("normal",i);else for(let u=0,d=i.count;u<d;u++)i.setXYZ(u,0,0,0);let r=new z,s=new z,a=new z,o=new z,l=new z,c=new z,h=new z,f=new z;if(e)for(let u=0,d=e.count;u<d;u+=3){let p=e.getX(u+0),x=e.getX(u+1),m=e.getX(u+2);r.fromBufferAttribute(t,p),s.fromBufferAttribute(t,x),a.fromBufferAttribute(t,m),h.subVectors(a,s),f.subVectors(r,s),h.cross(f),o.fromBufferAttribute(i,p),l.fromBufferAttribute(i,x),c.fromBufferAttribute(i,m),o.add(h),l.add(h),c.add(h),i.setXYZ(p,o.x,o.y,o.z),i.setXYZ(x,l.x,l.y,l.z),i.setXYZ(m,c.x,c.y,c.z)}else for(let u=0,d=t.count;u<d;u+=3)r.fromBufferAttribute(t,u+0),s.fromBufferAttribute(t,u+1),a.fromBufferAttribute(t,u+2),h.subVectors(a,s),f.subVectors(r,s),h.cross(f),i.setXYZ(u+0,h.x,h.y,h.z),i.setXYZ(u+1,h.x,h.y,h.z),i.setXYZ(u+2,h.x,h.y,h.z);this.normalizeNormals(),i.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,i=e.count;t<i;t++)Nt.fromBufferAttribute(e,t),Nt.normalize(),e.setXYZ(t,Nt.x,Nt.y,Nt.z)}toNonIndexed(){function e(o,l){let c=o.array,h=o.itemSize,f=o.normalized,u=new c.constructor(l.length*h),d=0,p=0;for(let x=0,m=l.length;x<m;x++){o.isInterleavedBufferAttribute?d=l[x]*o.data.stride+o.offset:d=l[x]*h;for(let g=0;g<h;g++)u[p++]=c[d++]}return new wt(u,h,f)}if(this.index===null)return Ie("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new n,i=this.index.array,r=this.attributes;for(let o in r){let l=r[o],c=e(l,i);t.setAttribute(o,c)}let s=this.morphAttributes;for(let o in s){let l=[],c=s[o];for(let h=0,f=c.length;h<f;h++){let u=c[h],d=e(u,i);l.push(d)}t.morphAttributes[o]=l}t.morphTargetsRelative=this.morphTargetsRelative;let a=this.groups;for(let o=0,l=a.length;o<l;o++){let c=a[o];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let i=this.attributes;for(let l in i){let c=i[l];e.data.attributes[l]=c.toJSON(e.data)}let r={},s=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],h=[];for(let f=0,u=c.length;f<u;f++){let d=c[f];h.push(d.toJSON(e.data))}h.length>0&&(r[l]=h,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let a=this.groups;a.length>0&&(e.data.groups=JSON.parse(JSON.stringify(a)));let o=this.boundingSphere;return o!==null&&(e.data.boundingSphere=o.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let i=e.index;i!==null&&this.setIndex(i.clone());let r=e.attributes;for(let c in r){let h=r[c];this.setAttribute(c,h.clone(t))}let s=e.morphAttributes;for(let c in s){let h=[],f=s[c];for(let u=0,d=f.length;u<d;u++)h.push(f[u].clone(t));this.morphAttributes[c]=h}this.morphTargetsRelative=e.morphTargetsRelative;let a=e.groups;for(let c=0,h=a.length;c<h;c++){let f=a[c];this.addGroup(f.start,f.count,f.materialIndex)}let o=e.boundingBox;o!==null&&(this.boundingBox=o.clone());let l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var _u=new z,wv=new z,Av=new Ue,sn=class{constructor(e=new z(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,i,r){return this.normal.set(e,t,i),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,i){let r=_u.subVectors(i,t).cross(wv.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,i=!0){let r=e.delta(_u),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let a=-(e.start.dot(this.normal)+this.constant)/s;return i===!0&&(a<0||a>1)?null:t.copy(e.start).addScaledVector(r,a)}intersectsLine(e){let t=this.distanceToPoint(e.start),i=this.distanceToPoint(e.end);return t<0&&i>0||i<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let i=t||Av.getNormalMatrix(e),r=this.coplanarPoint(_u).applyMatrix4(e),s=this.normal.applyMatrix3(i).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},Ev=0,Bn=class extends Cn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:Ev++}),this.uuid=bs(),this.name="",this.type="Material",this.blending=ps,this.side=Ni,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Bu,this.blendDst=ku,this.blendEquation=or,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Ge(0,0,0),this.blendAlpha=0,this.depthFunc=es,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=r0,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=cl,this.stencilZFail=cl,this.stencilZPass=cl,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let i=e[t];if(i===void 0){Ie(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Ie(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(i):r&&r.isVector2&&i&&i.isVector2||r&&r.isEuler&&i&&i.isEuler||r&&r.isVector3&&i&&i.isVector3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let i={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};i.uuid=this.uuid,i.type=this.type,i.blending=this.blending,i.side=this.side,i.shadowSide=this.shadowSide,i.vertexColors=this.vertexColors,i.opacity=this.opacity,i.transparent=this.transparent,i.blendSrc=this.blendSrc,i.blendDst=this.blendDst,i.blendEquation=this.blendEquation,i.blendSrcAlpha=this.blendSrcAlpha,i.blendDstAlpha=this.blendDstAlpha,i.blendEquationAlpha=this.blendEquationAlpha,i.blendColor=this.blendColor.getHex(),i.blendAlpha=this.blendAlpha,i.depthFunc=this.depthFunc,i.depthTest=this.depthTest,i.depthWrite=this.depthWrite,i.colorWrite=this.colorWrite,i.clipIntersection=this.clipIntersection,i.clipShadows=this.clipShadows,i.stencilWriteMask=this.stencilWriteMask,i.stencilFunc=this.stencilFunc,i.stencilRef=this.stencilRef,i.stencilFuncMask=this.stencilFuncMask,i.stencilFail=this.stencilFail,i.stencilZFail=this.stencilZFail,i.stencilZPass=this.stencilZPass,i.stencilWrite=this.stencilWrite,i.polygonOffset=this.polygonOffset,i.polygonOffsetFactor=this.polygonOffsetFactor,i.polygonOffsetUnits=this.polygonOffsetUnits,i.dithering=this.dithering,i.alphaTest=this.alphaTest,i.alphaHash=this.alphaHash,i.alphaToCoverage=this.alphaToCoverage,i.premultipliedAlpha=this.premultipliedAlpha,i.forceSinglePass=this.forceSinglePass,i.allowOverride=this.allowOverride,i.visible=this.visible,i.toneMapped=this.toneMapped,i.name=this.name,this.color&&this.color.isColor&&(i.color=this.color.getHex()),this.roughness!==void 0&&(i.roughness=this.roughness),this.metalness!==void 0&&(i.metalness=this.metalness),this.sheen!==void 0&&(i.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(i.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(i.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(i.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(i.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(i.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(i.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(i.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(i.shininess=this.shininess),this.clearcoat!==void 0&&(i.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(i.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(i.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(i.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(i.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(i.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(i.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,i.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(i.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(i.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(i.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(i.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(i.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(i.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(i.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(i.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(i.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(i.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(i.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(i.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(i.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(i.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(i.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(i.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(i.lightMap=this.lightMap.toJSON(e).uuid,i.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(i.aoMap=this.aoMap.toJSON(e).uuid,i.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(i.bumpMap=this.bumpMap.toJSON(e).uuid,i.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(i.normalMap=this.normalMap.toJSON(e).uuid,i.normalMapType=this.normalMapType,i.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(i.displacementMap=this.displacementMap.toJSON(e).uuid,i.displacementScale=this.displacementScale,i.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(i.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(i.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(i.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(i.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(i.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(i.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(i.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(i.combine=this.combine)),this.envMapRotation!==void 0&&(i.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(i.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(i.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(i.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(i.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(i.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(i.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(i.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(i.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(i.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(i.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(i.size=this.size),this.sizeAttenuation!==void 0&&(i.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(i.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(i.rotation=this.rotation),this.depthPacking!==void 0&&(i.depthPacking=this.depthPacking),this.linewidth!==void 0&&(i.linewidth=this.linewidth),this.linecap!==void 0&&(i.linecap=this.linecap),this.linejoin!==void 0&&(i.linejoin=this.linejoin),this.dashSize!==void 0&&(i.dashSize=this.dashSize),this.gapSize!==void 0&&(i.gapSize=this.gapSize),this.scale!==void 0&&(i.scale=this.scale),this.wireframe!==void 0&&(i.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(i.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(i.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(i.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(i.flatShading=this.flatShading),this.fog!==void 0&&(i.fog=this.fog),Object.keys(this.userData).length>0&&(i.userData=this.userData);function r(s){let a=[];for(let o in s){let l=s[o];delete l.metadata,a.push(l)}return a}if(t){let s=r(e.textures),a=r(e.images);s.length>0&&(i.textures=s),a.length>0&&(i.images=a)}return i}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new Ge().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(i=>new sn().fromJSON(i))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let i=e.normalScale;Array.isArray(i)===!1&&(i=[i,i]),this.normalScale=new De().fromArray(i)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new De().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,i=null;if(t!==null){let r=t.length;i=new Array(r);for(let s=0;s!==r;++s)i[s]=t[s].clone()}return this.clippingPlanes=i,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var ti=new z,vu=new z,Wo=new z,$o=new z,si=class{constructor(e=new z,t=new z(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,ti)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let i=t.dot(this.direction);return i<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,i)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=ti.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(ti.copy(this.origin).addScaledVector(this.direction,t),ti.distanceToSquared(e))}distanceSqToSegment(e,t,i,r){vu.copy(e).add(t).multiplyScalar(.5),Wo.copy(t).sub(e).normalize(),$o.copy(this.origin).sub(vu);let s=e.distanceTo(t)*.5,a=-this.direction.dot(Wo),o=$o.dot(this.direction),l=-$o.dot(Wo),c=$o.lengthSq(),h=Math.abs(1-a*a),f,u,d,p;if(h>0)if(f=a*l-o,u=a*o-l,p=s*h,f>=0)if(u>=-p)if(u<=p){let x=1/h;f*=x,u*=x,d=f*(f+a*u+2*o)+u*(a*f+u+2*l)+c}else u=s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;else u=-s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;else u<=-p?(f=Math.max(0,-(-a*s+o)),u=f>0?-s:Math.min(Math.max(-s,-l),s),d=-f*f+u*(u+2*l)+c):u<=p?(f=0,u=Math.min(Math.max(-s,-l),s),d=u*(u+2*l)+c):(f=Math.max(0,-(a*s+o)),u=f>0?s:Math.min(Math.max(-s,-l),s),d=-f*f+u*(u+2*l)+c);else u=a>0?-s:s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;return i&&i.copy(this.origin).addScaledVector(this.direction,f),r&&r.copy(vu).addScaledVector(Wo,u),d}intersectSphere(e,t){if(e.radius<0)return null;ti.subVectors(e.center,this.origin);let i=ti.dot(this.direction),r=ti.dot(ti)-i*i,s=e.radius*e.radius;if(r>s)return null;let a=Math.sqrt(s-r),o=i-a,l=i+a;return l<0?null:o<0?this.at(l,t):this.at(o,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let i=-(this.origin.dot(e.normal)+e.constant)/t;return i>=0?i:null}intersectPlane(e,t){let i=this.distanceToPlane(e);return i===null?null:this.at(i,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let i,r,s,a,o,l,c=1/this.direction.x,h=1/this.direction.y,f=1/this.direction.z,u=this.origin;return c>=0?(i=(e.min.x-u.x)*c,r=(e.max.x-u.x)*c):(i=(e.max.x-u.x)*c,r=(e.min.x-u.x)*c),h>=0?(s=(e.min.y-u.y)*h,a=(e.max.y-u.y)*h):(s=(e.max.y-u.y)*h,a=(e.min.y-u.y)*h),i>a||s>r||((s>i||isNaN(i))&&(i=s),(a<r||isNaN(r))&&(r=a),f>=0?(o=(e.min.z-u.z)*f,l=(e.max.z-u.z)*f):(o=(e.max.z-u.z)*f,l=(e.min.z-u.z)*f),i>l||o>r)||((o>i||i!==i)&&(i=o),(l<r||r!==r)&&(r=l),r<0)?null:this.at(i>=0?i:r,t)}intersectsBox(e){return this.intersectBox(e,ti)!==null}intersectTriangle(e,t,i,r,s){let a=this.origin,o=this.direction,l=o.x,c=o.y,h=o.z,f=e.x-a.x,u=e.y-a.y,d=e.z-a.z,p=t.x-a.x,x=t.y-a.y,m=t.z-a.z,g=i.x-a.x,_=i.y-a.y,E=i.z-a.z,v=Math.abs(l),A=Math.abs(c),w=Math.abs(h),b,S,D,C,P,I,O,R,N,G,B,Z;if(v>=A&&v>=w?(D=l,I=f,N=p,Z=g,l>=0?(b=c,S=h,C=u,P=d,O=x,R=m,G=_,B=E):(b=h,S=c,C=d,P=u,O=m,R=x,G=E,B=_)):A>=w?(D=c,I=u,N=x,Z=_,c>=0?(b=h,S=l,C=d,P=f,O=m,R=p,G=E,B=g):(b=l,S=h,C=f,P=d,O=p,R=m,G=g,B=E)):(D=h,I=d,N=m,Z=E,h>=0?(b=l,S=c,C=f,P=u,O=p,R=x,G=g,B=_):(b=c,S=l,C=u,P=f,O=x,R=p,G=_,B=g)),D===0)return null;let k=b/D,$=S/D,K=1/D,Q=C-k*I,ce=P-$*I,X=O-k*N,ie=R-$*N,oe=G-k*Z,pe=B-$*Z,ne=oe*ie-pe*X,Se=Q*pe-ce*oe,He=X*ce-ie*Q;if(r){if(ne<0||Se<0||He<0)return null}else if((ne<0||Se<0||He<0)&&(ne>0||Se>0||He>0))return null;let we=ne+Se+He;if(we===0)return null;let Ye=K*(ne*I+Se*N+He*Z);return(we>0?Ye<0:Ye>0)?null:this.at(Ye/we,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},ir=class extends Bn{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Ge(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new ri,this.combine=Gl,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},ug=new it,er=new si,Xo=new xn,fg=new z,qo=new z,Yo=new z,Ko=new z,Mu=new z,Zo=new z,dg=new z,Jo=new z,Kt=class extends Ft{constructor(e=new At,t=new ir){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}getVertexPosition(e,t){let i=this.geometry,r=i.attributes.position,s=i.morphAttributes.position,a=i.morphTargetsRelative;t.fromBufferAttribute(r,e);let o=this.morphTargetInfluences;if(s&&o){Zo.set(0,0,0);for(let l=0,c=s.length;l<c;l++){let h=o[l],f=s[l];h!==0&&(Mu.fromBufferAttribute(f,e),a?Zo.addScaledVector(Mu,h):Zo.addScaledVector(Mu.sub(t),h))}t.add(Zo)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(i.boundingSphere===null&&i.computeBoundingSphere(),Xo.copy(i.boundingSphere),Xo.applyMatrix4(s),er.copy(e.ray).recast(e.near),!(Xo.containsPoint(er.origin)===!1&&(er.intersectSphere(Xo,fg)===null||er.origin.distanceToSquared(fg)>(e.far-e.near)**2))&&(ug.copy(s).invert(),er.copy(e.ray).applyMatrix4(ug),!(i.boundingBox!==null&&er.intersectsBox(i.boundingBox)===!1)&&this._computeIntersections(e,t,er)))}_computeIntersections(e,t,i){let r,s=this.geometry,a=this.material,o=s.index,l=s.attributes.position,c=s.attributes.uv,h=s.attributes.uv1,f=s.attributes.normal,u=s.groups,d=s.drawRange;if(o!==null)if(Array.isArray(a))for(let p=0,x=u.length;p<x;p++){let m=u[p],g=a[m.materialIndex],_=Math.max(m.start,d.start),E=Math.min(o.count,Math.min(m.start+m.count,d.start+d.count));for(let v=_,A=E;v<A;v+=3){let w=o.getX(v),b=o.getX(v+1),S=o.getX(v+2);r=jo(this,g,e,i,c,h,f,w,b,S),r&&(r.faceIndex=Math.floor(v/3),r.face.materialIndex=m.materialIndex,t.push(r))}}else{let p=Math.max(0,d.start),x=Math.min(o.count,d.start+d.count);for(let m=p,g=x;m<g;m+=3){let _=o.getX(m),E=o.getX(m+1),v=o.getX(m+2);r=jo(this,a,e,i,c,h,f,_,E,v),r&&(r.faceIndex=Math.floor(m/3),t.push(r))}}else if(l!==void 0)if(Array.isArray(a))for(let p=0,x=u.length;p<x;p++){let m=u[p],g=a[m.materialIndex],_=Math.max(m.start,d.start),E=Math.min(l.count,Math.min(m.start+m.count,d.start+d.count));for(let v=_,A=E;v<A;v+=3){let w=v,b=v+1,S=v+2;r=jo(this,g,e,i,c,h,f,w,b,S),r&&(r.faceIndex=Math.floor(v/3),r.face.materialIndex=m.materialIndex,t.push(r))}}else{let p=Math.max(0,d.start),x=Math.min(l.count,d.start+d.count);for(let m=p,g=x;m<g;m+=3){let _=m,E=m+1,v=m+2;r=jo(this,a,e,i,c,h,f,_,E,v),r&&(r.faceIndex=Math.floor(m/3),t.push(r))}}}};function Tv(n,e,t,i,r,s,a,o){let l;if(e.side===Zt?l=i.intersectTriangle(a,s,r,!0,o):l=i.intersectTriangle(r,s,a,e.side===Ni,o),l===null)return null;Jo.copy(o),Jo.applyMatrix4(n.matrixWorld);let c=t.ray.origin.distanceTo(Jo);return c<t.near||c>t.far?null:{distance:c,point:Jo.clone(),object:n}}function jo(n,e,t,i,r,s,a,o,l,c){n.getVertexPosition(o,qo),n.getVertexPosition(l,Yo),n.getVertexPosition(c,Ko);let h=Tv(n,e,t,i,qo,Yo,Ko,dg);if(h){let f=new z;Ai.getBarycoord(dg,qo,Yo,Ko,f),r&&(h.uv=Ai.getInterpolatedAttribute(r,o,l,c,f,new De)),s&&(h.uv1=Ai.getInterpolatedAttribute(s,o,l,c,f,new De)),a&&(h.normal=Ai.getInterpolatedAttribute(a,o,l,c,f,new z),h.normal.dot(i.direction)>0&&h.normal.multiplyScalar(-1));let u={a:o,b:l,c,normal:new z,materialIndex:0};Ai.getNormal(qo,Yo,Ko,u.normal),h.face=u,h.barycoord=f}return h}var aa=class extends Yt{constructor(e=null,t=1,i=1,r,s,a,o,l,c=Dt,h=Dt,f,u){super(null,a,o,l,c,h,r,s,f,u),this.isDataTexture=!0,this.image={data:e,width:t,height:i},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var oa=class extends wt{constructor(e,t,i,r=1){super(e,t,i),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=r}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}toJSON(){let e=super.toJSON();return e.meshPerAttribute=this.meshPerAttribute,e.isInstancedBufferAttribute=!0,e}},Kr=new it,pg=new it,Qo=[],mg=new bn,Cv=new it,Xs=new Kt,qs=new xn,rr=class extends Kt{constructor(e,t,i){super(e,t),this.isInstancedMesh=!0,this.instanceMatrix=new oa(new Float32Array(i*16),16),this.instanceColor=null,this.morphTexture=null,this.count=i,this.boundingBox=null,this.boundingSphere=null;for(let r=0;r<i;r++)this.setMatrixAt(r,Cv)}computeBoundingBox(){let e=this.geometry,t=this.count;this.boundingBox===null&&(this.boundingBox=new bn),e.boundingBox===null&&e.computeBoundingBox(),this.boundingBox.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,Kr),mg.copy(e.boundingBox).applyMatrix4(Kr),this.boundingBox.union(mg)}computeBoundingSphere(){let e=this.geometry,t=this.count;this.boundingSphere===null&&(this.boundingSphere=new xn),e.boundingSphere===null&&e.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,Kr),qs.copy(e.boundingSphere).applyMatrix4(Kr),this.boundingSphere.union(qs)}copy(e,t){return super.copy(e,t),this.instanceMatrix.copy(e.instanceMatrix),this.morphTexture=e.morphTexture!==null?e.morphTexture.clone():null,this.instanceColor=e.instanceColor!==null?e.instanceColor.clone():null,this.count=e.count,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}getColorAt(e,t){return this.instanceColor===null?t.setRGB(1,1,1):t.fromArray(this.instanceColor.array,e*3)}getMatrixAt(e,t){return t.fromArray(this.instanceMatrix.array,e*16)}getMorphAt(e,t){let i=t.morphTargetInfluences,r=this.morphTexture.source.data.data,s=i.length+1,a=e*s+1;for(let o=0;o<i.length;o++)i[o]=r[a+o]}raycast(e,t){let i=this.matrixWorld,r=this.count;if(Xs.geometry=this.geometry,Xs.material=this.material,Xs.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),qs.copy(this.boundingSphere),qs.applyMatrix4(i),e.ray.intersectsSphere(qs)!==!1))for(let s=0;s<r;s++){this.getMatrixAt(s,Kr),pg.multiplyMatrices(i,Kr),Xs.matrixWorld=pg,Xs.raycast(e,Qo);for(let a=0,o=Qo.length;a<o;a++){let l=Qo[a];l.instanceId=s,l.object=this,t.push(l)}Qo.length=0}}setColorAt(e,t){return this.instanceColor===null&&(this.instanceColor=new oa(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),t.toArray(this.instanceColor.array,e*3),this}setMatrixAt(e,t){return t.toArray(this.instanceMatrix.array,e*16),this}setMorphAt(e,t){let i=t.morphTargetInfluences,r=i.length+1;this.morphTexture===null&&(this.morphTexture=new aa(new Float32Array(r*this.count),r,this.count,Kl,_n));let s=this.morphTexture.source.data.data,a=0;for(let c=0;c<i.length;c++)a+=i[c];let o=this.geometry.morphTargetsRelative?1:1-a,l=r*e;return s[l]=o,s.set(i,l+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}},tr=new xn,Rv=new De(.5,.5),el=new z,Ei=class{constructor(e=new sn,t=new sn,i=new sn,r=new sn,s=new sn,a=new sn){this.planes=[e,t,i,r,s,a]}set(e,t,i,r,s,a){let o=this.planes;return o[0].copy(e),o[1].copy(t),o[2].copy(i),o[3].copy(r),o[4].copy(s),o[5].copy(a),this}copy(e){let t=this.planes;for(let i=0;i<6;i++)t[i].copy(e.planes[i]);return this}setFromProjectionMatrix(e,t=gn,i=!1){let r=this.planes,s=e.elements,a=s[0],o=s[1],l=s[2],c=s[3],h=s[4],f=s[5],u=s[6],d=s[7],p=s[8],x=s[9],m=s[10],g=s[11],_=s[12],E=s[13],v=s[14],A=s[15];if(r[0].setComponents(c-a,d-h,g-p,A-_).normalize(),r[1].setComponents(c+a,d+h,g+p,A+_).normalize(),r[2].setComponents(c+o,d+f,g+x,A+E).normalize(),r[3].setComponents(c-o,d-f,g-x,A-E).normalize(),i)r[4].setComponents(l,u,m,v).normalize(),r[5].setComponents(c-l,d-u,g-m,A-v).normalize();else if(r[4].setComponents(c-l,d-u,g-m,A-v).normalize(),t===gn)r[5].setComponents(c+l,d+u,g+m,A+v).normalize();else if(t===ts)r[5].setComponents(l,u,m,v).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),tr.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),tr.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(tr)}intersectsSprite(e){tr.center.set(0,0,0);let t=Rv.distanceTo(e.center);return tr.radius=.7071067811865476+t,tr.applyMatrix4(e.matrixWorld),this.intersectsSphere(tr)}intersectsSphere(e){let t=this.planes,i=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(i)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let i=0;i<6;i++){let r=t[i];if(el.x=r.normal.x>0?e.max.x:e.min.x,el.y=r.normal.y>0?e.max.y:e.min.y,el.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(el)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let i=0;i<6;i++)if(t[i].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},gg=new it,Sl=class n{constructor(){this.coordinateSystem=gn,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,i=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];gg.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),i[r]===void 0&&(i[r]=new Ei),i[r].setFromProjectionMatrix(gg,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,i=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new Ei),t[r].copy(i[r]);return this._count=e._count,this}clone(){return new n().copy(this)}};var Ti=class extends Bn{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new Ge(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},wl=new z,Al=new z,bg=new it,Ys=new si,tl=new xn,Su=new z,xg=new z,os=class extends Ft{constructor(e=new At,t=new Ti){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[0];for(let r=1,s=t.count;r<s;r++)wl.fromBufferAttribute(t,r-1),Al.fromBufferAttribute(t,r),i[r]=i[r-1],i[r]+=wl.distanceTo(Al);e.setAttribute("lineDistance",new Bt(i,1))}else Ie("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Line.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),tl.copy(i.boundingSphere),tl.applyMatrix4(r),tl.radius+=s,e.ray.intersectsSphere(tl)===!1)return;bg.copy(r).invert(),Ys.copy(e.ray).applyMatrix4(bg);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=o*o,c=this.isLineSegments?2:1,h=i.index,u=i.attributes.position;if(h!==null){let d=Math.max(0,a.start),p=Math.min(h.count,a.start+a.count);for(let x=d,m=p-1;x<m;x+=c){let g=h.getX(x),_=h.getX(x+1),E=nl(this,e,Ys,l,g,_,x);E&&t.push(E)}if(this.isLineLoop){let x=h.getX(p-1),m=h.getX(d),g=nl(this,e,Ys,l,x,m,p-1);g&&t.push(g)}}else{let d=Math.max(0,a.start),p=Math.min(u.count,a.start+a.count);for(let x=d,m=p-1;x<m;x+=c){let g=nl(this,e,Ys,l,x,x+1,x);g&&t.push(g)}if(this.isLineLoop){let x=nl(this,e,Ys,l,p-1,d,p-1);x&&t.push(x)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function nl(n,e,t,i,r,s,a){let o=n.geometry.attributes.position;if(wl.fromBufferAttribute(o,r),Al.fromBufferAttribute(o,s),t.distanceSqToSegment(wl,Al,Su,xg)>i)return;Su.applyMatrix4(n.matrixWorld);let c=e.ray.origin.distanceTo(Su);if(!(c<e.near||c>e.far))return{distance:c,point:xg.clone().applyMatrix4(n.matrixWorld),index:a,face:null,faceIndex:null,barycoord:null,object:n}}var yg=new z,_g=new z,ls=class extends os{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[];for(let r=0,s=t.count;r<s;r+=2)yg.fromBufferAttribute(t,r),_g.fromBufferAttribute(t,r+1),i[r]=r===0?0:i[r-1],i[r+1]=i[r]+yg.distanceTo(_g);e.setAttribute("lineDistance",new Bt(i,1))}else Ie("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}};var cs=class extends Bn{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new Ge(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},vg=new it,Ru=new si,il=new xn,rl=new z,la=class extends Ft{constructor(e=new At,t=new cs){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),il.copy(i.boundingSphere),il.applyMatrix4(r),il.radius+=s,e.ray.intersectsSphere(il)===!1)return;vg.copy(r).invert(),Ru.copy(e.ray).applyMatrix4(vg);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=o*o,c=i.index,f=i.attributes.position;if(c!==null){let u=Math.max(0,a.start),d=Math.min(c.count,a.start+a.count);for(let p=u,x=d;p<x;p++){let m=c.getX(p);rl.fromBufferAttribute(f,m),Mg(rl,m,l,r,e,t,this)}}else{let u=Math.max(0,a.start),d=Math.min(f.count,a.start+a.count);for(let p=u,x=d;p<x;p++)rl.fromBufferAttribute(f,p),Mg(rl,p,l,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function Mg(n,e,t,i,r,s,a){let o=Ru.distanceSqToPoint(n);if(o<t){let l=new z;Ru.closestPointToPoint(n,l),l.applyMatrix4(i);let c=r.ray.origin.distanceTo(l);if(c<r.near||c>r.far)return;s.push({distance:c,distanceToRay:Math.sqrt(o),point:l,index:e,face:null,faceIndex:null,barycoord:null,object:a})}}var ca=class extends Yt{constructor(e=[],t=lr,i,r,s,a,o,l,c,h){super(e,t,i,r,s,a,o,l,c,h),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}},ha=class extends Yt{constructor(e,t,i,r,s,a,o,l,c){super(e,t,i,r,s,a,o,l,c),this.isCanvasTexture=!0,this.needsUpdate=!0}};var ai=class extends Yt{constructor(e,t,i=Rn,r,s,a,o=Dt,l=Dt,c,h=ii,f=1){if(h!==ii&&h!==li)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let u={width:e,height:t,depth:f};super(u,r,s,a,o,l,h,i,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new rs(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},ua=class extends ai{constructor(e,t=Rn,i=lr,r,s,a=Dt,o=Dt,l,c=ii){let h={width:e,height:e,depth:1},f=[h,h,h,h,h,h];super(e,e,t,i,r,s,a,o,l,c),this.image=f,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},fa=class extends Yt{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},hs=class n extends At{constructor(e=1,t=1,i=1,r=1,s=1,a=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:i,widthSegments:r,heightSegments:s,depthSegments:a};let o=this;r=Math.floor(r),s=Math.floor(s),a=Math.floor(a);let l=[],c=[],h=[],f=[],u=0,d=0;p("z","y","x",-1,-1,i,t,e,a,s,0),p("z","y","x",1,-1,i,t,-e,a,s,1),p("x","z","y",1,1,e,i,t,r,a,2),p("x","z","y",1,-1,e,i,-t,r,a,3),p("x","y","z",1,-1,e,t,i,r,s,4),p("x","y","z",-1,-1,e,t,-i,r,s,5),this.setIndex(l),this.setAttribute("position",new Bt(c,3)),this.setAttribute("normal",new Bt(h,3)),this.setAttribute("uv",new Bt(f,2));function p(x,m,g,_,E,v,A,w,b,S,D){let C=v/b,P=A/S,I=v/2,O=A/2,R=w/2,N=b+1,G=S+1,B=0,Z=0,k=new z;for(let $=0;$<G;$++){let K=$*P-O;for(let Q=0;Q<N;Q++){let ce=Q*C-I;k[x]=ce*_,k[m]=K*E,k[g]=R,c.push(k.x,k.y,k.z),k[x]=0,k[m]=0,k[g]=w>0?1:-1,h.push(k.x,k.y,k.z),f.push(Q/b),f.push(1-$/S),B+=1}}for(let $=0;$<S;$++)for(let K=0;K<b;K++){let Q=u+K+N*$,ce=u+K+N*($+1),X=u+(K+1)+N*($+1),ie=u+(K+1)+N*$;l.push(Q,ce,ie),l.push(ce,X,ie),Z+=6}o.addGroup(d,Z,D),d+=Z,u+=B}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var sr=class n extends At{constructor(e=1,t=1,i=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:i,heightSegments:r};let s=e/2,a=t/2,o=Math.floor(i),l=Math.floor(r),c=o+1,h=l+1,f=e/o,u=t/l,d=[],p=[],x=[],m=[];for(let g=0;g<h;g++){let _=g*u-a;for(let E=0;E<c;E++){let v=E*f-s;p.push(v,-_,0),x.push(0,0,1),m.push(E/o),m.push(1-g/l)}}for(let g=0;g<l;g++)for(let _=0;_<o;_++){let E=_+c*g,v=_+c*(g+1),A=_+1+c*(g+1),w=_+1+c*g;d.push(E,v,w),d.push(v,A,w)}this.setIndex(d),this.setAttribute("position",new Bt(p,3)),this.setAttribute("normal",new Bt(x,3)),this.setAttribute("uv",new Bt(m,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.widthSegments,e.heightSegments)}};var da=class n extends At{constructor(e=1,t=32,i=16,r=0,s=Math.PI*2,a=0,o=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:e,widthSegments:t,heightSegments:i,phiStart:r,phiLength:s,thetaStart:a,thetaLength:o},t=Math.max(3,Math.floor(t)),i=Math.max(2,Math.floor(i));let l=Math.min(a+o,Math.PI),c=0,h=[],f=new z,u=new z,d=[],p=[],x=[],m=[];for(let g=0;g<=i;g++){let _=[],E=g/i,v=a+E*o,A=e*Math.cos(v),w=Math.sqrt(e*e-A*A),b=0;g===0&&a===0?b=.5/t:g===i&&l===Math.PI&&(b=-.5/t);for(let S=0;S<=t;S++){let D=S/t,C=r+D*s;f.x=-w*Math.cos(C),f.y=A,f.z=w*Math.sin(C),p.push(f.x,f.y,f.z),u.copy(f).normalize(),x.push(u.x,u.y,u.z),m.push(D+b,1-E),_.push(c++)}h.push(_)}for(let g=0;g<i;g++)for(let _=0;_<t;_++){let E=h[g][_+1],v=h[g][_],A=h[g+1][_],w=h[g+1][_+1];(g!==0||a>0)&&d.push(E,v,w),(g!==i-1||l<Math.PI)&&d.push(v,A,w)}this.setIndex(d),this.setAttribute("position",new Bt(p,3)),this.setAttribute("normal",new Bt(x,3)),this.setAttribute("uv",new Bt(m,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.radius,e.widthSegments,e.heightSegments,e.phiStart,e.phiLength,e.thetaStart,e.thetaLength)}};function hr(n){let e={};for(let t in n){e[t]={};for(let i in n[t]){let r=n[t][i];if(Sg(r))r.isRenderTargetTexture?(Ie("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][i]=null):e[t][i]=r.clone();else if(Array.isArray(r))if(Sg(r[0])){let s=[];for(let a=0,o=r.length;a<o;a++)s[a]=r[a].clone();e[t][i]=s}else e[t][i]=r.slice();else e[t][i]=r}}return e}function Wt(n){let e={};for(let t=0;t<n.length;t++){let i=hr(n[t]);for(let r in i)e[r]=i[r]}return e}function Sg(n){return n&&(n.isColor||n.isMatrix3||n.isMatrix4||n.isVector2||n.isVector3||n.isVector4||n.isTexture||n.isQuaternion)}function Pv(n){let e=[];for(let t=0;t<n.length;t++)e.push(n[t].clone());return e}function hf(n){let e=n.getRenderTarget();return e===null?n.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:et.workingColorSpace}var x0={clone:hr,merge:Wt},Iv=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,Lv=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,kn=class extends Bn{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=Iv,this.fragmentShader=Lv,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=hr(e.uniforms),this.uniformsGroups=Pv(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let a=this.uniforms[r].value;a&&a.isTexture?t.uniforms[r]={type:"t",value:a.toJSON(e).uuid}:a&&a.isColor?t.uniforms[r]={type:"c",value:a.getHex()}:a&&a.isVector2?t.uniforms[r]={type:"v2",value:a.toArray()}:a&&a.isVector3?t.uniforms[r]={type:"v3",value:a.toArray()}:a&&a.isVector4?t.uniforms[r]={type:"v4",value:a.toArray()}:a&&a.isMatrix3?t.uniforms[r]={type:"m3",value:a.toArray()}:a&&a.isMatrix4?t.uniforms[r]={type:"m4",value:a.toArray()}:t.uniforms[r]={value:a}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let i={};for(let r in this.extensions)this.extensions[r]===!0&&(i[r]=!0);return Object.keys(i).length>0&&(t.extensions=i),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let i in e.uniforms){let r=e.uniforms[i];switch(this.uniforms[i]={},r.type){case"t":this.uniforms[i].value=t[r.value]||null;break;case"c":this.uniforms[i].value=new Ge().setHex(r.value);break;case"v2":this.uniforms[i].value=new De().fromArray(r.value);break;case"v3":this.uniforms[i].value=new z().fromArray(r.value);break;case"v4":this.uniforms[i].value=new mt().fromArray(r.value);break;case"m3":this.uniforms[i].value=new Ue().fromArray(r.value);break;case"m4":this.uniforms[i].value=new it().fromArray(r.value);break;default:this.uniforms[i].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let i in e.extensions)this.extensions[i]=e.extensions[i];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},El=class extends kn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var pa=class extends Bn{constructor(e){super(),this.isMeshLambertMaterial=!0,this.type="MeshLambertMaterial",this.color=new Ge(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Ge(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=Rc,this.normalScale=new De(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new ri,this.combine=Gl,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}},Tl=class extends Bn{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=n0,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},Cl=class extends Bn{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function Zr(n,e){return!n||n.constructor===e?n:typeof e.BYTES_PER_ELEMENT=="number"?new e(n):Array.prototype.slice.call(n)}function sl(n){return n!==void 0&&n.inTangents!==void 0&&n.outTangents!==void 0}var Ci=class{constructor(e,t,i,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(i),this.sampleValues=t,this.valueSize=i,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,i=this._cachedIndex,r=t[i],s=t[i-1];e:{t:{let a;n:{i:if(!(e<r)){for(let o=i+2;;){if(r===void 0){if(e<s)break i;return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}if(i===o)break;if(s=r,r=t[++i],e<r)break t}a=t.length;break n}if(!(e>=s)){let o=t[1];e<o&&(i=2,s=o);for(let l=i-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===l)break;if(r=s,s=t[--i-1],e>=s)break t}a=i,i=0;break n}break e}for(;i<a;){let o=i+a>>>1;e<t[o]?a=o:i=o+1}if(r=t[i],s=t[i-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}this._cachedIndex=i,this.intervalChanged_(i,s,r)}return this.interpolate_(i,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,i=this.sampleValues,r=this.valueSize,s=e*r;for(let a=0;a!==r;++a)t[a]=i[s+a];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},Rl=class extends Ci{constructor(e,t,i,r){super(e,t,i,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:Eu,endingEnd:Eu}}intervalChanged_(e,t,i){let r=this.parameterPositions,s=e-2,a=e+1,o=r[s],l=r[a];if(o===void 0)switch(this.getSettings_().endingStart){case Tu:s=e,o=2*t-i;break;case Cu:s=r.length-2,o=t+r[s]-r[s+1];break;default:s=e,o=i}if(l===void 0)switch(this.getSettings_().endingEnd){case Tu:a=e,l=2*i-t;break;case Cu:a=1,l=i+r[1]-r[0];break;default:a=e-1,l=t}let c=(i-t)*.5,h=this.valueSize;this._weightPrev=c/(t-o),this._weightNext=c/(l-i),this._offsetPrev=s*h,this._offsetNext=a*h}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=this._offsetPrev,f=this._offsetNext,u=this._weightPrev,d=this._weightNext,p=(i-t)/(r-t),x=p*p,m=x*p,g=-u*m+2*u*x-u*p,_=(1+u)*m+(-1.5-2*u)*x+(-.5+u)*p+1,E=(-1-d)*m+(1.5+d)*x+.5*p,v=d*m-d*x;for(let A=0;A!==o;++A)s[A]=g*a[h+A]+_*a[c+A]+E*a[l+A]+v*a[f+A];return s}},Pl=class extends Ci{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=(i-t)/(r-t),f=1-h;for(let u=0;u!==o;++u)s[u]=a[c+u]*f+a[l+u]*h;return s}},Il=class extends Ci{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e){return this.copySampleValue_(e-1)}},Ll=class extends Ci{interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=this.inTangents,f=this.outTangents;if(!h||!f){let p=(i-t)/(r-t),x=1-p;for(let m=0;m!==o;++m)s[m]=a[c+m]*x+a[l+m]*p;return s}let u=o*2,d=e-1;for(let p=0;p!==o;++p){let x=a[c+p],m=a[l+p],g=d*u+p*2,_=f[g],E=f[g+1],v=e*u+p*2,A=h[v],w=h[v+1],b=Dv(i,t,_,A,r);s[p]=y0(b,x,E,w,m)}return s}};function y0(n,e,t,i,r){let s=1-n;return s*s*s*e+3*s*s*n*t+3*s*n*n*i+n*n*n*r}function Nv(n,e,t,i,r){let s=1-n;return 3*s*s*(t-e)+6*s*n*(i-t)+3*n*n*(r-i)}function Dv(n,e,t,i,r){let s=(n-e)/(r-e);for(let a=0;a<8;a++){let o=y0(s,e,t,i,r)-n;if(Math.abs(o)<1e-10)break;let l=Nv(s,e,t,i,r);if(Math.abs(l)<1e-10)break;s=Math.max(0,Math.min(1,s-o/l))}return s}var ln=class{constructor(e,t,i,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=Zr(t,this.TimeBufferType),this.values=Zr(i,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,i;if(t.toJSON!==this.toJSON)i=t.toJSON(e);else{i={name:e.name,times:Zr(e.times,Array),values:Zr(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(i.interpolation=r),sl(e.settings)&&(i.settings={inTangents:Zr(e.settings.inTangents,Array),outTangents:Zr(e.settings.outTangents,Array)})}return i.type=e.ValueTypeName,i}InterpolantFactoryMethodDiscrete(e){return new Il(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new Pl(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new Rl(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new Ll(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case js:t=this.InterpolantFactoryMethodDiscrete;break;case yl:t=this.InterpolantFactoryMethodLinear;break;case ll:t=this.InterpolantFactoryMethodSmooth;break;case Au:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let i="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(i);return Ie("KeyframeTrack:",i),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return js;case this.InterpolantFactoryMethodLinear:return yl;case this.InterpolantFactoryMethodSmooth:return ll;case this.InterpolantFactoryMethodBezier:return Au}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]+=e;sl(this.settings)&&(wg(this.settings.inTangents,e),wg(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]*=e;sl(this.settings)&&(Ag(this.settings.inTangents,e),Ag(this.settings.outTangents,e))}return this}trim(e,t){let i=this.times,r=i.length,s=0,a=r-1;for(;s!==r&&i[s]<e;)++s;for(;a!==-1&&i[a]>t;)--a;if(++a,s!==0||a!==r){s>=a&&(a=Math.max(a,1),s=a-1);let o=this.getValueSize();this.times=i.slice(s,a),this.values=this.values.slice(s*o,a*o)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(Oe("KeyframeTrack: Invalid value size in track.",this),e=!1);let i=this.times,r=this.values,s=i.length;s===0&&(Oe("KeyframeTrack: Track is empty.",this),e=!1);let a=null;for(let o=0;o!==s;o++){let l=i[o];if(typeof l=="number"&&isNaN(l)){Oe("KeyframeTrack: Time is not a valid number.",this,o,l),e=!1;break}if(a!==null&&a>l){Oe("KeyframeTrack: Out of order keys.",this,o,l,a),e=!1;break}a=l}if(r!==void 0&&K_(r))for(let o=0,l=r.length;o!==l;++o){let c=r[o];if(isNaN(c)){Oe("KeyframeTrack: Value is not a valid number.",this,o,c),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),i=this.getValueSize(),r=this.getInterpolation()===ll,s=e.length-1,a=1;for(let o=1;o<s;++o){let l=!1,c=e[o],h=e[o+1];if(c!==h&&(o!==1||c!==e[0]))if(r)l=!0;else{let f=o*i,u=f-i,d=f+i;for(let p=0;p!==i;++p){let x=t[f+p];if(x!==t[u+p]||x!==t[d+p]){l=!0;break}}}if(l){if(o!==a){e[a]=e[o];let f=o*i,u=a*i;for(let d=0;d!==i;++d)t[u+d]=t[f+d]}++a}}if(s>0){e[a]=e[s];for(let o=s*i,l=a*i,c=0;c!==i;++c)t[l+c]=t[o+c];++a}return a!==e.length?(this.times=e.slice(0,a),this.values=t.slice(0,a*i)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),i=this.constructor,r=new i(this.name,e,t);return r.createInterpolant=this.createInterpolant,sl(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function wg(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]+=e}function Ag(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]*=e}ln.prototype.ValueTypeName="";ln.prototype.TimeBufferType=Float32Array;ln.prototype.ValueBufferType=Float32Array;ln.prototype.DefaultInterpolation=yl;var Ri=class extends ln{constructor(e,t,i){super(e,t,i)}};Ri.prototype.ValueTypeName="bool";Ri.prototype.ValueBufferType=Array;Ri.prototype.DefaultInterpolation=js;Ri.prototype.InterpolantFactoryMethodLinear=void 0;Ri.prototype.InterpolantFactoryMethodSmooth=void 0;var Nl=class extends ln{constructor(e,t,i,r){super(e,t,i,r)}};Nl.prototype.ValueTypeName="color";var Dl=class extends ln{constructor(e,t,i,r){super(e,t,i,r)}};Dl.prototype.ValueTypeName="number";var Fl=class extends Ci{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=(i-t)/(r-t),c=e*o;for(let h=c+o;c!==h;c+=4)an.slerpFlat(s,0,a,c-o,a,c,l);return s}},ma=class extends ln{constructor(e,t,i,r){super(e,t,i,r)}InterpolantFactoryMethodLinear(e){return new Fl(this.times,this.values,this.getValueSize(),e)}};ma.prototype.ValueTypeName="quaternion";ma.prototype.InterpolantFactoryMethodSmooth=void 0;var Pi=class extends ln{constructor(e,t,i){super(e,t,i)}};Pi.prototype.ValueTypeName="string";Pi.prototype.ValueBufferType=Array;Pi.prototype.DefaultInterpolation=js;Pi.prototype.InterpolantFactoryMethodLinear=void 0;Pi.prototype.InterpolantFactoryMethodSmooth=void 0;var Ol=class extends ln{constructor(e,t,i,r){super(e,t,i,r)}};Ol.prototype.ValueTypeName="vector";var Ul=class{constructor(e,t,i){let r=this,s=!1,a=0,o=0,l,c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=i,this._abortController=null,this.itemStart=function(h){o++,s===!1&&r.onStart!==void 0&&r.onStart(h,a,o),s=!0},this.itemEnd=function(h){a++,r.onProgress!==void 0&&r.onProgress(h,a,o),a===o&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(h){r.onError!==void 0&&r.onError(h)},this.resolveURL=function(h){return h=h.normalize("NFC"),l?l(h):h},this.setURLModifier=function(h){return l=h,this},this.addHandler=function(h,f){return c.push(h,f),this},this.removeHandler=function(h){let f=c.indexOf(h);return f!==-1&&c.splice(f,2),this},this.getHandler=function(h){for(let f=0,u=c.length;f<u;f+=2){let d=c[f],p=c[f+1];if(d.global&&(d.lastIndex=0),d.test(h))return p}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},_0=new Ul,Bl=class{constructor(e){this.manager=e!==void 0?e:_0,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let i=this;return new Promise(function(r,s){i.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};Bl.DEFAULT_MATERIAL_NAME="__DEFAULT";var ga=class extends Ft{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new Ge(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){let t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}},ba=class extends ga{constructor(e,t,i){super(e,i),this.isHemisphereLight=!0,this.type="HemisphereLight",this.position.copy(Ft.DEFAULT_UP),this.updateMatrix(),this.groundColor=new Ge(t)}copy(e,t){return super.copy(e,t),this.groundColor.copy(e.groundColor),this}toJSON(e){let t=super.toJSON(e);return t.object.groundColor=this.groundColor.getHex(),t}},wu=new it,Eg=new z,Tg=new z,kl=class{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new De(512,512),this.mapType=Qt,this.map=null,this.mapPass=null,this.matrix=new it,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new Ei,this._frameExtents=new De(1,1),this._viewportCount=1,this._viewports=[new mt(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){let t=this.camera;Eg.setFromMatrixPosition(e.matrixWorld),t.position.copy(Eg),Tg.setFromMatrixPosition(e.target.matrixWorld),t.lookAt(Tg),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,i,r){wu.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),i.setFromProjectionMatrix(wu,e.coordinateSystem,e.reversedDepth);let s=this._frameExtents,a=r?r.z/s.x:1,o=r?r.w/s.y:1,l=r?r.x/s.x:0,c=r?r.y/s.y:0;e.coordinateSystem===ts||e.reversedDepth?t.set(.5*a,0,0,.5*a+l,0,.5*o,0,.5*o+c,0,0,1,0,0,0,0,1):t.set(.5*a,0,0,.5*a+l,0,.5*o,0,.5*o+c,0,0,.5,.5,0,0,0,1),t.multiply(wu)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}},al=new z,ol=new an,On=new z,xa=class extends Ft{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new it,this.projectionMatrix=new it,this.projectionMatrixInverse=new it,this.coordinateSystem=gn,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(al,ol,On),On.x===1&&On.y===1&&On.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(al,ol,On.set(1,1,1)).invert()}updateWorldMatrix(e,t,i=!1){super.updateWorldMatrix(e,t,i),this.matrixWorld.decompose(al,ol,On),On.x===1&&On.y===1&&On.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(al,ol,On.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},wi=new z,Cg=new De,Rg=new De,Xt=class extends xa{constructor(e=50,t=1,i=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=i,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=is*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Zs*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return is*2*Math.atan(Math.tan(Zs*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,i){wi.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(wi.x,wi.y).multiplyScalar(-e/wi.z),wi.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),i.set(wi.x,wi.y).multiplyScalar(-e/wi.z)}getViewSize(e,t){return this.getViewBounds(e,Cg,Rg),t.subVectors(Rg,Cg)}setViewOffset(e,t,i,r,s,a){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Zs*.5*this.fov)/this.zoom,i=2*t,r=this.aspect*i,s=-.5*r,a=this.view;if(this.view!==null&&this.view.enabled){let l=a.fullWidth,c=a.fullHeight;s+=a.offsetX*r/l,t-=a.offsetY*i/c,r*=a.width/l,i*=a.height/c}let o=this.filmOffset;o!==0&&(s+=e*o/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-i,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var ya=class extends xa{constructor(e=-1,t=1,i=1,r=-1,s=.1,a=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=i,this.bottom=r,this.near=s,this.far=a,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,i,r,s,a){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),i=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=i-e,a=i+e,o=r+t,l=r-t;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,h=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=c*this.view.offsetX,a=s+c*this.view.width,o-=h*this.view.offsetY,l=o-h*this.view.height}this.projectionMatrix.makeOrthographic(s,a,o,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}},Pu=class extends kl{constructor(){super(new ya(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},_a=class extends ga{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(Ft.DEFAULT_UP),this.updateMatrix(),this.target=new Ft,this.shadow=new Pu}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}};var Jr=-90,jr=1,us=class extends Ft{constructor(e,t,i){super(),this.type="CubeCamera",this.renderTarget=i,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new Xt(Jr,jr,e,t);r.layers=this.layers,this.add(r);let s=new Xt(Jr,jr,e,t);s.layers=this.layers,this.add(s);let a=new Xt(Jr,jr,e,t);a.layers=this.layers,this.add(a);let o=new Xt(Jr,jr,e,t);o.layers=this.layers,this.add(o);let l=new Xt(Jr,jr,e,t);l.layers=this.layers,this.add(l);let c=new Xt(Jr,jr,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[i,r,s,a,o,l]=t;for(let c of t)this.remove(c);if(e===gn)i.up.set(0,1,0),i.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),a.up.set(0,0,1),a.lookAt(0,-1,0),o.up.set(0,1,0),o.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===ts)i.up.set(0,-1,0),i.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),a.up.set(0,0,-1),a.lookAt(0,-1,0),o.up.set(0,-1,0),o.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:i,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,a,o,l,c,h]=this.children,f=e.getRenderTarget(),u=e.getActiveCubeFace(),d=e.getActiveMipmapLevel(),p=e.xr.enabled;e.xr.enabled=!1;let x=i.texture.mipmapsAutoUpdate;i.texture.mipmapsAutoUpdate=!1;let m=!1;e.isWebGLRenderer===!0?m=e.state.buffers.depth.getReversed():m=e.reversedDepthBuffer,e.setRenderTarget(i,0,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(i,1,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(i,2,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(i,3,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(i,4,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),i.texture.mipmapsAutoUpdate=x,e.setRenderTarget(i,5,r),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,h),e.setRenderTarget(f,u,d),e.xr.enabled=p,i.texture.needsPMREMUpdate=!0}},zl=class extends Xt{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var uf="\\[\\]\\.:\\/",Fv=new RegExp("["+uf+"]","g"),ff="[^"+uf+"]",Ov="[^"+uf.replace("\\.","")+"]",Uv=/((?:WC+[\/:])*)/.source.replace("WC",ff),Bv=/(WCOD+)?/.source.replace("WCOD",Ov),kv=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",ff),zv=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",ff),Vv=new RegExp("^"+Uv+Bv+kv+zv+"$"),Gv=["material","materials","bones","map"],Iu=class{constructor(e,t,i){let r=i||ft.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let i=this._targetGroup.nCachedObjects_,r=this._bindings[i];r!==void 0&&r.getValue(e,t)}setValue(e,t){let i=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=i.length;r!==s;++r)i[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].unbind()}},ft=class n{constructor(e,t,i){this.path=t,this.parsedPath=i||n.parseTrackName(t),this.node=n.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,i){return e&&e.isAnimationObjectGroup?new n.Composite(e,t,i):new n(e,t,i)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(Fv,"")}static parseTrackName(e){let t=Vv.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let i={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=i.nodeName&&i.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=i.nodeName.substring(r+1);Gv.indexOf(s)!==-1&&(i.nodeName=i.nodeName.substring(0,r),i.objectName=s)}if(i.propertyName===null||i.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return i}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let i=e.skeleton.getBoneByName(t);if(i!==void 0)return i}if(e.children){let i=function(s){for(let a=0;a<s.length;a++){let o=s[a];if(o.name===t||o.uuid===t)return o;let l=i(o.children);if(l)return l}return null},r=i(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)e[t++]=i[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,i=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=n.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Ie("PropertyBinding: No target node found for track: "+this.path+".");return}if(i){let c=t.objectIndex;switch(i){case"materials":if(!e.material){Oe("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){Oe("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){Oe("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let h=0;h<e.length;h++)if(e[h].name===c){c=h;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){Oe("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){Oe("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[i]===void 0){Oe("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[i]}if(c!==void 0){if(e[c]===void 0){Oe("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}let a=e[r];if(a===void 0){let c=t.nodeName;Oe("PropertyBinding: Trying to update property for track: "+c+"."+r+" but it wasn't found.",e);return}let o=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?o=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(o=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){Oe("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){Oe("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}l=this.BindingType.ArrayElement,this.resolvedProperty=a,this.propertyIndex=s}else a.fromArray!==void 0&&a.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=a):Array.isArray(a)?(l=this.BindingType.EntireArray,this.resolvedProperty=a):this.propertyName=r;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][o]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};ft.Composite=Iu;ft.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};ft.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};ft.prototype.GetterByBindingType=[ft.prototype._getValue_direct,ft.prototype._getValue_array,ft.prototype._getValue_arrayElement,ft.prototype._getValue_toArray];ft.prototype.SetterByBindingTypeAndVersioning=[[ft.prototype._setValue_direct,ft.prototype._setValue_direct_setNeedsUpdate,ft.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_array,ft.prototype._setValue_array_setNeedsUpdate,ft.prototype._setValue_array_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_arrayElement,ft.prototype._setValue_arrayElement_setNeedsUpdate,ft.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_fromArray,ft.prototype._setValue_fromArray_setNeedsUpdate,ft.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var hR=new Float32Array(1);var Pg=new it,va=class{constructor(e,t,i=0,r=1/0){this.ray=new si(e,t),this.near=i,this.far=r,this.camera=null,this.layers=new ss,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(e,t){this.ray.set(e,t)}setFromCamera(e,t){t.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(e.x,e.y,.5).unproject(t).sub(this.ray.origin).normalize(),this.camera=t):t.isOrthographicCamera?(this.ray.origin.set(e.x,e.y,t.projectionMatrix.elements[14]).unproject(t),this.ray.direction.set(0,0,-1).transformDirection(t.matrixWorld),this.camera=t):Oe("Raycaster: Unsupported camera type: "+t.type)}setFromXRController(e){return Pg.identity().extractRotation(e.matrixWorld),this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(Pg),this}intersectObject(e,t=!0,i=[]){return Lu(e,this,i,t),i.sort(Ig),i}intersectObjects(e,t=!0,i=[]){for(let r=0,s=e.length;r<s;r++)Lu(e[r],this,i,t);return i.sort(Ig),i}};function Ig(n,e){return n.distance-e.distance}function Lu(n,e,t,i){let r=!0;if(n.layers.test(e.layers)&&n.raycast(e,t)===!1&&(r=!1),r===!0&&i===!0){let s=n.children;for(let a=0,o=s.length;a<o;a++)Lu(s[a],e,t,!0)}}var fs=class{constructor(e=1,t=0,i=0){this.radius=e,this.phi=t,this.theta=i}set(e,t,i){return this.radius=e,this.phi=t,this.theta=i,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=Ze(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,i){return this.radius=Math.sqrt(e*e+t*t+i*i),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,i),this.phi=Math.acos(Ze(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var xf=class xf{constructor(e,t,i,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,i,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let i=0;i<4;i++)this.elements[i]=e[i+t];return this}set(e,t,i,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=i,s[3]=r,this}};xf.prototype.isMatrix2=!0;var Nu=xf;var Ma=class extends Cn{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function df(n,e,t,i){let r=Hv(i);switch(t){case ju:return n*e;case Kl:return n*e/r.components*r.byteLength;case Zl:return n*e/r.components*r.byteLength;case Di:return n*e*2/r.components*r.byteLength;case Jl:return n*e*2/r.components*r.byteLength;case Qu:return n*e*3/r.components*r.byteLength;case In:return n*e*4/r.components*r.byteLength;case jl:return n*e*4/r.components*r.byteLength;case Aa:case Ea:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case Ta:case Ca:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case ec:case nc:return Math.max(n,16)*Math.max(e,8)/4;case Ql:case tc:return Math.max(n,8)*Math.max(e,8)/2;case ic:case rc:case ac:case oc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case sc:case Ra:case lc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case cc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case hc:return Math.floor((n+4)/5)*Math.floor((e+3)/4)*16;case uc:return Math.floor((n+4)/5)*Math.floor((e+4)/5)*16;case fc:return Math.floor((n+5)/6)*Math.floor((e+4)/5)*16;case dc:return Math.floor((n+5)/6)*Math.floor((e+5)/6)*16;case pc:return Math.floor((n+7)/8)*Math.floor((e+4)/5)*16;case mc:return Math.floor((n+7)/8)*Math.floor((e+5)/6)*16;case gc:return Math.floor((n+7)/8)*Math.floor((e+7)/8)*16;case bc:return Math.floor((n+9)/10)*Math.floor((e+4)/5)*16;case xc:return Math.floor((n+9)/10)*Math.floor((e+5)/6)*16;case yc:return Math.floor((n+9)/10)*Math.floor((e+7)/8)*16;case _c:return Math.floor((n+9)/10)*Math.floor((e+9)/10)*16;case vc:return Math.floor((n+11)/12)*Math.floor((e+9)/10)*16;case Mc:return Math.floor((n+11)/12)*Math.floor((e+11)/12)*16;case Sc:case wc:case Ac:return Math.ceil(n/4)*Math.ceil(e/4)*16;case Ec:case Tc:return Math.ceil(n/4)*Math.ceil(e/4)*8;case Pa:case Cc:return Math.ceil(n/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function Hv(n){switch(n){case Qt:case Yu:return{byteLength:1,components:1};case gs:case Ku:case Pn:return{byteLength:2,components:1};case ql:case Yl:return{byteLength:2,components:4};case Rn:case Xl:case _n:return{byteLength:4,components:1};case Zu:case Ju:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${n}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Ie("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function G0(){let n=null,e=!1,t=null,i=null;function r(s,a){i=n.requestAnimationFrame(r),t(s,a)}return{start:function(){e!==!0&&t!==null&&n!==null&&(i=n.requestAnimationFrame(r),e=!0)},stop:function(){n!==null&&n.cancelAnimationFrame(i),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){n=s}}}function $v(n){let e=new WeakMap;function t(o,l){let c=o.array,h=o.usage,f=c.byteLength,u=n.createBuffer();n.bindBuffer(l,u),n.bufferData(l,c,h),o.onUploadCallback();let d;if(c instanceof Float32Array)d=n.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)d=n.HALF_FLOAT;else if(c instanceof Uint16Array)o.isFloat16BufferAttribute?d=n.HALF_FLOAT:d=n.UNSIGNED_SHORT;else if(c instanceof Int16Array)d=n.SHORT;else if(c instanceof Uint32Array)d=n.UNSIGNED_INT;else if(c instanceof Int32Array)d=n.INT;else if(c instanceof Int8Array)d=n.BYTE;else if(c instanceof Uint8Array)d=n.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)d=n.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:u,type:d,bytesPerElement:c.BYTES_PER_ELEMENT,version:o.version,size:f}}function i(o,l,c){let h=l.array,f=l.updateRanges;if(n.bindBuffer(c,o),f.length===0)n.bufferSubData(c,0,h);else{f.sort((d,p)=>d.start-p.start);let u=0;for(let d=1;d<f.length;d++){let p=f[u],x=f[d];x.start<=p.start+p.count+1?p.count=Math.max(p.count,x.start+x.count-p.start):(++u,f[u]=x)}f.length=u+1;for(let d=0,p=f.length;d<p;d++){let x=f[d];n.bufferSubData(c,x.start*h.BYTES_PER_ELEMENT,h,x.start,x.count)}l.clearUpdateRanges()}l.onUploadCallback()}function r(o){return o.isInterleavedBufferAttribute&&(o=o.data),e.get(o)}function s(o){o.isInterleavedBufferAttribute&&(o=o.data);let l=e.get(o);l&&(n.deleteBuffer(l.buffer),e.delete(o))}function a(o,l){if(o.isInterleavedBufferAttribute&&(o=o.data),o.isGLBufferAttribute){let h=e.get(o);(!h||h.version<o.version)&&e.set(o,{buffer:o.buffer,type:o.type,bytesPerElement:o.elementSize,version:o.version});return}let c=e.get(o);if(c===void 0)e.set(o,t(o,l));else if(c.version<o.version){if(c.size!==o.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");i(c.buffer,o,l),c.version=o.version}}return{get:r,remove:s,update:a}}var Xv=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,qv=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,Yv=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,Kv=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Zv=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,Jv=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,jv=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,Qv=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,e1=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,t1=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,n1=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,i1=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,r1=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,s1=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,a1=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,o1=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,l1=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,c1=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,h1=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,u1=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,f1=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,d1=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,p1=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,m1=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,g1=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,b1=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,x1=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,y1=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,_1=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,v1="gl_FragColor = linearToOutputTexel( gl_FragColor );",M1=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,S1=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,w1=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,A1=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,E1=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,T1=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,C1=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,R1=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,P1=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,I1=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,L1=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,N1=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,D1=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,F1=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,O1=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,U1=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,B1=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,k1=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,z1=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,V1=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,G1=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,H1=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,W1=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,$1=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,X1=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,q1=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,Y1=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,K1=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Z1=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,J1=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,j1=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,Q1=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,eM=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,tM=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,nM=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,iM=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,rM=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,sM=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,aM=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,oM=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,lM=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,cM=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,hM=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,uM=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,fM=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,dM=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,pM=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,mM=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,gM=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,bM=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,xM=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,yM=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,_M=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,vM=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,MM=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,SM=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,wM=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,AM=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,EM=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,TM=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,CM=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,RM=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,PM=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,IM=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,LM=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,NM=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,DM=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,FM=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,OM=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,UM=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,BM=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,kM=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,zM=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,VM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,GM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,HM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,WM=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,$M=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,XM=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,qM=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,YM=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,KM=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,ZM=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,JM=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,jM=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,QM=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,eS=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,tS=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,nS=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,iS=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,rS=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,sS=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,aS=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,oS=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,lS=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,cS=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,hS=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,uS=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,fS=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,dS=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,pS=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,mS=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,gS=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,bS=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,xS=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,yS=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,_S=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,vS=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,MS=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,SS=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,wS=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,Xe={alphahash_fragment:Xv,alphahash_pars_fragment:qv,alphamap_fragment:Yv,alphamap_pars_fragment:Kv,alphatest_fragment:Zv,alphatest_pars_fragment:Jv,aomap_fragment:jv,aomap_pars_fragment:Qv,batching_pars_vertex:e1,batching_vertex:t1,begin_vertex:n1,beginnormal_vertex:i1,bsdfs:r1,iridescence_fragment:s1,bumpmap_pars_fragment:a1,clipping_planes_fragment:o1,clipping_planes_pars_fragment:l1,clipping_planes_pars_vertex:c1,clipping_planes_vertex:h1,color_fragment:u1,color_pars_fragment:f1,color_pars_vertex:d1,color_vertex:p1,common:m1,defaultnormal_vertex:g1,displacementmap_pars_vertex:b1,displacementmap_vertex:x1,emissivemap_fragment:y1,emissivemap_pars_fragment:_1,colorspace_fragment:v1,colorspace_pars_fragment:M1,envmap_fragment:S1,envmap_common_pars_fragment:w1,envmap_pars_fragment:A1,envmap_pars_vertex:E1,envmap_physical_pars_fragment:U1,envmap_vertex:T1,fog_vertex:C1,fog_pars_vertex:R1,fog_fragment:P1,fog_pars_fragment:I1,gradientmap_pars_fragment:L1,lightmap_pars_fragment:N1,lights_lambert_fragment:D1,lights_lambert_pars_fragment:F1,lights_pars_begin:O1,lights_toon_fragment:B1,lights_toon_pars_fragment:k1,lights_phong_fragment:z1,lights_phong_pars_fragment:V1,lights_physical_fragment:G1,lights_physical_pars_fragment:H1,lights_fragment_begin:W1,lights_fragment_maps:$1,lights_fragment_end:X1,lightprobes_pars_fragment:q1,logdepthbuf_fragment:Y1,logdepthbuf_pars_fragment:K1,logdepthbuf_pars_vertex:Z1,logdepthbuf_vertex:J1,map_fragment:j1,map_pars_fragment:Q1,map_particle_fragment:eM,map_particle_pars_fragment:tM,metalnessmap_fragment:nM,metalnessmap_pars_fragment:iM,morphinstance_vertex:rM,morphcolor_vertex:sM,morphnormal_vertex:aM,morphtarget_pars_vertex:oM,morphtarget_vertex:lM,normal_fragment_begin:cM,normal_fragment_maps:hM,normal_pars_fragment:uM,normal_pars_vertex:fM,normal_vertex:dM,normalmap_pars_fragment:pM,clearcoat_normal_fragment_begin:mM,clearcoat_normal_fragment_maps:gM,clearcoat_pars_fragment:bM,iridescence_pars_fragment:xM,opaque_fragment:yM,packing:_M,premultiplied_alpha_fragment:vM,project_vertex:MM,dithering_fragment:SM,dithering_pars_fragment:wM,roughnessmap_fragment:AM,roughnessmap_pars_fragment:EM,shadowmap_pars_fragment:TM,shadowmap_pars_vertex:CM,shadowmap_vertex:RM,shadowmask_pars_fragment:PM,skinbase_vertex:IM,skinning_pars_vertex:LM,skinning_vertex:NM,skinnormal_vertex:DM,specularmap_fragment:FM,specularmap_pars_fragment:OM,tonemapping_fragment:UM,tonemapping_pars_fragment:BM,transmission_fragment:kM,transmission_pars_fragment:zM,uv_pars_fragment:VM,uv_pars_vertex:GM,uv_vertex:HM,worldpos_vertex:WM,background_vert:$M,background_frag:XM,backgroundCube_vert:qM,backgroundCube_frag:YM,cube_vert:KM,cube_frag:ZM,depth_vert:JM,depth_frag:jM,distance_vert:QM,distance_frag:eS,equirect_vert:tS,equirect_frag:nS,linedashed_vert:iS,linedashed_frag:rS,meshbasic_vert:sS,meshbasic_frag:aS,meshlambert_vert:oS,meshlambert_frag:lS,meshmatcap_vert:cS,meshmatcap_frag:hS,meshnormal_vert:uS,meshnormal_frag:fS,meshphong_vert:dS,meshphong_frag:pS,meshphysical_vert:mS,meshphysical_frag:gS,meshtoon_vert:bS,meshtoon_frag:xS,points_vert:yS,points_frag:_S,shadow_vert:vS,shadow_frag:MS,sprite_vert:SS,sprite_frag:wS},ve={common:{diffuse:{value:new Ge(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new Ue},alphaMap:{value:null},alphaMapTransform:{value:new Ue},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new Ue}},envmap:{envMap:{value:null},envMapRotation:{value:new Ue},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new Ue}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new Ue}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new Ue},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new Ue},normalScale:{value:new De(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new Ue},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new Ue}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new Ue}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new Ue}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Ge(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Ge(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new Ue},alphaTest:{value:0},uvTransform:{value:new Ue}},sprite:{diffuse:{value:new Ge(16777215)},opacity:{value:1},center:{value:new De(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new Ue},alphaMap:{value:null},alphaMapTransform:{value:new Ue},alphaTest:{value:0}}},Gn={basic:{uniforms:Wt([ve.common,ve.specularmap,ve.envmap,ve.aomap,ve.lightmap,ve.fog]),vertexShader:Xe.meshbasic_vert,fragmentShader:Xe.meshbasic_frag},lambert:{uniforms:Wt([ve.common,ve.specularmap,ve.envmap,ve.aomap,ve.lightmap,ve.emissivemap,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.fog,ve.lights,{emissive:{value:new Ge(0)},envMapIntensity:{value:1}}]),vertexShader:Xe.meshlambert_vert,fragmentShader:Xe.meshlambert_frag},phong:{uniforms:Wt([ve.common,ve.specularmap,ve.envmap,ve.aomap,ve.lightmap,ve.emissivemap,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.fog,ve.lights,{emissive:{value:new Ge(0)},specular:{value:new Ge(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Xe.meshphong_vert,fragmentShader:Xe.meshphong_frag},standard:{uniforms:Wt([ve.common,ve.envmap,ve.aomap,ve.lightmap,ve.emissivemap,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.roughnessmap,ve.metalnessmap,ve.fog,ve.lights,{emissive:{value:new Ge(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Xe.meshphysical_vert,fragmentShader:Xe.meshphysical_frag},toon:{uniforms:Wt([ve.common,ve.aomap,ve.lightmap,ve.emissivemap,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.gradientmap,ve.fog,ve.lights,{emissive:{value:new Ge(0)}}]),vertexShader:Xe.meshtoon_vert,fragmentShader:Xe.meshtoon_frag},matcap:{uniforms:Wt([ve.common,ve.bumpmap,ve.normalmap,ve.displacementmap,ve.fog,{matcap:{value:null}}]),vertexShader:Xe.meshmatcap_vert,fragmentShader:Xe.meshmatcap_frag},points:{uniforms:Wt([ve.points,ve.fog]),vertexShader:Xe.points_vert,fragmentShader:Xe.points_frag},dashed:{uniforms:Wt([ve.common,ve.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Xe.linedashed_vert,fragmentShader:Xe.linedashed_frag},depth:{uniforms:Wt([ve.common,ve.displacementmap]),vertexShader:Xe.depth_vert,fragmentShader:Xe.depth_frag},normal:{uniforms:Wt([ve.common,ve.bumpmap,ve.normalmap,ve.displacementmap,{opacity:{value:1}}]),vertexShader:Xe.meshnormal_vert,fragmentShader:Xe.meshnormal_frag},sprite:{uniforms:Wt([ve.sprite,ve.fog]),vertexShader:Xe.sprite_vert,fragmentShader:Xe.sprite_frag},background:{uniforms:{uvTransform:{value:new Ue},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Xe.background_vert,fragmentShader:Xe.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new Ue}},vertexShader:Xe.backgroundCube_vert,fragmentShader:Xe.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Xe.cube_vert,fragmentShader:Xe.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Xe.equirect_vert,fragmentShader:Xe.equirect_frag},distance:{uniforms:Wt([ve.common,ve.displacementmap,{referencePosition:{value:new z},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Xe.distance_vert,fragmentShader:Xe.distance_frag},shadow:{uniforms:Wt([ve.lights,ve.fog,{color:{value:new Ge(0)},opacity:{value:1}}]),vertexShader:Xe.shadow_vert,fragmentShader:Xe.shadow_frag}};Gn.physical={uniforms:Wt([Gn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new Ue},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new Ue},clearcoatNormalScale:{value:new De(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new Ue},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new Ue},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new Ue},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new Ue},sheen:{value:0},sheenColor:{value:new Ge(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new Ue},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new Ue},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new Ue},transmissionSamplerSize:{value:new De},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new Ue},attenuationDistance:{value:0},attenuationColor:{value:new Ge(0)},specularColor:{value:new Ge(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new Ue},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new Ue},anisotropyVector:{value:new De},anisotropyMap:{value:null},anisotropyMapTransform:{value:new Ue}}]),vertexShader:Xe.meshphysical_vert,fragmentShader:Xe.meshphysical_frag};var Pc={r:0,b:0,g:0},AS=new it,H0=new Ue;H0.set(-1,0,0,0,1,0,0,0,1);function ES(n,e,t,i,r,s){let a=new Ge(0),o=r===!0?0:1,l,c,h=null,f=0,u=null;function d(_){let E=_.isScene===!0?_.background:null;if(E&&E.isTexture){let v=_.backgroundBlurriness>0;E=e.get(E,v)}return E}function p(_){let E=!1,v=d(_);v===null?m(a,o):v&&v.isColor&&(m(v,1),E=!0);let A=n.xr.getEnvironmentBlendMode();A==="additive"?t.buffers.color.setClear(0,0,0,1,s):A==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(n.autoClear||E)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),n.clear(n.autoClearColor,n.autoClearDepth,n.autoClearStencil))}function x(_,E){let v=d(E);v&&v.isCubeTexture?(c===void 0&&(c=new Kt(new hs(1,1,1),new kn({name:"BackgroundCubeMaterial",uniforms:hr(Gn.backgroundCube.uniforms),vertexShader:Gn.backgroundCube.vertexShader,fragmentShader:Gn.backgroundCube.fragmentShader,side:Zt,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(A,w,b){this.matrixWorld.copyPosition(b.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),i.update(c)),c.material.uniforms.envMap.value=v,c.material.uniforms.backgroundBlurriness.value=E.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=E.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(AS.makeRotationFromEuler(E.backgroundRotation)).transpose(),v.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(H0),c.material.toneMapped=et.getTransfer(v.colorSpace)!==at,(h!==v||f!==v.version||u!==n.toneMapping)&&(c.material.needsUpdate=!0,h=v,f=v.version,u=n.toneMapping),c.layers.enableAll(),_.unshift(c,c.geometry,c.material,0,0,null)):v&&v.isTexture&&(l===void 0&&(l=new Kt(new sr(2,2),new kn({name:"BackgroundMaterial",uniforms:hr(Gn.background.uniforms),vertexShader:Gn.background.vertexShader,fragmentShader:Gn.background.fragmentShader,side:Ni,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),i.update(l)),l.material.uniforms.t2D.value=v,l.material.uniforms.backgroundIntensity.value=E.backgroundIntensity,l.material.toneMapped=et.getTransfer(v.colorSpace)!==at,v.matrixAutoUpdate===!0&&v.updateMatrix(),l.material.uniforms.uvTransform.value.copy(v.matrix),(h!==v||f!==v.version||u!==n.toneMapping)&&(l.material.needsUpdate=!0,h=v,f=v.version,u=n.toneMapping),l.layers.enableAll(),_.unshift(l,l.geometry,l.material,0,0,null))}function m(_,E){_.getRGB(Pc,hf(n)),t.buffers.color.setClear(Pc.r,Pc.g,Pc.b,E,s)}function g(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return a},setClearColor:function(_,E=1){a.set(_),o=E,m(a,o)},getClearAlpha:function(){return o},setClearAlpha:function(_){o=_,m(a,o)},render:p,addToRenderList:x,dispose:g}}function TS(n,e){let t=n.getParameter(n.MAX_VERTEX_ATTRIBS),i={},r=u(null),s=r,a=!1;function o(P,I,O,R,N){let G=!1,B=f(P,R,O,I);s!==B&&(s=B,c(s.object)),G=d(P,R,O,N),G&&p(P,R,O,N),N!==null&&e.update(N,n.ELEMENT_ARRAY_BUFFER),(G||a)&&(a=!1,v(P,I,O,R),N!==null&&n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e.get(N).buffer))}function l(){return n.createVertexArray()}function c(P){return n.bindVertexArray(P)}function h(P){return n.deleteVertexArray(P)}function f(P,I,O,R){let N=R.wireframe===!0,G=i[I.id];G===void 0&&(G={},i[I.id]=G);let B=P.isInstancedMesh===!0?P.id:0,Z=G[B];Z===void 0&&(Z={},G[B]=Z);let k=Z[O.id];k===void 0&&(k={},Z[O.id]=k);let $=k[N];return $===void 0&&($=u(l()),k[N]=$),$}function u(P){let I=[],O=[],R=[];for(let N=0;N<t;N++)I[N]=0,O[N]=0,R[N]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:I,enabledAttributes:O,attributeDivisors:R,object:P,attributes:{},index:null}}function d(P,I,O,R){let N=s.attributes,G=I.attributes,B=0,Z=O.getAttributes();for(let k in Z)if(Z[k].location>=0){let K=N[k],Q=G[k];if(Q===void 0&&(k==="instanceMatrix"&&P.instanceMatrix&&(Q=P.instanceMatrix),k==="instanceColor"&&P.instanceColor&&(Q=P.instanceColor)),K===void 0||K.attribute!==Q||Q&&K.data!==Q.data)return!0;B++}return s.attributesNum!==B||s.index!==R}function p(P,I,O,R){let N={},G=I.attributes,B=0,Z=O.getAttributes();for(let k in Z)if(Z[k].location>=0){let K=G[k];K===void 0&&(k==="instanceMatrix"&&P.instanceMatrix&&(K=P.instanceMatrix),k==="instanceColor"&&P.instanceColor&&(K=P.instanceColor));let Q={};Q.attribute=K,K&&K.data&&(Q.data=K.data),N[k]=Q,B++}s.attributes=N,s.attributesNum=B,s.index=R}function x(){let P=s.newAttributes;for(let I=0,O=P.length;I<O;I++)P[I]=0}function m(P){g(P,0)}function g(P,I){let O=s.newAttributes,R=s.enabledAttributes,N=s.attributeDivisors;O[P]=1,R[P]===0&&(n.enableVertexAttribArray(P),R[P]=1),N[P]!==I&&(n.vertexAttribDivisor(P,I),N[P]=I)}function _(){let P=s.newAttributes,I=s.enabledAttributes;for(let O=0,R=I.length;O<R;O++)I[O]!==P[O]&&(n.disableVertexAttribArray(O),I[O]=0)}function E(P,I,O,R,N,G,B){B===!0?n.vertexAttribIPointer(P,I,O,N,G):n.vertexAttribPointer(P,I,O,R,N,G)}function v(P,I,O,R){x();let N=R.attributes,G=O.getAttributes(),B=I.defaultAttributeValues;for(let Z in G){let k=G[Z];if(k.location>=0){let $=N[Z];if($===void 0&&(Z==="instanceMatrix"&&P.instanceMatrix&&($=P.instanceMatrix),Z==="instanceColor"&&P.instanceColor&&($=P.instanceColor)),$!==void 0){let K=$.normalized,Q=$.itemSize,ce=e.get($);if(ce===void 0)continue;let X=ce.buffer,ie=ce.type,oe=ce.bytesPerElement,pe=ie===n.INT||ie===n.UNSIGNED_INT||$.gpuType===Xl;if($.isInterleavedBufferAttribute){let ne=$.data,Se=ne.isInterleavedBuffer===!0?ne.stride:ne.itemSize,He=$.offset;if(ne.isInstancedInterleavedBuffer||ne.isInstancedBufferAttribute){for(let we=0;we<k.locationSize;we++)g(k.location+we,ne.meshPerAttribute);P.isInstancedMesh!==!0&&R._maxInstanceCount===void 0&&(R._maxInstanceCount=ne.meshPerAttribute*ne.count)}else for(let we=0;we<k.locationSize;we++)m(k.location+we);n.bindBuffer(n.ARRAY_BUFFER,X);for(let we=0;we<k.locationSize;we++)E(k.location+we,Q/k.locationSize,ie,K,Se*oe,(He+Q/k.locationSize*we)*oe,pe)}else{if($.isInstancedBufferAttribute){for(let ne=0;ne<k.locationSize;ne++)g(k.location+ne,$.meshPerAttribute);P.isInstancedMesh!==!0&&R._maxInstanceCount===void 0&&(R._maxInstanceCount=$.meshPerAttribute*$.count)}else for(let ne=0;ne<k.locationSize;ne++)m(k.location+ne);n.bindBuffer(n.ARRAY_BUFFER,X);for(let ne=0;ne<k.locationSize;ne++)E(k.location+ne,Q/k.locationSize,ie,K,Q*oe,Q/k.locationSize*ne*oe,pe)}}else if(B!==void 0){let K=B[Z];if(K!==void 0)switch(K.length){case 2:n.vertexAttrib2fv(k.location,K);break;case 3:n.vertexAttrib3fv(k.location,K);break;case 4:n.vertexAttrib4fv(k.location,K);break;default:n.vertexAttrib1fv(k.location,K)}}}}_()}function A(){D();for(let P in i){let I=i[P];for(let O in I){let R=I[O];for(let N in R){let G=R[N];for(let B in G)h(G[B].object),delete G[B];delete R[N]}}delete i[P]}}function w(P){if(i[P.id]===void 0)return;let I=i[P.id];for(let O in I){let R=I[O];for(let N in R){let G=R[N];for(let B in G)h(G[B].object),delete G[B];delete R[N]}}delete i[P.id]}function b(P){for(let I in i){let O=i[I];for(let R in O){let N=O[R];if(N[P.id]===void 0)continue;let G=N[P.id];for(let B in G)h(G[B].object),delete G[B];delete N[P.id]}}}function S(P){for(let I in i){let O=i[I],R=P.isInstancedMesh===!0?P.id:0,N=O[R];if(N!==void 0){for(let G in N){let B=N[G];for(let Z in B)h(B[Z].object),delete B[Z];delete N[G]}delete O[R],Object.keys(O).length===0&&delete i[I]}}}function D(){C(),a=!0,s!==r&&(s=r,c(s.object))}function C(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:o,reset:D,resetDefaultState:C,dispose:A,releaseStatesOfGeometry:w,releaseStatesOfObject:S,releaseStatesOfProgram:b,initAttributes:x,enableAttribute:m,disableUnusedAttributes:_}}function CS(n,e,t){let i;function r(l){i=l}function s(l,c){n.drawArrays(i,l,c),t.update(c,i,1)}function a(l,c,h){h!==0&&(n.drawArraysInstanced(i,l,c,h),t.update(c,i,h))}function o(l,c,h){if(h===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(i,l,0,c,0,h);let u=0;for(let d=0;d<h;d++)u+=c[d];t.update(u,i,1)}this.setMode=r,this.render=s,this.renderInstances=a,this.renderMultiDraw=o}function RS(n,e,t,i){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let b=e.get("EXT_texture_filter_anisotropic");r=n.getParameter(b.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function a(b){return!(b!==In&&i.convert(b)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_FORMAT))}function o(b){let S=b===Pn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(b!==Qt&&b!==_n&&!S&&i.convert(b)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_TYPE))}function l(b){if(b==="highp"){if(n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.HIGH_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.HIGH_FLOAT).precision>0)return"highp";b="mediump"}return b==="mediump"&&n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.MEDIUM_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp",h=l(c);h!==c&&(Ie("WebGLRenderer:",c,"not supported, using",h,"instead."),c=h);let f=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),u=t.logarithmicDepthBuffer===!0&&f===!1;t.reversedDepthBuffer===!0&&f===!1&&Ie("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&f===!0&&Ie("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let d=n.getParameter(n.MAX_TEXTURE_IMAGE_UNITS),p=n.getParameter(n.MAX_VERTEX_TEXTURE_IMAGE_UNITS),x=n.getParameter(n.MAX_TEXTURE_SIZE),m=n.getParameter(n.MAX_CUBE_MAP_TEXTURE_SIZE),g=n.getParameter(n.MAX_VERTEX_ATTRIBS),_=n.getParameter(n.MAX_VERTEX_UNIFORM_VECTORS),E=n.getParameter(n.MAX_VARYING_VECTORS),v=n.getParameter(n.MAX_FRAGMENT_UNIFORM_VECTORS),A=n.getParameter(n.MAX_SAMPLES),w=n.getParameter(n.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:l,textureFormatReadable:a,textureTypeReadable:o,precision:c,logarithmicDepthBuffer:u,reversedDepthBuffer:f,maxTextures:d,maxVertexTextures:p,maxTextureSize:x,maxCubemapSize:m,maxAttributes:g,maxVertexUniforms:_,maxVaryings:E,maxFragmentUniforms:v,maxSamples:A,samples:w}}function PS(n){let e=this,t=null,i=0,r=!1,s=!1,a=new sn,o=new Ue,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(f,u){let d=f.length!==0||u||i!==0||r;return r=u,i=f.length,d},this.beginShadows=function(){s=!0,h(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(f,u){t=h(f,u,0)},this.setState=function(f,u,d){let p=f.clippingPlanes,x=f.clipIntersection,m=f.clipShadows,g=n.get(f);if(!r||p===null||p.length===0||s&&!m)s?h(null):c();else{let _=s?0:i,E=_*4,v=g.clippingState||null;l.value=v,v=h(p,u,E,d);for(let A=0;A!==E;++A)v[A]=t[A];g.clippingState=v,this.numIntersection=x?this.numPlanes:0,this.numPlanes+=_}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=i>0),e.numPlanes=i,e.numIntersection=0}function h(f,u,d,p){let x=f!==null?f.length:0,m=null;if(x!==0){if(m=l.value,p!==!0||m===null){let g=d+x*4,_=u.matrixWorldInverse;o.getNormalMatrix(_),(m===null||m.length<g)&&(m=new Float32Array(g));for(let E=0,v=d;E!==x;++E,v+=4)a.copy(f[E]).applyMatrix4(_,o),a.normal.toArray(m,v),m[v+3]=a.constant}l.value=m,l.needsUpdate=!0}return e.numPlanes=x,e.numIntersection=0,m}}var Na=class extends on{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let i={width:e,height:e,depth:1},r=[i,i,i,i,i,i];this.texture=new ca(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let i={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},r=new hs(5,5,5),s=new kn({name:"CubemapFromEquirect",uniforms:hr(i.uniforms),vertexShader:i.vertexShader,fragmentShader:i.fragmentShader,side:Zt,blending:ar});s.uniforms.tEquirect.value=t;let a=new Kt(r,s),o=t.minFilter;return t.minFilter===oi&&(t.minFilter=qt),new us(1,10,this).update(e,a),t.minFilter=o,a.geometry.dispose(),a.material.dispose(),this}clear(e,t=!0,i=!0,r=!0){let s=e.getRenderTarget();for(let a=0;a<6;a++)e.setRenderTarget(this,a),e.clear(t,i,r);e.setRenderTarget(s)}},v0=256,IS=3,LS=20,W0=256,$0=16,NS=3,DS=new z,FS=new Ge,Lc=class n{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new us(1,10,null),this._boxMesh=new Kt(new hs(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,i=.1,r=100,s={}){let{size:a=256,position:o=DS}=s,l=this._renderer;this._setSize(a);let c=this._allocateTarget(),h=this._getSourceTarget(!0);t>0&&(h.texture.mipmapsAutoUpdate=!1);let f=l.autoClear,u=l.autoClearColor,d=l.autoClearDepth,p=l.autoClearStencil,x=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,x===null&&(e.background=l.getClearColor(FS));let m=new us(i,r,h);return m.position.copy(o),m.update(l,e),l.autoClear=f,l.autoClearColor=u,l.autoClearDepth=d,l.autoClearStencil=p,e.background=x,t>0&&(h.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=w0(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=S0(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(v0,of(e))}_fromTexture(e,t){e.mapping===lr||e.mapping===ms?this._setSize(e.image.length===0?v0:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let i=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(i),i}_allocateTarget(){let e=this._cubeSize,t=M0(e,!1,!1),i=Math.log2(e)-IS;for(let r=0;r<=i;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,i=this._sourceTarget;return(i===null||i.width!==t||e&&i.depthBuffer===!1)&&(i!==null&&i.dispose(),this._sourceTarget=M0(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,i){let r=this._boxMesh,s=this._cubeCamera;r.material=i,s.renderTarget=e,s.activeMipmapLevel=t;let a=e.width>>t;e.viewport.set(0,0,a,a),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===lr||e.mapping===ms?(this._cubemapMaterial===null&&(this._cubemapMaterial=w0()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=S0()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=OS(),this._integrationMaterial=US());let t=this._cubeSize,i=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/$0);for(let a=0;a<=i;a++){let o=n.lodToRoughness(a,i);if(a>i-NS)s.roughness.value=o,this._renderCube(e,a,this._integrationMaterial);else{let l=o>0?Math.log2(t)+.5*Math.log2(6/(W0*Math.pow(o,4)))+.5:0;r.roughness.value=o,r.lodBias.value=l,this._renderCube(e,a,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=BS());let i=this._blurMaterial,r=i.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,i),r.envMap.value=e.texture,this._renderCube(s,0,i)}};function M0(n,e,t){return new Na(n,{minFilter:oi,generateMipmaps:e,type:Pn,colorSpace:Qs,depthBuffer:t})}function Da(n,e,t){return new kn({name:n,uniforms:e,vertexShader:Xe.cube_vert,fragmentShader:t,side:Zt,blending:ar,depthTest:!1,depthWrite:!1})}function OS(){return Da("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${W0}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function US(){return Da("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:$0}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function BS(){return Da("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${LS}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function S0(){return Da("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function w0(){return Da("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function kS(n){let e=new WeakMap,t=new WeakMap,i=null;function r(u,d=!1){return u==null?null:d?a(u):s(u)}function s(u){if(u&&u.isTexture){let d=u.mapping;if(d===Hl||d===Wl)if(e.has(u)){let p=e.get(u).texture;return o(p,u.mapping)}else{let p=u.image;if(p&&p.height>0){let x=new Na(p.height);return x.fromEquirectangularTexture(n,u),e.set(u,x),u.addEventListener("dispose",c),o(x.texture,u.mapping)}else return null}}return u}function a(u){if(u&&u.isTexture&&u.isPMREMTexture!==!0){let d=u.mapping,p=d===Hl||d===Wl,x=d===lr||d===ms;if(p||x){let m=t.get(u),g=m!==void 0?m.texture.pmremVersion:0;if(u.isRenderTargetTexture&&u.pmremVersion!==g)return i===null&&(i=new Lc(n)),m=p?i.fromEquirectangular(u,m):i.fromCubemap(u,m),m.texture.pmremVersion=u.pmremVersion,t.set(u,m),m.texture;if(m!==void 0)return m.texture;{let _=u.image;return p&&_&&_.height>0||x&&_&&l(_)?(i===null&&(i=new Lc(n)),m=p?i.fromEquirectangular(u):i.fromCubemap(u),m.texture.pmremVersion=u.pmremVersion,t.set(u,m),u.addEventListener("dispose",h),m.texture):null}}}return u}function o(u,d){return d===Hl?u.mapping=lr:d===Wl&&(u.mapping=ms),u}function l(u){let d=0,p=6;for(let x=0;x<p;x++)u[x]!==void 0&&d++;return d===p}function c(u){let d=u.target;d.removeEventListener("dispose",c);let p=e.get(d);p!==void 0&&(e.delete(d),p.dispose())}function h(u){let d=u.target;d.removeEventListener("dispose",h);let p=t.get(d);p!==void 0&&(t.delete(d),p.dispose())}function f(){e=new WeakMap,t=new WeakMap,i!==null&&(i.dispose(),i=null)}return{get:r,dispose:f}}function zS(n){let e={};function t(i){if(e[i]!==void 0)return e[i];let r=n.getExtension(i);return e[i]=r,r}return{has:function(i){return t(i)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(i){let r=t(i);return r===null&&Ks("WebGLRenderer: "+i+" extension not supported."),r}}}function VS(n,e,t,i){let r={},s=new WeakMap,a=new FinalizationRegistry(p=>delete r[p]);function o(p){l(p.target)}function l(p){p.index!==null&&e.remove(p.index);for(let m in p.attributes)e.remove(p.attributes[m]);p.removeEventListener("dispose",o),delete r[p.id],a.unregister(p);let x=s.get(p);x&&(e.remove(x),s.delete(p)),i.releaseStatesOfGeometry(p),p.isInstancedBufferGeometry===!0&&delete p._maxInstanceCount,t.memory.geometries--}function c(p,x){return r[x.id]!==void 0||(x.addEventListener("dispose",o),r[x.id]=new WeakRef(x),a.register(x,x.id,x),t.memory.geometries++),x}function h(p){let x=p.attributes;for(let m in x)e.update(x[m],n.ARRAY_BUFFER)}function f(p){let x=p.index,m=p.attributes.position,g=0;if(m===void 0)return;let _=x!==null?x.array.length:m.array.length/3-1,E=m.count>=65535?sa:ra,v=new E(Math.ceil(_/3)*6,1),A=v.array;if(x!==null){let b=x.array;g=x.version;for(let S=0,D=0;S<_;S+=3){let C=b[S+0],P=b[S+1],I=b[S+2];A[D++]=C,A[D++]=P,A[D++]=P,A[D++]=I,A[D++]=I,A[D++]=C}}else{g=m.version;for(let b=0,S=0;b<_;b+=3){let D=b+0,C=b+1,P=b+2;A[S++]=D,A[S++]=C,A[S++]=C,A[S++]=P,A[S++]=P,A[S++]=D}}v.version=g;let w=s.get(p);w&&e.remove(w),s.set(p,v)}function u(p){let x=s.get(p);if(x){let m=p.index;m!==null&&x.version<m.version&&f(p)}else f(p);return s.get(p)}function d(){for(let p in r){let x=r[p].deref();x!==void 0&&l(x)}}return{get:c,update:h,getWireframeAttribute:u,dispose:d}}function GS(n,e,t){let i;function r(f){i=f}let s,a;function o(f){s=f.type,a=f.bytesPerElement}function l(f,u){n.drawElements(i,u,s,f*a),t.update(u,i,1)}function c(f,u,d){d!==0&&(n.drawElementsInstanced(i,u,s,f*a,d),t.update(u,i,d))}function h(f,u,d){if(d===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(i,u,0,s,f,0,d);let x=0;for(let m=0;m<d;m++)x+=u[m];t.update(x,i,1)}this.setMode=r,this.setIndex=o,this.render=l,this.renderInstances=c,this.renderMultiDraw=h}function HS(n){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function i(s,a,o){switch(t.calls++,a){case n.TRIANGLES:t.triangles+=o*(s/3);break;case n.LINES:t.lines+=o*(s/2);break;case n.LINE_STRIP:t.lines+=o*(s-1);break;case n.LINE_LOOP:t.lines+=o*s;break;case n.POINTS:t.points+=o*s;break;default:Oe("WebGLInfo: Unknown draw mode:",a);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:i}}function WS(n,e,t){let i=new WeakMap,r=new mt;function s(a,o,l){let c=a.morphTargetInfluences,h=o.morphAttributes.position||o.morphAttributes.normal||o.morphAttributes.color,f=h!==void 0?h.length:0,u=i.get(o);if(u===void 0||u.count!==f){let D=function(){b.dispose(),i.delete(o),o.removeEventListener("dispose",D)};u!==void 0&&u.texture.dispose();let d=o.morphAttributes.position!==void 0,p=o.morphAttributes.normal!==void 0,x=o.morphAttributes.color!==void 0,m=o.morphAttributes.position||[],g=o.morphAttributes.normal||[],_=o.morphAttributes.color||[],E=0;d===!0&&(E=1),p===!0&&(E=2),x===!0&&(E=3);let v=o.attributes.position.count*E,A=1;v>e.maxTextureSize&&(A=Math.ceil(v/e.maxTextureSize),v=e.maxTextureSize);let w=new Float32Array(v*A*4*f),b=new na(w,v,A,f);b.type=_n,b.needsUpdate=!0;let S=E*4;for(let C=0;C<f;C++){let P=m[C],I=g[C],O=_[C],R=v*A*4*C;for(let N=0;N<P.count;N++){let G=N*S;d===!0&&(r.fromBufferAttribute(P,N),w[R+G+0]=r.x,w[R+G+1]=r.y,w[R+G+2]=r.z,w[R+G+3]=0),p===!0&&(r.fromBufferAttribute(I,N),w[R+G+4]=r.x,w[R+G+5]=r.y,w[R+G+6]=r.z,w[R+G+7]=0),x===!0&&(r.fromBufferAttribute(O,N),w[R+G+8]=r.x,w[R+G+9]=r.y,w[R+G+10]=r.z,w[R+G+11]=O.itemSize===4?r.w:1)}}u={count:f,texture:b,size:new De(v,A)},i.set(o,u),o.addEventListener("dispose",D)}if(a.isInstancedMesh===!0&&a.morphTexture!==null)l.getUniforms().setValue(n,"morphTexture",a.morphTexture,t);else{let d=0;for(let x=0;x<c.length;x++)d+=c[x];let p=o.morphTargetsRelative?1:1-d;l.getUniforms().setValue(n,"morphTargetBaseInfluence",p),l.getUniforms().setValue(n,"morphTargetInfluences",c)}l.getUniforms().setValue(n,"morphTargetsTexture",u.texture,t),l.getUniforms().setValue(n,"morphTargetsTextureSize",u.size)}return{update:s}}function $S(n,e,t,i,r){let s=new WeakMap;function a(c){let h=r.render.frame,f=c.geometry,u=e.get(c,f);if(s.get(u)!==h&&(e.update(u),s.set(u,h)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),s.get(c)!==h&&(t.update(c.instanceMatrix,n.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,n.ARRAY_BUFFER),s.set(c,h))),c.isSkinnedMesh){let d=c.skeleton;s.get(d)!==h&&(d.update(),s.set(d,h))}return u}function o(){s=new WeakMap}function l(c){let h=c.target;h.removeEventListener("dispose",l),i.releaseStatesOfObject(h),t.remove(h.instanceMatrix),h.instanceColor!==null&&t.remove(h.instanceColor)}return{update:a,dispose:o}}var XS={[zu]:"LINEAR_TONE_MAPPING",[Vu]:"REINHARD_TONE_MAPPING",[Gu]:"CINEON_TONE_MAPPING",[Hu]:"ACES_FILMIC_TONE_MAPPING",[$u]:"AGX_TONE_MAPPING",[Xu]:"NEUTRAL_TONE_MAPPING",[Wu]:"CUSTOM_TONE_MAPPING"};function qS(n,e,t,i,r,s){let a=new on(e,t,{type:n,depthBuffer:r,stencilBuffer:s,samples:i?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),o=null,l=null,c=null,h=new At;h.setAttribute("position",new Bt([-1,3,0,-1,-1,0,3,-1,0],3)),h.setAttribute("uv",new Bt([0,2,0,0,2,0],2));let f=new El({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),u=new Kt(h,f),d=new ya(-1,1,1,-1,0,1),p=null,x=null,m=!1,g,_=null,E=[],v=!1;this.setSize=function(A,w){a.setSize(A,w),o!==null&&o.setSize(A,w),l!==null&&l.setSize(A,w);for(let b=0;b<E.length;b++){let S=E[b];S.setSize&&S.setSize(A,w)}},this.setEffects=function(A){E=A,v=E.length>0&&E[0].isRenderPass===!0;let w=a.width,b=a.height;E.length>0&&o===null&&(o=new on(w,b,{type:Pn,depthBuffer:!1,stencilBuffer:!1}),l=new on(w,b,{type:Pn,depthBuffer:!1,stencilBuffer:!1}));let S=r===!0&&E.some(D=>D.needsDepthTexture===!0);S!==(a.depthTexture!==null)&&(S===!0&&c===null&&(c=new ai(w,b),s===!0&&(c.format=li,c.type=cr)),a.dispose(),a.depthTexture=S?c:null,a.resolveDepthBuffer=S,a.storeMultisampledDepthBuffer=S);for(let D=0;D<E.length;D++){let C=E[D];C.setSize&&C.setSize(w,b),S&&C.needsDepthTexture===!0&&C.setDepthTexture&&C.setDepthTexture(c)}},this.begin=function(A,w){if(m||A.toneMapping===zn&&E.length===0)return!1;if(_=w,w!==null){let b=w.width,S=w.height;(a.width!==b||a.height!==S)&&this.setSize(b,S)}return v===!1&&A.setRenderTarget(a),g=A.toneMapping,A.toneMapping=zn,!0},this.hasRenderPass=function(){return v},this.end=function(A,w){A.toneMapping=g,m=!0;let b=a,S=o;for(let D=0;D<E.length;D++){let C=E[D];C.enabled!==!1&&(C.render(A,S,b,w),C.needsSwap!==!1&&(b=S,S=S===o?l:o))}if(p!==A.outputColorSpace||x!==A.toneMapping){p=A.outputColorSpace,x=A.toneMapping,f.defines={},et.getTransfer(p)===at&&(f.defines.SRGB_TRANSFER="");let D=XS[x];D&&(f.defines[D]=""),f.needsUpdate=!0}f.uniforms.tDiffuse.value=b.texture,A.setRenderTarget(_),A.render(u,d),_=null,m=!1},this.isCompositing=function(){return m},this.dispose=function(){a.dispose(),o!==null&&o.dispose(),l!==null&&l.dispose(),h.dispose(),f.dispose()}}var X0=new Yt,q0=new ai(1,1),Y0=new ua(1),K0=new na,Z0=new Ml,J0=new ca,A0=[],E0=[],T0=new Float32Array(16),C0=new Float32Array(9),R0=new Float32Array(4);function ys(n,e,t){let i=n[0];if(i<=0||i>0)return n;let r=e*t,s=A0[r];if(s===void 0&&(s=new Float32Array(r),A0[r]=s),e!==0){i.toArray(s,0);for(let a=1,o=0;a!==e;++a)o+=t,n[a].toArray(s,o)}return s}function Et(n,e){if(n.length!==e.length)return!1;for(let t=0,i=n.length;t<i;t++)if(n[t]!==e[t])return!1;return!0}function Tt(n,e){for(let t=0,i=e.length;t<i;t++)n[t]=e[t]}function Dc(n,e){let t=E0[e];t===void 0&&(t=new Int32Array(e),E0[e]=t);for(let i=0;i!==e;++i)t[i]=n.allocateTextureUnit();return t}function YS(n,e){let t=this.cache;t[0]!==e&&(n.uniform1f(this.addr,e),t[0]=e)}function KS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Et(t,e))return;n.uniform2fv(this.addr,e),Tt(t,e)}}function ZS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(n.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(Et(t,e))return;n.uniform3fv(this.addr,e),Tt(t,e)}}function JS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Et(t,e))return;n.uniform4fv(this.addr,e),Tt(t,e)}}function jS(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Et(t,e))return;n.uniformMatrix2fv(this.addr,!1,e),Tt(t,e)}else{if(Et(t,i))return;R0.set(i),n.uniformMatrix2fv(this.addr,!1,R0),Tt(t,i)}}function QS(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Et(t,e))return;n.uniformMatrix3fv(this.addr,!1,e),Tt(t,e)}else{if(Et(t,i))return;C0.set(i),n.uniformMatrix3fv(this.addr,!1,C0),Tt(t,i)}}function ew(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Et(t,e))return;n.uniformMatrix4fv(this.addr,!1,e),Tt(t,e)}else{if(Et(t,i))return;T0.set(i),n.uniformMatrix4fv(this.addr,!1,T0),Tt(t,i)}}function tw(n,e){let t=this.cache;t[0]!==e&&(n.uniform1i(this.addr,e),t[0]=e)}function nw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Et(t,e))return;n.uniform2iv(this.addr,e),Tt(t,e)}}function iw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Et(t,e))return;n.uniform3iv(this.addr,e),Tt(t,e)}}function rw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Et(t,e))return;n.uniform4iv(this.addr,e),Tt(t,e)}}function sw(n,e){let t=this.cache;t[0]!==e&&(n.uniform1ui(this.addr,e),t[0]=e)}function aw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Et(t,e))return;n.uniform2uiv(this.addr,e),Tt(t,e)}}function ow(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Et(t,e))return;n.uniform3uiv(this.addr,e),Tt(t,e)}}function lw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Et(t,e))return;n.uniform4uiv(this.addr,e),Tt(t,e)}}function Fc(n){return n.version===0&&(n.compareFunction=nf,n.needsUpdate=!0),n}function cw(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_2D_SHADOW?s=Fc(q0):s=X0,t.setTexture2D(e||s,r)}function hw(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture3D(e||Z0,r)}function uw(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_CUBE_SHADOW?s=Fc(Y0):s=J0,t.setTextureCube(e||s,r)}function fw(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture2DArray(e||K0,r)}function dw(n){switch(n){case 5126:return YS;case 35664:return KS;case 35665:return ZS;case 35666:return JS;case 35674:return jS;case 35675:return QS;case 35676:return ew;case 5124:case 35670:return tw;case 35667:case 35671:return nw;case 35668:case 35672:return iw;case 35669:case 35673:return rw;case 5125:return sw;case 36294:return aw;case 36295:return ow;case 36296:return lw;case 35678:case 36198:case 36298:case 36306:case 35682:return cw;case 35679:case 36299:case 36307:return hw;case 35680:case 36300:case 36308:case 36293:return uw;case 36289:case 36303:case 36311:case 36292:return fw}}function pw(n,e){n.uniform1fv(this.addr,e)}function mw(n,e){let t=ys(e,this.size,2);n.uniform2fv(this.addr,t)}function gw(n,e){let t=ys(e,this.size,3);n.uniform3fv(this.addr,t)}function bw(n,e){let t=ys(e,this.size,4);n.uniform4fv(this.addr,t)}function xw(n,e){let t=ys(e,this.size,4);n.uniformMatrix2fv(this.addr,!1,t)}function yw(n,e){let t=ys(e,this.size,9);n.uniformMatrix3fv(this.addr,!1,t)}function _w(n,e){let t=ys(e,this.size,16);n.uniformMatrix4fv(this.addr,!1,t)}function vw(n,e){n.uniform1iv(this.addr,e)}function Mw(n,e){n.uniform2iv(this.addr,e)}function Sw(n,e){n.uniform3iv(this.addr,e)}function ww(n,e){n.uniform4iv(this.addr,e)}function Aw(n,e){n.uniform1uiv(this.addr,e)}function Ew(n,e){n.uniform2uiv(this.addr,e)}function Tw(n,e){n.uniform3uiv(this.addr,e)}function Cw(n,e){n.uniform4uiv(this.addr,e)}function Rw(n,e,t){let i=this.cache,r=e.length,s=Dc(t,r);Et(i,s)||(n.uniform1iv(this.addr,s),Tt(i,s));let a;this.type===n.SAMPLER_2D_SHADOW?a=Fc(q0):a=X0;for(let o=0;o!==r;++o)t.setTexture2D(e[o]||a,s[o])}function Pw(n,e,t){let i=this.cache,r=e.length,s=Dc(t,r);Et(i,s)||(n.uniform1iv(this.addr,s),Tt(i,s));for(let a=0;a!==r;++a)t.setTexture3D(e[a]||Z0,s[a])}function Iw(n,e,t){let i=this.cache,r=e.length,s=Dc(t,r);Et(i,s)||(n.uniform1iv(this.addr,s),Tt(i,s));let a;this.type===n.SAMPLER_CUBE_SHADOW?a=Fc(Y0):a=J0;for(let o=0;o!==r;++o)t.setTextureCube(e[o]||a,s[o])}function Lw(n,e,t){let i=this.cache,r=e.length,s=Dc(t,r);Et(i,s)||(n.uniform1iv(this.addr,s),Tt(i,s));for(let a=0;a!==r;++a)t.setTexture2DArray(e[a]||K0,s[a])}function Nw(n){switch(n){case 5126:return pw;case 35664:return mw;case 35665:return gw;case 35666:return bw;case 35674:return xw;case 35675:return yw;case 35676:return _w;case 5124:case 35670:return vw;case 35667:case 35671:return Mw;case 35668:case 35672:return Sw;case 35669:case 35673:return ww;case 5125:return Aw;case 36294:return Ew;case 36295:return Tw;case 36296:return Cw;case 35678:case 36198:case 36298:case 36306:case 35682:return Rw;case 35679:case 36299:case 36307:return Pw;case 35680:case 36300:case 36308:case 36293:return Iw;case 36289:case 36303:case 36311:case 36292:return Lw}}var vf=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.setValue=dw(t.type)}},Mf=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=Nw(t.type)}},Sf=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,i){let r=this.seq;for(let s=0,a=r.length;s!==a;++s){let o=r[s];o.setValue(e,t[o.id],i)}}},yf=/(\w+)(\])?(\[|\.)?/g;function P0(n,e){n.seq.push(e),n.map[e.id]=e}function Dw(n,e,t){let i=n.name,r=i.length;for(yf.lastIndex=0;;){let s=yf.exec(i),a=yf.lastIndex,o=s[1],l=s[2]==="]",c=s[3];if(l&&(o=o|0),c===void 0||c==="["&&a+2===r){P0(t,c===void 0?new vf(o,n,e):new Mf(o,n,e));break}else{let f=t.map[o];f===void 0&&(f=new Sf(o),P0(t,f)),t=f}}}var xs=class{constructor(e,t){this.seq=[],this.map={};let i=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let a=0;a<i;++a){let o=e.getActiveUniform(t,a),l=e.getUniformLocation(t,o.name);Dw(o,l,this)}let r=[],s=[];for(let a of this.seq)a.type===e.SAMPLER_2D_SHADOW||a.type===e.SAMPLER_CUBE_SHADOW||a.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(a):s.push(a);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,i,r){let s=this.map[t];s!==void 0&&s.setValue(e,i,r)}setOptional(e,t,i){let r=t[i];r!==void 0&&this.setValue(e,i,r)}static upload(e,t,i,r){for(let s=0,a=t.length;s!==a;++s){let o=t[s],l=i[o.id];l.needsUpdate!==!1&&o.setValue(e,l.value,r)}}static seqWithValue(e,t){let i=[];for(let r=0,s=e.length;r!==s;++r){let a=e[r];a.id in t&&i.push(a)}return i}};function I0(n,e,t){let i=n.createShader(e);return n.shaderSource(i,t),n.compileShader(i),i}var Fw=37297,Ow=0;function Uw(n,e){let t=n.split(`
`),i=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let a=r;a<s;a++){let o=a+1;i.push(`${o===e?">":" "} ${o}: ${t[a]}`)}return i.join(`
`)}var L0=new Ue;function Bw(n){et._getMatrix(L0,et.workingColorSpace,n);let e=`mat3( ${L0.elements.map(t=>t.toFixed(4))} )`;switch(et.getTransfer(n)){case ea:return[e,"LinearTransferOETF"];case at:return[e,"sRGBTransferOETF"];default:return Ie("WebGLProgram: Unsupported color space: ",n),[e,"LinearTransferOETF"]}}function N0(n,e,t){let i=n.getShaderParameter(e,n.COMPILE_STATUS),s=(n.getShaderInfoLog(e)||"").trim();if(i&&s==="")return"";let a=/ERROR: 0:(\d+)/.exec(s);if(a){let o=parseInt(a[1]);return t.toUpperCase()+`

`+s+`

`+Uw(n.getShaderSource(e),o)}else return s}function kw(n,e){let t=Bw(e);return[`vec4 ${n}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var zw={[zu]:"Linear",[Vu]:"Reinhard",[Gu]:"Cineon",[Hu]:"ACESFilmic",[$u]:"AgX",[Xu]:"Neutral",[Wu]:"Custom"};function Vw(n,e){let t=zw[e];return t===void 0?(Ie("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+n+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+n+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var Ic=new z;function Gw(){et.getLuminanceCoefficients(Ic);let n=Ic.x.toFixed(4),e=Ic.y.toFixed(4),t=Ic.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${n}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function Hw(n){return[n.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",n.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(La).join(`
`)}function Ww(n){let e=[];for(let t in n){let i=n[t];i!==!1&&e.push("#define "+t+" "+i)}return e.join(`
`)}function $w(n,e){let t={},i=n.getProgramParameter(e,n.ACTIVE_ATTRIBUTES);for(let r=0;r<i;r++){let s=n.getActiveAttrib(e,r),a=s.name,o=1;s.type===n.FLOAT_MAT2&&(o=2),s.type===n.FLOAT_MAT3&&(o=3),s.type===n.FLOAT_MAT4&&(o=4),t[a]={type:s.type,location:n.getAttribLocation(e,a),locationSize:o}}return t}function La(n){return n!==""}function D0(n,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return n.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function F0(n,e){return n.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var Xw=/^[ \t]*#include +<([\w\d./]+)>/gm;function wf(n){return n.replace(Xw,qw)}function qw(n,e){let t=Xe[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return wf(t)}var Yw=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function O0(n){return n.replace(Yw,Kw)}function Kw(n,e,t,i){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=i.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function U0(n){let e=`precision ${n.precision} float;
	precision ${n.precision} int;
	precision ${n.precision} sampler2D;
	precision ${n.precision} samplerCube;
	precision ${n.precision} sampler3D;
	precision ${n.precision} sampler2DArray;
	precision ${n.precision} sampler2DShadow;
	precision ${n.precision} samplerCubeShadow;
	precision ${n.precision} sampler2DArrayShadow;
	precision ${n.precision} isampler2D;
	precision ${n.precision} isampler3D;
	precision ${n.precision} isamplerCube;
	precision ${n.precision} isampler2DArray;
	precision ${n.precision} usampler2D;
	precision ${n.precision} usampler3D;
	precision ${n.precision} usamplerCube;
	precision ${n.precision} usampler2DArray;
	`;return n.precision==="highp"?e+=`
#define HIGH_PRECISION`:n.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:n.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var Zw={[Sa]:"SHADOWMAP_TYPE_PCF",[ds]:"SHADOWMAP_TYPE_VSM"};function Jw(n){return Zw[n.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var jw={[ms]:"ENVMAP_MODE_REFRACTION"};function Qw(n){return n.envMap===!1?"ENVMAP_MODE_REFLECTION":jw[n.envMapMode]||"ENVMAP_MODE_REFLECTION"}var eA={[Gl]:"ENVMAP_BLENDING_MULTIPLY",[Qg]:"ENVMAP_BLENDING_MIX",[e0]:"ENVMAP_BLENDING_ADD"};function tA(n){return n.envMap===!1?"ENVMAP_BLENDING_NONE":eA[n.combine]||"ENVMAP_BLENDING_NONE"}function nA(n,e,t,i){let r=n.getContext(),s=t.defines,a=t.vertexShader,o=t.fragmentShader,l=Jw(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",h=Qw(t),f=tA(t),u=Hw(t),d=Ww(s),p=r.createProgram(),x,m,g=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(x=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(La).join(`
`),x.length>0&&(x+=`
`),m=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(La).join(`
`),m.length>0&&(m+=`
`)):(x=[U0(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+h:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(La).join(`
`),m=[U0(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+h:"",t.envMap?"#define "+f:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==zn?"#define TONE_MAPPING":"",t.toneMapping!==zn?Xe.tonemapping_pars_fragment:"",t.toneMapping!==zn?Vw("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Xe.colorspace_pars_fragment,kw("linearToOutputTexel",t.outputColorSpace),Gw(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(La).join(`
`)),a=wf(a),a=D0(a,t),a=F0(a,t),o=wf(o),o=D0(o,t),o=F0(o,t),a=O0(a),o=O0(o),t.isRawShaderMaterial!==!0&&(g=`#version 300 es
`,x=[u,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+x,m=["#define varying in",t.glslVersion===rf?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===rf?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+m);let _=g+x+a,E=g+m+o,v=I0(r,r.VERTEX_SHADER,_),A=I0(r,r.FRAGMENT_SHADER,E);r.attachShader(p,v),r.attachShader(p,A),t.index0AttributeName!==void 0?r.bindAttribLocation(p,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(p,0,"position"),r.linkProgram(p);function w(C){if(n.debug.checkShaderErrors){let P=r.getProgramInfoLog(p)||"",I=r.getShaderInfoLog(v)||"",O=r.getShaderInfoLog(A)||"",R=P.trim(),N=I.trim(),G=O.trim(),B=!0,Z=!0;if(r.getProgramParameter(p,r.LINK_STATUS)===!1)if(B=!1,typeof n.debug.onShaderError=="function")n.debug.onShaderError(r,p,v,A);else{let k=N0(r,v,"vertex"),$=N0(r,A,"fragment");Oe("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(p,r.VALIDATE_STATUS)+`

Material Name: `+C.name+`
Material Type: `+C.type+`

Program Info Log: `+R+`
`+k+`
`+$)}else R!==""?Ie("WebGLProgram: Program Info Log:",R):(N===""||G==="")&&(Z=!1);Z&&(C.diagnostics={runnable:B,programLog:R,vertexShader:{log:N,prefix:x},fragmentShader:{log:G,prefix:m}})}r.deleteShader(v),r.deleteShader(A),b=new xs(r,p),S=$w(r,p)}let b;this.getUniforms=function(){return b===void 0&&w(this),b};let S;this.getAttributes=function(){return S===void 0&&w(this),S};let D=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return D===!1&&(D=r.getProgramParameter(p,Fw)),D},this.destroy=function(){i.releaseStatesOfProgram(this),r.deleteProgram(p),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=Ow++,this.cacheKey=e,this.usedTimes=1,this.program=p,this.vertexShader=v,this.fragmentShader=A,this}var iA=0,Af=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,i){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(i)===!1&&(r.add(i),i.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let i of t)i.usedTimes--,i.usedTimes===0&&this.shaderCache.delete(i.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,i=t.get(e);return i===void 0&&(i=new Set,t.set(e,i)),i}_getShaderStage(e){let t=this.shaderCache,i=t.get(e);return i===void 0&&(i=new Ef(e),t.set(e,i)),i}},Ef=class{constructor(e){this.id=iA++,this.code=e,this.usedTimes=0}};function rA(n){return n===Di||n===Ra||n===Pa}function sA(n,e,t,i,r,s){let a=new ss,o=new Af,l=new Set,c=[],h=new Map,f=i.logarithmicDepthBuffer,u={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function d(b){return l.add(b),b===0?"uv":`uv${b}`}function p(b,S,D,C,P,I){let O=C.fog,R=P.geometry,N=b.isMeshStandardMaterial||b.isMeshLambertMaterial||b.isMeshPhongMaterial?C.environment:null,G=b.isMeshStandardMaterial||b.isMeshLambertMaterial&&!b.envMap||b.isMeshPhongMaterial&&!b.envMap,B=e.get(b.envMap||N,G),Z=u[b.type],k=i.precision;b.precision!==null&&(k=i.getMaxPrecision(b.precision),k!==b.precision&&Ie("WebGLProgram.getParameters:",b.precision,"not supported, using",k,"instead."));let $=R.morphAttributes.position||R.morphAttributes.normal||R.morphAttributes.color,K=$!==void 0?$.length:0,Q=0;R.morphAttributes.position!==void 0&&(Q=1),R.morphAttributes.normal!==void 0&&(Q=2),R.morphAttributes.color!==void 0&&(Q=3);let ce,X,ie,oe;if(Z){let _e=Gn[Z];ce=_e.vertexShader,X=_e.fragmentShader}else{ce=b.vertexShader,X=b.fragmentShader;let _e=o.getVertexShaderStage(b),ot=o.getFragmentShaderStage(b);o.update(b,_e,ot),ie=_e.id,oe=ot.id}let pe=n.getRenderTarget(),ne=n.state.buffers.depth.getReversed(),Se=P.isInstancedMesh===!0,He=P.isBatchedMesh===!0,we=!!b.map,Ye=!!b.matcap,Je=!!B,xe=Je&&B.isPMREMTexture===!0,qe=!!b.aoMap,Ne=!!b.lightMap,Ke=!!b.bumpMap&&b.wireframe===!1,ze=!!b.normalMap,lt=!!b.displacementMap,gt=!!b.emissiveMap,bt=!!b.metalnessMap,cn=!!b.roughnessMap,hn=b.anisotropy>0,U=b.clearcoat>0,un=b.diffuseRoughness>0,dt=b.dispersion>0,pt=b.retroreflectivity>0,ye=b.iridescence>0,Mt=b.sheen>0,Le=b.transmission>0,Be=hn&&!!b.anisotropyMap,T=U&&!!b.clearcoatMap,y=U&&!!b.clearcoatNormalMap,H=U&&!!b.clearcoatRoughnessMap,se=un&&!!b.diffuseRoughnessMap,te=ye&&!!b.iridescenceMap,he=ye&&!!b.iridescenceThicknessMap,ge=Mt&&!!b.sheenColorMap,J=Mt&&!!b.sheenRoughnessMap,j=!!b.specularMap,fe=!!b.specularColorMap,L=!!b.specularIntensityMap,ee=Le&&!!b.transmissionMap,Y=Le&&!!b.thicknessMap,de=!!b.gradientMap,le=!!b.alphaMap,ue=b.alphaTest>0,Re=!!b.alphaHash,$e=!!b.extensions,ae=zn;b.toneMapped&&(pe===null||pe.isXRRenderTarget===!0)&&(ae=n.toneMapping);let Pe=xe?B.isCompressedCubeTexture?B.image[0].mipmaps:B.mipmaps:null,We={shaderID:Z,shaderType:b.type,shaderName:b.name,vertexShader:ce,fragmentShader:X,defines:b.defines,customVertexShaderID:ie,customFragmentShaderID:oe,isRawShaderMaterial:b.isRawShaderMaterial===!0,glslVersion:b.glslVersion,precision:k,batching:He,batchingColor:He&&P._colorsTexture!==null,instancing:Se,instancingColor:Se&&P.instanceColor!==null,instancingMorph:Se&&P.morphTexture!==null,outputColorSpace:pe===null?n.outputColorSpace:pe.isXRRenderTarget===!0?pe.texture.colorSpace:et.workingColorSpace,alphaToCoverage:!!b.alphaToCoverage,map:we,matcap:Ye,envMap:Je,envMapMode:Je&&B.mapping,envMapPMREM:xe,envMapMaxLod:xe?Pe.length-1:null,envMapSize:xe?Pe[0].width:null,aoMap:qe,lightMap:Ne,bumpMap:Ke,normalMap:ze,displacementMap:lt,emissiveMap:gt,normalMapObjectSpace:ze&&b.normalMapType===i0,normalMapTangentSpace:ze&&b.normalMapType===Rc,packedNormalMap:ze&&b.normalMapType===Rc&&rA(b.normalMap.format),metalnessMap:bt,roughnessMap:cn,anisotropy:hn,anisotropyMap:Be,clearcoat:U,clearcoatMap:T,clearcoatNormalMap:y,clearcoatRoughnessMap:H,diffuseRoughness:un,diffuseRoughnessMap:se,dispersion:dt,retroreflection:pt,iridescence:ye,iridescenceMap:te,iridescenceThicknessMap:he,sheen:Mt,sheenColorMap:ge,sheenRoughnessMap:J,specularMap:j,specularColorMap:fe,specularIntensityMap:L,transmission:Le,transmissionMap:ee,thicknessMap:Y,gradientMap:de,opaque:b.transparent===!1&&b.blending===ps&&b.alphaToCoverage===!1,alphaMap:le,alphaTest:ue,alphaHash:Re,combine:b.combine,mapUv:we&&d(b.map.channel),aoMapUv:qe&&d(b.aoMap.channel),lightMapUv:Ne&&d(b.lightMap.channel),bumpMapUv:Ke&&d(b.bumpMap.channel),normalMapUv:ze&&d(b.normalMap.channel),displacementMapUv:lt&&d(b.displacementMap.channel),emissiveMapUv:gt&&d(b.emissiveMap.channel),metalnessMapUv:bt&&d(b.metalnessMap.channel),roughnessMapUv:cn&&d(b.roughnessMap.channel),anisotropyMapUv:Be&&d(b.anisotropyMap.channel),clearcoatMapUv:T&&d(b.clearcoatMap.channel),clearcoatNormalMapUv:y&&d(b.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:H&&d(b.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:se&&d(b.diffuseRoughnessMap.channel),iridescenceMapUv:te&&d(b.iridescenceMap.channel),iridescenceThicknessMapUv:he&&d(b.iridescenceThicknessMap.channel),sheenColorMapUv:ge&&d(b.sheenColorMap.channel),sheenRoughnessMapUv:J&&d(b.sheenRoughnessMap.channel),specularMapUv:j&&d(b.specularMap.channel),specularColorMapUv:fe&&d(b.specularColorMap.channel),specularIntensityMapUv:L&&d(b.specularIntensityMap.channel),transmissionMapUv:ee&&d(b.transmissionMap.channel),thicknessMapUv:Y&&d(b.thicknessMap.channel),alphaMapUv:le&&d(b.alphaMap.channel),vertexTangents:!!R.attributes.tangent&&(ze||hn),vertexNormals:!!R.attributes.normal,vertexColors:b.vertexColors,vertexAlphas:b.vertexColors===!0&&!!R.attributes.color&&R.attributes.color.itemSize===4,pointsUvs:P.isPoints===!0&&!!R.attributes.uv&&(we||le),fog:!!O,useFog:b.fog===!0,fogExp2:!!O&&O.isFogExp2,flatShading:b.wireframe===!1&&(b.flatShading===!0||R.attributes.normal===void 0&&ze===!1&&(b.isMeshLambertMaterial||b.isMeshPhongMaterial||b.isMeshStandardMaterial||b.isMeshPhysicalMaterial)),sizeAttenuation:b.sizeAttenuation===!0,logarithmicDepthBuffer:f,reversedDepthBuffer:ne,skinning:P.isSkinnedMesh===!0,hasPositionAttribute:R.attributes.position!==void 0,morphTargets:R.morphAttributes.position!==void 0,morphNormals:R.morphAttributes.normal!==void 0,morphColors:R.morphAttributes.color!==void 0,morphTargetsCount:K,morphTextureStride:Q,numSunLights:S.sun.length,numDirLights:S.directional.length,numPointLights:S.point.length,numSpotLights:S.spot.length,numSpotLightMaps:S.spotLightMap.length,numRectAreaLights:S.rectArea.length,numHemiLights:S.hemi.length,numSunLightShadows:S.sunShadowMap.length,numDirLightShadows:S.directionalShadowMap.length,numPointLightShadows:S.pointShadowMap.length,numSpotLightShadows:S.spotShadowMap.length,numSpotLightShadowsWithMaps:S.numSpotLightShadowsWithMaps,numLightProbes:S.numLightProbes,numLightProbeGrids:I.filter(_e=>_e.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:b.dithering,shadowMapEnabled:n.shadowMap.enabled&&D.length>0,shadowMapType:n.shadowMap.type,toneMapping:ae,decodeVideoTexture:we&&b.map.isVideoTexture===!0&&et.getTransfer(b.map.colorSpace)===at,decodeVideoTextureEmissive:gt&&b.emissiveMap.isVideoTexture===!0&&et.getTransfer(b.emissiveMap.colorSpace)===at,premultipliedAlpha:b.premultipliedAlpha,doubleSided:b.side===yn,flipSided:b.side===Zt,useDepthPacking:b.depthPacking>=0,depthPacking:b.depthPacking||0,index0AttributeName:b.index0AttributeName,extensionClipCullDistance:$e&&b.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:($e&&b.extensions.multiDraw===!0||He)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:b.customProgramCacheKey()};return We.vertexUv1s=l.has(1),We.vertexUv2s=l.has(2),We.vertexUv3s=l.has(3),l.clear(),We}function x(b){let S=[];if(b.shaderID?S.push(b.shaderID):(S.push(b.customVertexShaderID),S.push(b.customFragmentShaderID)),b.defines!==void 0)for(let D in b.defines)S.push(D),S.push(b.defines[D]);return b.isRawShaderMaterial===!1&&(m(S,b),g(S,b),S.push(n.outputColorSpace)),S.push(b.customProgramCacheKey),S.join()}function m(b,S){b.push(S.precision),b.push(S.outputColorSpace),b.push(S.envMapMode),b.push(S.envMapPMREM),b.push(S.envMapMaxLod),b.push(S.envMapSize),b.push(S.mapUv),b.push(S.alphaMapUv),b.push(S.lightMapUv),b.push(S.aoMapUv),b.push(S.bumpMapUv),b.push(S.normalMapUv),b.push(S.displacementMapUv),b.push(S.emissiveMapUv),b.push(S.metalnessMapUv),b.push(S.roughnessMapUv),b.push(S.anisotropyMapUv),b.push(S.clearcoatMapUv),b.push(S.clearcoatNormalMapUv),b.push(S.clearcoatRoughnessMapUv),b.push(S.diffuseRoughnessMapUv),b.push(S.iridescenceMapUv),b.push(S.iridescenceThicknessMapUv),b.push(S.sheenColorMapUv),b.push(S.sheenRoughnessMapUv),b.push(S.specularMapUv),b.push(S.specularColorMapUv),b.push(S.specularIntensityMapUv),b.push(S.transmissionMapUv),b.push(S.thicknessMapUv),b.push(S.combine),b.push(S.fogExp2),b.push(S.sizeAttenuation),b.push(S.morphTargetsCount),b.push(S.numSunLights),b.push(S.numDirLights),b.push(S.numPointLights),b.push(S.numSpotLights),b.push(S.numSpotLightMaps),b.push(S.numHemiLights),b.push(S.numRectAreaLights),b.push(S.numSunLightShadows),b.push(S.numDirLightShadows),b.push(S.numPointLightShadows),b.push(S.numSpotLightShadows),b.push(S.numSpotLightShadowsWithMaps),b.push(S.numLightProbes),b.push(S.numLightProbeGrids),b.push(S.shadowMapType),b.push(S.toneMapping),b.push(S.numClippingPlanes),b.push(S.numClipIntersection),b.push(S.depthPacking)}function g(b,S){a.disableAll(),S.instancing&&a.enable(0),S.instancingColor&&a.enable(1),S.instancingMorph&&a.enable(2),S.matcap&&a.enable(3),S.envMap&&a.enable(4),S.normalMapObjectSpace&&a.enable(5),S.normalMapTangentSpace&&a.enable(6),S.clearcoat&&a.enable(7),S.iridescence&&a.enable(8),S.alphaTest&&a.enable(9),S.vertexColors&&a.enable(10),S.vertexAlphas&&a.enable(11),S.vertexUv1s&&a.enable(12),S.vertexUv2s&&a.enable(13),S.vertexUv3s&&a.enable(14),S.vertexTangents&&a.enable(15),S.anisotropy&&a.enable(16),S.alphaHash&&a.enable(17),S.batching&&a.enable(18),S.dispersion&&a.enable(19),S.retroreflection&&a.enable(24),S.diffuseRoughness&&a.enable(25),S.batchingColor&&a.enable(20),S.gradientMap&&a.enable(21),S.packedNormalMap&&a.enable(22),S.vertexNormals&&a.enable(23),b.push(a.mask),a.disableAll(),S.fog&&a.enable(0),S.useFog&&a.enable(1),S.flatShading&&a.enable(2),S.logarithmicDepthBuffer&&a.enable(3),S.reversedDepthBuffer&&a.enable(4),S.skinning&&a.enable(5),S.morphTargets&&a.enable(6),S.morphNormals&&a.enable(7),S.morphColors&&a.enable(8),S.premultipliedAlpha&&a.enable(9),S.shadowMapEnabled&&a.enable(10),S.doubleSided&&a.enable(11),S.flipSided&&a.enable(12),S.useDepthPacking&&a.enable(13),S.dithering&&a.enable(14),S.transmission&&a.enable(15),S.sheen&&a.enable(16),S.opaque&&a.enable(17),S.pointsUvs&&a.enable(18),S.decodeVideoTexture&&a.enable(19),S.decodeVideoTextureEmissive&&a.enable(20),S.alphaToCoverage&&a.enable(21),S.numLightProbeGrids>0&&a.enable(22),S.hasPositionAttribute&&a.enable(23),b.push(a.mask)}function _(b){let S=u[b.type],D;if(S){let C=Gn[S];D=x0.clone(C.uniforms)}else D=b.uniforms;return D}function E(b,S){let D=h.get(S);return D!==void 0?++D.usedTimes:(D=new nA(n,S,b,r),c.push(D),h.set(S,D)),D}function v(b){if(--b.usedTimes===0){let S=c.indexOf(b);c[S]=c[c.length-1],c.pop(),h.delete(b.cacheKey),b.destroy()}}function A(b){o.remove(b)}function w(){o.dispose()}return{getParameters:p,getProgramCacheKey:x,getUniforms:_,acquireProgram:E,releaseProgram:v,releaseShaderCache:A,programs:c,dispose:w}}function aA(){let n=new WeakMap;function e(a){return n.has(a)}function t(a){let o=n.get(a);return o===void 0&&(o={},n.set(a,o)),o}function i(a){n.delete(a)}function r(a,o,l){n.get(a)[o]=l}function s(){n=new WeakMap}return{has:e,get:t,remove:i,update:r,dispose:s}}function oA(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.material.id!==e.material.id?n.material.id-e.material.id:n.materialVariant!==e.materialVariant?n.materialVariant-e.materialVariant:n.z!==e.z?n.z-e.z:n.id-e.id}function B0(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.z!==e.z?e.z-n.z:n.id-e.id}function k0(){let n=[],e=0,t=[],i=[],r=[];function s(){e=0,t.length=0,i.length=0,r.length=0}function a(u){let d=0;return u.isInstancedMesh&&(d+=2),u.isSkinnedMesh&&(d+=1),d}function o(u,d,p,x,m,g){let _=n[e];return _===void 0?(_={id:u.id,object:u,geometry:d,material:p,materialVariant:a(u),groupOrder:x,renderOrder:u.renderOrder,z:m,group:g},n[e]=_):(_.id=u.id,_.object=u,_.geometry=d,_.material=p,_.materialVariant=a(u),_.groupOrder=x,_.renderOrder=u.renderOrder,_.z=m,_.group=g),e++,_}function l(u,d,p,x,m,g,_){_.reversedDepth===!0&&(m=-m);let E=o(u,d,p,x,m,g);p.transmission>0?i.push(E):p.transparent===!0?r.push(E):t.push(E)}function c(u,d,p,x,m,g){let _=o(u,d,p,x,m,g);p.transmission>0?i.unshift(_):p.transparent===!0?r.unshift(_):t.unshift(_)}function h(u,d){t.length>1&&t.sort(u||oA),i.length>1&&i.sort(d||B0),r.length>1&&r.sort(d||B0)}function f(){for(let u=e,d=n.length;u<d;u++){let p=n[u];if(p.id===null)break;p.id=null,p.object=null,p.geometry=null,p.material=null,p.group=null}}return{opaque:t,transmissive:i,transparent:r,init:s,push:l,unshift:c,finish:f,sort:h}}function lA(){let n=new WeakMap;function e(i,r){let s=n.get(i),a;return s===void 0?(a=new k0,n.set(i,[a])):r>=s.length?(a=new k0,s.push(a)):a=s[r],a}function t(){n=new WeakMap}return{get:e,dispose:t}}function cA(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new z,color:new Ge};break;case"SpotLight":t={position:new z,direction:new z,color:new Ge,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new z,color:new Ge,distance:0,decay:0};break;case"HemisphereLight":t={direction:new z,skyColor:new Ge,groundColor:new Ge};break;case"RectAreaLight":t={color:new Ge,position:new z,halfWidth:new z,halfHeight:new z};break}return n[e.id]=t,t}}}function hA(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new De};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new De};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new De,shadowCameraNear:1,shadowCameraFar:1e3};break}return n[e.id]=t,t}}}var uA=0;function fA(n,e){return(e.castShadow?2:0)-(n.castShadow?2:0)+(e.map?1:0)-(n.map?1:0)}function dA(n){let e=new cA,t=hA(),i={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)i.probe.push(new z);let r=new z,s=new it,a=new it;function o(c){let h=0,f=0,u=0;for(let I=0;I<9;I++)i.probe[I].set(0,0,0);let d=0,p=0,x=0,m=0,g=0,_=0,E=0,v=0,A=0,w=0,b=0,S=0,D=0,C=0;c.sort(fA);for(let I=0,O=c.length;I<O;I++){let R=c[I],N=R.color,G=R.intensity,B=R.distance,Z=null;if(R.shadow&&R.shadow.map&&(R.shadow.map.texture.format===Di?Z=R.shadow.map.texture:Z=R.shadow.map.depthTexture||R.shadow.map.texture),R.isAmbientLight)h+=N.r*G,f+=N.g*G,u+=N.b*G;else if(R.isLightProbe){for(let k=0;k<9;k++)i.probe[k].addScaledVector(R.sh.coefficients[k],G);C++}else if(R.isSunLight){let k=e.get(R);if(k.color.copy(R.color).multiplyScalar(R.intensity),R.castShadow){let $=R.shadow,K=t.get(R);K.shadowIntensity=$.intensity,K.shadowBias=$.bias,K.shadowNormalBias=$.normalBias,K.shadowRadius=$.radius,K.shadowMapSize.copy($.mapSize).multiply($.getFrameExtents()),i.sunShadow[p]=K,i.sunShadowMap[p]=Z;let Q=$.getViewportCount();for(let ce=0;ce<Q;ce++)i.sunShadowMatrix[x+ce]=$.getMatrix(ce),i.sunShadowCascade[x+ce]=$._cascadeData[ce];x+=Q,p++}i.sun[d]=k,d++}else if(R.isDirectionalLight){let k=e.get(R);if(k.color.copy(R.color).multiplyScalar(R.intensity),R.castShadow){let $=R.shadow,K=t.get(R);K.shadowIntensity=$.intensity,K.shadowBias=$.bias,K.shadowNormalBias=$.normalBias,K.shadowRadius=$.radius,K.shadowMapSize=$.mapSize,i.directionalShadow[m]=K,i.directionalShadowMap[m]=Z,i.directionalShadowMatrix[m]=R.shadow.matrix,A++}i.directional[m]=k,m++}else if(R.isSpotLight){let k=e.get(R);k.position.setFromMatrixPosition(R.matrixWorld),k.color.copy(N).multiplyScalar(G),k.distance=B,k.coneCos=Math.cos(R.angle),k.penumbraCos=Math.cos(R.angle*(1-R.penumbra)),k.decay=R.decay,i.spot[_]=k;let $=R.shadow;if(R.map&&(i.spotLightMap[S]=R.map,S++,$.updateMatrices(R),R.castShadow&&D++),i.spotLightMatrix[_]=$.matrix,R.castShadow){let K=t.get(R);K.shadowIntensity=$.intensity,K.shadowBias=$.bias,K.shadowNormalBias=$.normalBias,K.shadowRadius=$.radius,K.shadowMapSize=$.mapSize,i.spotShadow[_]=K,i.spotShadowMap[_]=Z,b++}_++}else if(R.isRectAreaLight){let k=e.get(R);k.color.copy(N).multiplyScalar(G),k.halfWidth.set(R.width*.5,0,0),k.halfHeight.set(0,R.height*.5,0),i.rectArea[E]=k,E++}else if(R.isPointLight){let k=e.get(R);if(k.color.copy(R.color).multiplyScalar(R.intensity),k.distance=R.distance,k.decay=R.decay,R.castShadow){let $=R.shadow,K=t.get(R);K.shadowIntensity=$.intensity,K.shadowBias=$.bias,K.shadowNormalBias=$.normalBias,K.shadowRadius=$.radius,K.shadowMapSize=$.mapSize,K.shadowCameraNear=$.camera.near,K.shadowCameraFar=$.camera.far,i.pointShadow[g]=K,i.pointShadowMap[g]=Z,i.pointShadowMatrix[g]=R.shadow.matrix,w++}i.point[g]=k,g++}else if(R.isHemisphereLight){let k=e.get(R);k.skyColor.copy(R.color).multiplyScalar(G),k.groundColor.copy(R.groundColor).multiplyScalar(G),i.hemi[v]=k,v++}}E>0&&(n.has("OES_texture_float_linear")===!0?(i.rectAreaLTC1=ve.LTC_FLOAT_1,i.rectAreaLTC2=ve.LTC_FLOAT_2):(i.rectAreaLTC1=ve.LTC_HALF_1,i.rectAreaLTC2=ve.LTC_HALF_2)),i.ambient[0]=h,i.ambient[1]=f,i.ambient[2]=u;let P=i.hash;(P.sunLength!==d||P.directionalLength!==m||P.pointLength!==g||P.spotLength!==_||P.rectAreaLength!==E||P.hemiLength!==v||P.numSunShadows!==p||P.numDirectionalShadows!==A||P.numPointShadows!==w||P.numSpotShadows!==b||P.numSpotMaps!==S||P.numLightProbes!==C)&&(i.sun.length=d,i.directional.length=m,i.spot.length=_,i.rectArea.length=E,i.point.length=g,i.hemi.length=v,i.sunShadow.length=p,i.sunShadowMap.length=p,i.sunShadowMatrix.length=x,i.sunShadowCascade.length=x,i.directionalShadow.length=A,i.directionalShadowMap.length=A,i.directionalShadowMatrix.length=A,i.pointShadow.length=w,i.pointShadowMap.length=w,i.pointShadowMatrix.length=w,i.spotShadow.length=b,i.spotShadowMap.length=b,i.spotLightMatrix.length=b+S-D,i.spotLightMap.length=S,i.numSpotLightShadowsWithMaps=D,i.numLightProbes=C,P.sunLength=d,P.directionalLength=m,P.pointLength=g,P.spotLength=_,P.rectAreaLength=E,P.hemiLength=v,P.numSunShadows=p,P.numDirectionalShadows=A,P.numPointShadows=w,P.numSpotShadows=b,P.numSpotMaps=S,P.numLightProbes=C,i.version=uA++)}function l(c,h){let f=0,u=0,d=0,p=0,x=0,m=0,g=h.matrixWorldInverse;for(let _=0,E=c.length;_<E;_++){let v=c[_];if(v.isSunLight){let A=i.sun[f];A.direction.setFromMatrixPosition(v.matrixWorld),A.direction.transformDirection(g),f++}else if(v.isDirectionalLight){let A=i.directional[u];A.direction.setFromMatrixPosition(v.matrixWorld),r.setFromMatrixPosition(v.target.matrixWorld),A.direction.sub(r),A.direction.transformDirection(g),u++}else if(v.isSpotLight){let A=i.spot[p];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(g),A.direction.setFromMatrixPosition(v.matrixWorld),r.setFromMatrixPosition(v.target.matrixWorld),A.direction.sub(r),A.direction.transformDirection(g),p++}else if(v.isRectAreaLight){let A=i.rectArea[x];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(g),a.identity(),s.copy(v.matrixWorld),s.premultiply(g),a.extractRotation(s),A.halfWidth.set(v.width*.5,0,0),A.halfHeight.set(0,v.height*.5,0),A.halfWidth.applyMatrix4(a),A.halfHeight.applyMatrix4(a),x++}else if(v.isPointLight){let A=i.point[d];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(g),d++}else if(v.isHemisphereLight){let A=i.hemi[m];A.direction.setFromMatrixPosition(v.matrixWorld),A.direction.transformDirection(g),m++}}}return{setup:o,setupView:l,state:i}}function z0(n){let e=new dA(n),t=[],i=[],r=[];function s(f){h.camera=f,t.length=0,i.length=0,r.length=0}function a(f){f.isLightProbeGrid?r.push(f):t.push(f)}function o(f){i.push(f)}function l(){e.setup(t),r.sort((f,u)=>f.priority-u.priority||f.id-u.id)}function c(f){e.setupView(t,f)}let h={lightsArray:t,shadowsArray:i,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:h,setupLights:l,setupLightsView:c,pushLight:a,pushShadow:o}}function pA(n){let e=new WeakMap;function t(r,s=0){let a=e.get(r),o;return a===void 0?(o=new z0(n),e.set(r,[o])):s>=a.length?(o=new z0(n),a.push(o)):o=a[s],o}function i(){e=new WeakMap}return{get:t,dispose:i}}var mA=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,gA=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,bA=[new z(1,0,0),new z(-1,0,0),new z(0,1,0),new z(0,-1,0),new z(0,0,1),new z(0,0,-1)],xA=[new z(0,-1,0),new z(0,-1,0),new z(0,0,1),new z(0,0,-1),new z(0,-1,0),new z(0,-1,0)],V0=new it,Ia=new z,_f=new z;function yA(n,e,t){let i=new Ei,r=new De,s=new De,a=new mt,o=new Tl,l=new Cl,c={},h=t.maxTextureSize,f={[Ni]:Zt,[Zt]:Ni,[yn]:yn},u=new kn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new De},radius:{value:4}},vertexShader:mA,fragmentShader:gA}),d=u.clone();d.defines.HORIZONTAL_PASS=1;let p=new At;p.setAttribute("position",new wt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let x=new Kt(p,u),m=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Sa;let g=this.type;this.render=function(w,b,S){if(m.enabled===!1||m.autoUpdate===!1&&m.needsUpdate===!1||w.length===0)return;this.type===Dg&&(Ie("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Sa);let D=n.getRenderTarget(),C=n.getActiveCubeFace(),P=n.getActiveMipmapLevel(),I=n.state;I.setBlending(ar),I.buffers.depth.getReversed()===!0?I.buffers.color.setClear(0,0,0,0):I.buffers.color.setClear(1,1,1,1),I.buffers.depth.setTest(!0),I.setScissorTest(!1);let O=g!==this.type;O&&b.traverse(function(R){R.material&&(Array.isArray(R.material)?R.material.forEach(N=>N.needsUpdate=!0):R.material.needsUpdate=!0)});for(let R=0,N=w.length;R<N;R++){let G=w[R],B=G.shadow;if(B===void 0){Ie("WebGLShadowMap:",G,"has no shadow.");continue}if(B.autoUpdate===!1&&B.needsUpdate===!1)continue;r.copy(B.mapSize);let Z=B.getFrameExtents();r.multiply(Z),s.copy(B.mapSize),(r.x>h||r.y>h)&&(r.x>h&&(s.x=Math.floor(h/Z.x),r.x=s.x*Z.x,B.mapSize.x=s.x),r.y>h&&(s.y=Math.floor(h/Z.y),r.y=s.y*Z.y,B.mapSize.y=s.y));let k=n.state.buffers.depth.getReversed();if(B.camera._reversedDepth=k,B.map===null||O===!0){if(B.map!==null&&(B.map.depthTexture!==null&&(B.map.depthTexture.dispose(),B.map.depthTexture=null),B.map.dispose()),this.type===ds){if(G.isPointLight){Ie("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}B.map=new on(r.x,r.y,{format:Di,type:Pn,minFilter:qt,magFilter:qt,generateMipmaps:!1}),B.map.texture.name=G.name+".shadowMap",B.map.depthTexture=new ai(r.x,r.y,_n),B.map.depthTexture.name=G.name+".shadowMapDepth",B.map.depthTexture.format=ii,B.map.depthTexture.compareFunction=null,B.map.depthTexture.minFilter=Dt,B.map.depthTexture.magFilter=Dt}else G.isPointLight?(B.map=new Na(r.x),B.map.depthTexture=new ua(r.x,Rn)):(B.map=new on(r.x,r.y),B.map.depthTexture=new ai(r.x,r.y,Rn)),B.map.depthTexture.name=G.name+".shadowMap",B.map.depthTexture.format=ii,this.type===Sa?(B.map.depthTexture.compareFunction=k?tf:ef,B.map.depthTexture.minFilter=qt,B.map.depthTexture.magFilter=qt):(B.map.depthTexture.compareFunction=null,B.map.depthTexture.minFilter=Dt,B.map.depthTexture.magFilter=Dt);B.camera.updateProjectionMatrix()}B.map.isWebGLCubeRenderTarget!==!0&&(B.map.width!==r.x||B.map.height!==r.y)&&B.map.setSize(r.x,r.y);let $=B.map.isWebGLCubeRenderTarget?6:B.getViewportCount();G.isPointLight!==!0&&B.updateMatrices(G,S);let K=(B.camera.layers.mask&4294967294)!==0?B.camera.layers:S.layers;for(let Q=0;Q<$;Q++){let ce=B.getCamera(Q);if(G.isPointLight){let X=B.camera,ie=B.matrix,oe=G.distance||X.far;oe!==X.far&&(X.far=oe,X.updateProjectionMatrix()),Ia.setFromMatrixPosition(G.matrixWorld),X.position.copy(Ia),_f.copy(X.position),_f.add(bA[Q]),X.up.copy(xA[Q]),X.lookAt(_f),X.updateMatrixWorld(),ie.makeTranslation(-Ia.x,-Ia.y,-Ia.z),V0.multiplyMatrices(X.projectionMatrix,X.matrixWorldInverse),B._frustum.setFromProjectionMatrix(V0,X.coordinateSystem,X.reversedDepth)}if(B.map.isWebGLCubeRenderTarget)n.setRenderTarget(B.map,Q),n.clear();else{Q===0&&(n.setRenderTarget(B.map),n.clear());let X=B.getViewport(Q);a.set(s.x*X.x,s.y*X.y,s.x*X.z,s.y*X.w),I.viewport(a)}i=B.getFrustum(Q),v(b,S,ce,G,K,this.type)}B.isPointLightShadow!==!0&&this.type===ds&&_(B,S),B.needsUpdate=!1}g=this.type,m.needsUpdate=!1,n.setRenderTarget(D,C,P)};function _(w,b){let S=e.update(x);u.defines.VSM_SAMPLES!==w.blurSamples&&(u.defines.VSM_SAMPLES=w.blurSamples,d.defines.VSM_SAMPLES=w.blurSamples,u.needsUpdate=!0,d.needsUpdate=!0),w.mapPass===null?w.mapPass=new on(r.x,r.y,{format:Di,type:Pn}):(w.mapPass.width!==w.map.width||w.mapPass.height!==w.map.height)&&w.mapPass.setSize(w.map.width,w.map.height),u.uniforms.shadow_pass.value=w.map.depthTexture,u.uniforms.resolution.value.set(w.map.width,w.map.height),u.uniforms.radius.value=w.radius,n.setRenderTarget(w.mapPass),n.clear(),n.renderBufferDirect(b,null,S,u,x,null),d.uniforms.shadow_pass.value=w.mapPass.texture,d.uniforms.resolution.value.set(w.map.width,w.map.height),d.uniforms.radius.value=w.radius,n.setRenderTarget(w.map),n.clear(),n.renderBufferDirect(b,null,S,d,x,null)}function E(w,b,S,D){let C=null,P=S.isPointLight===!0?w.customDistanceMaterial:w.customDepthMaterial;if(P!==void 0)C=P;else if(C=S.isPointLight===!0?l:o,n.localClippingEnabled&&b.clipShadows===!0&&Array.isArray(b.clippingPlanes)&&b.clippingPlanes.length!==0||b.displacementMap&&b.displacementScale!==0||b.alphaMap&&b.alphaTest>0||b.map&&b.alphaTest>0||b.alphaToCoverage===!0){let I=C.uuid,O=b.uuid,R=c[I];R===void 0&&(R={},c[I]=R);let N=R[O];N===void 0&&(N=C.clone(),R[O]=N,b.addEventListener("dispose",A)),C=N}if(C.visible=b.visible,C.wireframe=b.wireframe,D===ds?C.side=b.shadowSide!==null?b.shadowSide:b.side:C.side=b.shadowSide!==null?b.shadowSide:f[b.side],C.alphaMap=b.alphaMap,C.alphaTest=b.alphaToCoverage===!0?.5:b.alphaTest,C.map=b.map,C.clipShadows=b.clipShadows,C.clippingPlanes=b.clippingPlanes,C.clipIntersection=b.clipIntersection,C.displacementMap=b.displacementMap,C.displacementScale=b.displacementScale,C.displacementBias=b.displacementBias,C.wireframeLinewidth=b.wireframeLinewidth,C.linewidth=b.linewidth,S.isPointLight===!0&&C.isMeshDistanceMaterial===!0){let I=n.properties.get(C);I.light=S}return C}function v(w,b,S,D,C,P){if(w.visible===!1)return;if(w.layers.test(C)&&(w.isMesh||w.isLine||w.isPoints)&&(w.castShadow||w.receiveShadow&&P===ds)&&(!w.frustumCulled||w.intersectsFrustum(i))){w.modelViewMatrix.multiplyMatrices(S.matrixWorldInverse,w.matrixWorld);let R=e.update(w),N=w.material;if(Array.isArray(N)){let G=R.groups;for(let B=0,Z=G.length;B<Z;B++){let k=G[B],$=N[k.materialIndex];if($&&$.visible){let K=E(w,$,D,P);w.onBeforeShadow(n,w,b,S,R,K,k),n.renderBufferDirect(S,null,R,K,w,k),w.onAfterShadow(n,w,b,S,R,K,k)}}}else if(N.visible){let G=E(w,N,D,P);w.onBeforeShadow(n,w,b,S,R,G,null),n.renderBufferDirect(S,null,R,G,w,null),w.onAfterShadow(n,w,b,S,R,G,null)}}let O=w.children;for(let R=0,N=O.length;R<N;R++)v(O[R],b,S,D,C,P)}function A(w){w.target.removeEventListener("dispose",A);for(let S in c){let D=c[S],C=w.target.uuid;C in D&&(D[C].dispose(),delete D[C])}}}function _A(n,e){function t(){let L=!1,ee=new mt,Y=null,de=new mt(0,0,0,0);return{setMask:function(le){Y!==le&&!L&&(n.colorMask(le,le,le,le),Y=le)},setLocked:function(le){L=le},setClear:function(le,ue,Re,$e,ae){ae===!0&&(le*=$e,ue*=$e,Re*=$e),ee.set(le,ue,Re,$e),de.equals(ee)===!1&&(n.clearColor(le,ue,Re,$e),de.copy(ee))},reset:function(){L=!1,Y=null,de.set(-1,0,0,0)}}}function i(){let L=!1,ee=!1,Y=null,de=null,le=null;return{setReversed:function(ue){if(ee!==ue){let Re=e.get("EXT_clip_control");ue?Re.clipControlEXT(Re.LOWER_LEFT_EXT,Re.ZERO_TO_ONE_EXT):Re.clipControlEXT(Re.LOWER_LEFT_EXT,Re.NEGATIVE_ONE_TO_ONE_EXT),ee=ue;let $e=le;le=null,this.setClear($e)}},getReversed:function(){return ee},setTest:function(ue){ue?ne(n.DEPTH_TEST):Se(n.DEPTH_TEST)},setMask:function(ue){Y!==ue&&!L&&(n.depthMask(ue),Y=ue)},setFunc:function(ue){if(ee&&(ue=p0[ue]),de!==ue){switch(ue){case hl:n.depthFunc(n.NEVER);break;case ul:n.depthFunc(n.ALWAYS);break;case fl:n.depthFunc(n.LESS);break;case es:n.depthFunc(n.LEQUAL);break;case dl:n.depthFunc(n.EQUAL);break;case pl:n.depthFunc(n.GEQUAL);break;case ml:n.depthFunc(n.GREATER);break;case gl:n.depthFunc(n.NOTEQUAL);break;default:n.depthFunc(n.LEQUAL)}de=ue}},setLocked:function(ue){L=ue},setClear:function(ue){le!==ue&&(le=ue,ee&&(ue=1-ue),n.clearDepth(ue))},reset:function(){L=!1,Y=null,de=null,le=null,ee=!1}}}function r(){let L=!1,ee=null,Y=null,de=null,le=null,ue=null,Re=null,$e=null,ae=null;return{setTest:function(Pe){L||(Pe?ne(n.STENCIL_TEST):Se(n.STENCIL_TEST))},setMask:function(Pe){ee!==Pe&&!L&&(n.stencilMask(Pe),ee=Pe)},setFunc:function(Pe,We,_e){(Y!==Pe||de!==We||le!==_e)&&(n.stencilFunc(Pe,We,_e),Y=Pe,de=We,le=_e)},setOp:function(Pe,We,_e){(ue!==Pe||Re!==We||$e!==_e)&&(n.stencilOp(Pe,We,_e),ue=Pe,Re=We,$e=_e)},setLocked:function(Pe){L=Pe},setClear:function(Pe){ae!==Pe&&(n.clearStencil(Pe),ae=Pe)},reset:function(){L=!1,ee=null,Y=null,de=null,le=null,ue=null,Re=null,$e=null,ae=null}}}let s=new t,a=new i,o=new r,l={},c=new WeakMap,h={},f={},u={},d=new WeakMap,p=[],x=null,m=!1,g=null,_=null,E=null,v=null,A=null,w=null,b=null,S=new Ge(0,0,0),D=0,C=!1,P=null,I=null,O=null,R=null,N=null,G=n.getParameter(n.MAX_COMBINED_TEXTURE_IMAGE_UNITS),B=!1,Z=0,k=n.getParameter(n.VERSION);k.indexOf("WebGL")!==-1?(Z=parseFloat(/^WebGL (\d)/.exec(k)[1]),B=Z>=1):k.indexOf("OpenGL ES")!==-1&&(Z=parseFloat(/^OpenGL ES (\d)/.exec(k)[1]),B=Z>=2);let $=null,K={},Q=n.getParameter(n.SCISSOR_BOX),ce=n.getParameter(n.VIEWPORT),X=new mt().fromArray(Q),ie=new mt().fromArray(ce);function oe(L,ee,Y,de){let le=new Uint8Array(4),ue=n.createTexture();n.bindTexture(L,ue),n.texParameteri(L,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(L,n.TEXTURE_MAG_FILTER,n.NEAREST);for(let Re=0;Re<Y;Re++)L===n.TEXTURE_3D||L===n.TEXTURE_2D_ARRAY?n.texImage3D(ee,0,n.RGBA,1,1,de,0,n.RGBA,n.UNSIGNED_BYTE,le):n.texImage2D(ee+Re,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,le);return ue}let pe={};pe[n.TEXTURE_2D]=oe(n.TEXTURE_2D,n.TEXTURE_2D,1),pe[n.TEXTURE_CUBE_MAP]=oe(n.TEXTURE_CUBE_MAP,n.TEXTURE_CUBE_MAP_POSITIVE_X,6),pe[n.TEXTURE_2D_ARRAY]=oe(n.TEXTURE_2D_ARRAY,n.TEXTURE_2D_ARRAY,1,1),pe[n.TEXTURE_3D]=oe(n.TEXTURE_3D,n.TEXTURE_3D,1,1),s.setClear(0,0,0,1),a.setClear(1),o.setClear(0),ne(n.DEPTH_TEST),a.setFunc(es),Ke(!1),ze(Du),ne(n.CULL_FACE),qe(ar);function ne(L){h[L]!==!0&&(n.enable(L),h[L]=!0)}function Se(L){h[L]!==!1&&(n.disable(L),h[L]=!1)}function He(L,ee){return u[L]!==ee?(n.bindFramebuffer(L,ee),u[L]=ee,L===n.DRAW_FRAMEBUFFER&&(u[n.FRAMEBUFFER]=ee),L===n.FRAMEBUFFER&&(u[n.DRAW_FRAMEBUFFER]=ee),!0):!1}function we(L,ee){let Y=p,de=!1;if(L){Y=d.get(ee),Y===void 0&&(Y=[],d.set(ee,Y));let le=L.textures;if(Y.length!==le.length||Y[0]!==n.COLOR_ATTACHMENT0){for(let ue=0,Re=le.length;ue<Re;ue++)Y[ue]=n.COLOR_ATTACHMENT0+ue;Y.length=le.length,de=!0}}else Y[0]!==n.BACK&&(Y[0]=n.BACK,de=!0);de&&n.drawBuffers(Y)}function Ye(L){return x!==L?(n.useProgram(L),x=L,!0):!1}let Je={[or]:n.FUNC_ADD,[Og]:n.FUNC_SUBTRACT,[Ug]:n.FUNC_REVERSE_SUBTRACT};Je[Bg]=n.MIN,Je[kg]=n.MAX;let xe={[zg]:n.ZERO,[Vg]:n.ONE,[Gg]:n.SRC_COLOR,[Bu]:n.SRC_ALPHA,[Yg]:n.SRC_ALPHA_SATURATE,[Xg]:n.DST_COLOR,[Wg]:n.DST_ALPHA,[Hg]:n.ONE_MINUS_SRC_COLOR,[ku]:n.ONE_MINUS_SRC_ALPHA,[qg]:n.ONE_MINUS_DST_COLOR,[$g]:n.ONE_MINUS_DST_ALPHA,[Kg]:n.CONSTANT_COLOR,[Zg]:n.ONE_MINUS_CONSTANT_COLOR,[Jg]:n.CONSTANT_ALPHA,[jg]:n.ONE_MINUS_CONSTANT_ALPHA};function qe(L,ee,Y,de,le,ue,Re,$e,ae,Pe){if(L===ar){m===!0&&(Se(n.BLEND),m=!1);return}if(m===!1&&(ne(n.BLEND),m=!0),L!==Fg){if(L!==g||Pe!==C){if((_!==or||A!==or)&&(n.blendEquation(n.FUNC_ADD),_=or,A=or),Pe)switch(L){case ps:n.blendFuncSeparate(n.ONE,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Fu:n.blendFunc(n.ONE,n.ONE);break;case Ou:n.blendFuncSeparate(n.ZERO,n.ONE_MINUS_SRC_COLOR,n.ZERO,n.ONE);break;case Uu:n.blendFuncSeparate(n.DST_COLOR,n.ONE_MINUS_SRC_ALPHA,n.ZERO,n.ONE);break;default:Oe("WebGLState: Invalid blending: ",L);break}else switch(L){case ps:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Fu:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE,n.ONE,n.ONE);break;case Ou:Oe("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Uu:Oe("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Oe("WebGLState: Invalid blending: ",L);break}E=null,v=null,w=null,b=null,S.set(0,0,0),D=0,g=L,C=Pe}return}le=le||ee,ue=ue||Y,Re=Re||de,(ee!==_||le!==A)&&(n.blendEquationSeparate(Je[ee],Je[le]),_=ee,A=le),(Y!==E||de!==v||ue!==w||Re!==b)&&(n.blendFuncSeparate(xe[Y],xe[de],xe[ue],xe[Re]),E=Y,v=de,w=ue,b=Re),($e.equals(S)===!1||ae!==D)&&(n.blendColor($e.r,$e.g,$e.b,ae),S.copy($e),D=ae),g=L,C=!1}function Ne(L,ee){L.side===yn?Se(n.CULL_FACE):ne(n.CULL_FACE);let Y=L.side===Zt;ee&&(Y=!Y),Ke(Y),L.blending===ps&&L.transparent===!1?qe(ar):qe(L.blending,L.blendEquation,L.blendSrc,L.blendDst,L.blendEquationAlpha,L.blendSrcAlpha,L.blendDstAlpha,L.blendColor,L.blendAlpha,L.premultipliedAlpha),a.setFunc(L.depthFunc),a.setTest(L.depthTest),a.setMask(L.depthWrite),s.setMask(L.colorWrite);let de=L.stencilWrite;o.setTest(de),de&&(o.setMask(L.stencilWriteMask),o.setFunc(L.stencilFunc,L.stencilRef,L.stencilFuncMask),o.setOp(L.stencilFail,L.stencilZFail,L.stencilZPass)),gt(L.polygonOffset,L.polygonOffsetFactor,L.polygonOffsetUnits),L.alphaToCoverage===!0?ne(n.SAMPLE_ALPHA_TO_COVERAGE):Se(n.SAMPLE_ALPHA_TO_COVERAGE)}function Ke(L){P!==L&&(L?n.frontFace(n.CW):n.frontFace(n.CCW),P=L)}function ze(L){L!==Lg?(ne(n.CULL_FACE),L!==I&&(L===Du?n.cullFace(n.BACK):L===Ng?n.cullFace(n.FRONT):n.cullFace(n.FRONT_AND_BACK))):Se(n.CULL_FACE),I=L}function lt(L){L!==O&&(B&&n.lineWidth(L),O=L)}function gt(L,ee,Y){L?(ne(n.POLYGON_OFFSET_FILL),(R!==ee||N!==Y)&&(R=ee,N=Y,a.getReversed()&&(ee=-ee,Y=-Y),n.polygonOffset(ee,Y))):Se(n.POLYGON_OFFSET_FILL)}function bt(L){L?ne(n.SCISSOR_TEST):Se(n.SCISSOR_TEST)}function cn(L){L===void 0&&(L=n.TEXTURE0+G-1),$!==L&&(n.activeTexture(L),$=L)}function hn(L,ee,Y){Y===void 0&&($===null?Y=n.TEXTURE0+G-1:Y=$);let de=K[Y];de===void 0&&(de={type:void 0,texture:void 0},K[Y]=de),(de.type!==L||de.texture!==ee)&&($!==Y&&(n.activeTexture(Y),$=Y),n.bindTexture(L,ee||pe[L]),de.type=L,de.texture=ee)}function U(){let L=K[$];L!==void 0&&L.type!==void 0&&(n.bindTexture(L.type,null),L.type=void 0,L.texture=void 0)}function un(){try{n.compressedTexImage2D(...arguments)}catch(L){Oe("WebGLState:",L)}}function dt(){try{n.compressedTexImage3D(...arguments)}catch(L){Oe("WebGLState:",L)}}function pt(){try{n.texSubImage2D(...arguments)}catch(L){Oe("WebGLState:",L)}}function ye(){try{n.texSubImage3D(...arguments)}catch(L){Oe("WebGLState:",L)}}function Mt(){try{n.compressedTexSubImage2D(...arguments)}catch(L){Oe("WebGLState:",L)}}function Le(){try{n.compressedTexSubImage3D(...arguments)}catch(L){Oe("WebGLState:",L)}}function Be(){try{n.texStorage2D(...arguments)}catch(L){Oe("WebGLState:",L)}}function T(){try{n.texStorage3D(...arguments)}catch(L){Oe("WebGLState:",L)}}function y(){try{n.texImage2D(...arguments)}catch(L){Oe("WebGLState:",L)}}function H(){try{n.texImage3D(...arguments)}catch(L){Oe("WebGLState:",L)}}function se(L){return f[L]!==void 0?f[L]:n.getParameter(L)}function te(L,ee){f[L]!==ee&&(n.pixelStorei(L,ee),f[L]=ee)}function he(L){X.equals(L)===!1&&(n.scissor(L.x,L.y,L.z,L.w),X.copy(L))}function ge(L){ie.equals(L)===!1&&(n.viewport(L.x,L.y,L.z,L.w),ie.copy(L))}function J(L,ee){let Y=c.get(ee);Y===void 0&&(Y=new WeakMap,c.set(ee,Y));let de=Y.get(L);de===void 0&&(de=n.getUniformBlockIndex(ee,L.name),n.uniformBlockBinding(ee,de,de),Y.set(L,de))}function j(L,ee,Y){let le=c.get(ee).get(L);l[le]!==Y&&(n.bindBufferBase(n.UNIFORM_BUFFER,le,Y),l[le]=Y)}function fe(){n.disable(n.BLEND),n.disable(n.CULL_FACE),n.disable(n.DEPTH_TEST),n.disable(n.POLYGON_OFFSET_FILL),n.disable(n.SCISSOR_TEST),n.disable(n.STENCIL_TEST),n.disable(n.SAMPLE_ALPHA_TO_COVERAGE),n.blendEquation(n.FUNC_ADD),n.blendFunc(n.ONE,n.ZERO),n.blendFuncSeparate(n.ONE,n.ZERO,n.ONE,n.ZERO),n.blendColor(0,0,0,0),n.colorMask(!0,!0,!0,!0),n.clearColor(0,0,0,0),n.depthMask(!0),n.depthFunc(n.LESS),a.setReversed(!1),n.clearDepth(1),n.stencilMask(4294967295),n.stencilFunc(n.ALWAYS,0,4294967295),n.stencilOp(n.KEEP,n.KEEP,n.KEEP),n.clearStencil(0),n.cullFace(n.BACK),n.frontFace(n.CCW),n.polygonOffset(0,0),n.activeTexture(n.TEXTURE0),n.bindFramebuffer(n.FRAMEBUFFER,null),n.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),n.bindFramebuffer(n.READ_FRAMEBUFFER,null),n.useProgram(null),n.lineWidth(1),n.scissor(0,0,n.canvas.width,n.canvas.height),n.viewport(0,0,n.canvas.width,n.canvas.height),n.pixelStorei(n.PACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,!1),n.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),n.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,n.BROWSER_DEFAULT_WEBGL),n.pixelStorei(n.PACK_ROW_LENGTH,0),n.pixelStorei(n.PACK_SKIP_PIXELS,0),n.pixelStorei(n.PACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_ROW_LENGTH,0),n.pixelStorei(n.UNPACK_IMAGE_HEIGHT,0),n.pixelStorei(n.UNPACK_SKIP_PIXELS,0),n.pixelStorei(n.UNPACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_SKIP_IMAGES,0),h={},f={},$=null,K={},u={},l={},d=new WeakMap,p=[],x=null,m=!1,g=null,_=null,E=null,v=null,A=null,w=null,b=null,S=new Ge(0,0,0),D=0,C=!1,P=null,I=null,O=null,R=null,N=null,X.set(0,0,n.canvas.width,n.canvas.height),ie.set(0,0,n.canvas.width,n.canvas.height),s.reset(),a.reset(),o.reset()}return{buffers:{color:s,depth:a,stencil:o},enable:ne,disable:Se,bindFramebuffer:He,drawBuffers:we,useProgram:Ye,setBlending:qe,setMaterial:Ne,setFlipSided:Ke,setCullFace:ze,setLineWidth:lt,setPolygonOffset:gt,setScissorTest:bt,activeTexture:cn,bindTexture:hn,unbindTexture:U,compressedTexImage2D:un,compressedTexImage3D:dt,texImage2D:y,texImage3D:H,pixelStorei:te,getParameter:se,updateUBOMapping:J,uniformBlockBinding:j,texStorage2D:Be,texStorage3D:T,texSubImage2D:pt,texSubImage3D:ye,compressedTexSubImage2D:Mt,compressedTexSubImage3D:Le,scissor:he,viewport:ge,reset:fe}}function vA(n,e,t,i,r,s,a){let o=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new De,h=new WeakMap,f=new Set,u,d=new WeakMap,p=new Set,x=new FinalizationRegistry(T=>p.delete(T)),m=!1;try{m=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function g(T,y){return m?new OffscreenCanvas(T,y):ta("canvas")}function _(T,y,H){let se=1,te=Be(T);if((te.width>H||te.height>H)&&(se=H/Math.max(te.width,te.height)),se<1)if(typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&T instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&T instanceof ImageBitmap||typeof VideoFrame<"u"&&T instanceof VideoFrame){let he=Math.floor(se*te.width),ge=Math.floor(se*te.height);u===void 0&&(u=g(he,ge));let J=y?g(he,ge):u;return J.width=he,J.height=ge,J.getContext("2d").drawImage(T,0,0,he,ge),Ie("WebGLRenderer: Texture has been resized from ("+te.width+"x"+te.height+") to ("+he+"x"+ge+")."),J}else return"data"in T&&Ie("WebGLRenderer: Image in DataTexture is too big ("+te.width+"x"+te.height+")."),T;return T}function E(T){return T.generateMipmaps}function v(T){n.generateMipmap(T)}function A(T){return T.isWebGLCubeRenderTarget?n.TEXTURE_CUBE_MAP:T.isWebGL3DRenderTarget?n.TEXTURE_3D:T.isWebGLArrayRenderTarget||T.isCompressedArrayTexture?n.TEXTURE_2D_ARRAY:n.TEXTURE_2D}function w(T,y,H,se,te,he=!1){if(T!==null){if(n[T]!==void 0)return n[T];Ie("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+T+"'")}let ge;se&&(ge=e.get("EXT_texture_norm16"),ge||Ie("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let J=y;if(y===n.RED&&(H===n.FLOAT&&(J=n.R32F),H===n.HALF_FLOAT&&(J=n.R16F),H===n.UNSIGNED_BYTE&&(J=n.R8),H===n.UNSIGNED_SHORT&&ge&&(J=ge.R16_EXT),H===n.SHORT&&ge&&(J=ge.R16_SNORM_EXT)),y===n.RED_INTEGER&&(H===n.UNSIGNED_BYTE&&(J=n.R8UI),H===n.UNSIGNED_SHORT&&(J=n.R16UI),H===n.UNSIGNED_INT&&(J=n.R32UI),H===n.BYTE&&(J=n.R8I),H===n.SHORT&&(J=n.R16I),H===n.INT&&(J=n.R32I)),y===n.RG&&(H===n.FLOAT&&(J=n.RG32F),H===n.HALF_FLOAT&&(J=n.RG16F),H===n.UNSIGNED_BYTE&&(J=n.RG8),H===n.UNSIGNED_SHORT&&ge&&(J=ge.RG16_EXT),H===n.SHORT&&ge&&(J=ge.RG16_SNORM_EXT)),y===n.RG_INTEGER&&(H===n.UNSIGNED_BYTE&&(J=n.RG8UI),H===n.UNSIGNED_SHORT&&(J=n.RG16UI),H===n.UNSIGNED_INT&&(J=n.RG32UI),H===n.BYTE&&(J=n.RG8I),H===n.SHORT&&(J=n.RG16I),H===n.INT&&(J=n.RG32I)),y===n.RGB_INTEGER&&(H===n.UNSIGNED_BYTE&&(J=n.RGB8UI),H===n.UNSIGNED_SHORT&&(J=n.RGB16UI),H===n.UNSIGNED_INT&&(J=n.RGB32UI),H===n.BYTE&&(J=n.RGB8I),H===n.SHORT&&(J=n.RGB16I),H===n.INT&&(J=n.RGB32I)),y===n.RGBA_INTEGER&&(H===n.UNSIGNED_BYTE&&(J=n.RGBA8UI),H===n.UNSIGNED_SHORT&&(J=n.RGBA16UI),H===n.UNSIGNED_INT&&(J=n.RGBA32UI),H===n.BYTE&&(J=n.RGBA8I),H===n.SHORT&&(J=n.RGBA16I),H===n.INT&&(J=n.RGBA32I)),y===n.RGB&&(H===n.UNSIGNED_SHORT&&ge&&(J=ge.RGB16_EXT),H===n.SHORT&&ge&&(J=ge.RGB16_SNORM_EXT),H===n.UNSIGNED_INT_5_9_9_9_REV&&(J=n.RGB9_E5),H===n.UNSIGNED_INT_10F_11F_11F_REV&&(J=n.R11F_G11F_B10F)),y===n.RGBA){let j=he?ea:et.getTransfer(te);H===n.FLOAT&&(J=n.RGBA32F),H===n.HALF_FLOAT&&(J=n.RGBA16F),H===n.UNSIGNED_BYTE&&(J=j===at?n.SRGB8_ALPHA8:n.RGBA8),H===n.UNSIGNED_SHORT&&ge&&(J=ge.RGBA16_EXT),H===n.SHORT&&ge&&(J=ge.RGBA16_SNORM_EXT),H===n.UNSIGNED_SHORT_4_4_4_4&&(J=n.RGBA4),H===n.UNSIGNED_SHORT_5_5_5_1&&(J=n.RGB5_A1)}return(J===n.R16F||J===n.R32F||J===n.RG16F||J===n.RG32F||J===n.RGBA16F||J===n.RGBA32F)&&e.get("EXT_color_buffer_float"),J}function b(T,y){let H;return T?y===null||y===Rn||y===cr?H=n.DEPTH24_STENCIL8:y===_n?H=n.DEPTH32F_STENCIL8:y===gs&&(H=n.DEPTH24_STENCIL8,Ie("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):y===null||y===Rn||y===cr?H=n.DEPTH_COMPONENT24:y===_n?H=n.DEPTH_COMPONENT32F:y===gs&&(H=n.DEPTH_COMPONENT16),H}function S(T,y){return E(T)===!0||T.isFramebufferTexture&&T.minFilter!==Dt&&T.minFilter!==qt?Math.log2(Math.max(y.width,y.height))+1:T.mipmaps.length>0?T.mipmaps.length:T.isCompressedTexture&&Array.isArray(T.image)?y.mipmaps.length:1}function D(T){let y=new WeakRef(T);i.get(T).__ref=y,p.add(y),x.register(T,y,y)}function C(T){let y=i.get(T).__ref;y!==void 0&&(p.delete(y),x.unregister(y))}function P(T){O(T.target)}function I(T){R(T.target)}function O(T){T.removeEventListener("dispose",P),C(T),G(T),T.isVideoTexture&&h.delete(T),T.isHTMLTexture&&f.delete(T)}function R(T){T.removeEventListener("dispose",I),C(T),Z(T)}function N(){for(let T of p){let y=T.deref();y!==void 0&&(y.isRenderTarget===!0?R(y):O(y))}p.clear(),f.clear()}function G(T){let y=i.get(T);if(y.__webglInit===void 0)return;let H=T.source,se=d.get(H);if(se){let te=se[y.__cacheKey];te.usedTimes--,te.usedTimes===0&&B(T),Object.keys(se).length===0&&d.delete(H)}i.remove(T)}function B(T){let y=i.get(T);n.deleteTexture(y.__webglTexture);let H=T.source,se=d.get(H);delete se[y.__cacheKey],a.memory.textures--}function Z(T){let y=i.get(T);y.__depthDisposeCallback&&y.__depthDisposeCallback();let H=T.depthTexture;if(H&&H.renderTarget===T&&O(H),T.isWebGLCubeRenderTarget)for(let te=0;te<6;te++){if(Array.isArray(y.__webglFramebuffer[te]))for(let he=0;he<y.__webglFramebuffer[te].length;he++)n.deleteFramebuffer(y.__webglFramebuffer[te][he]);else n.deleteFramebuffer(y.__webglFramebuffer[te]);y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer[te])}else{if(Array.isArray(y.__webglFramebuffer))for(let te=0;te<y.__webglFramebuffer.length;te++)n.deleteFramebuffer(y.__webglFramebuffer[te]);else n.deleteFramebuffer(y.__webglFramebuffer);if(y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer),y.__webglMultisampledFramebuffer&&n.deleteFramebuffer(y.__webglMultisampledFramebuffer),y.__webglColorRenderbuffer)for(let te=0;te<y.__webglColorRenderbuffer.length;te++)y.__webglColorRenderbuffer[te]&&n.deleteRenderbuffer(y.__webglColorRenderbuffer[te]);y.__webglDepthRenderbuffer&&n.deleteRenderbuffer(y.__webglDepthRenderbuffer)}let se=T.textures;for(let te=0,he=se.length;te<he;te++){let ge=i.get(se[te]);ge.__webglTexture&&(n.deleteTexture(ge.__webglTexture),a.memory.textures--),i.remove(se[te])}i.remove(T)}let k=0;function $(){k=0}function K(){return k}function Q(T){k=T}function ce(){let T=k;return T>=r.maxTextures&&Ie("WebGLTextures: Trying to use "+(T+1)+" texture units while this GPU supports only "+r.maxTextures),k+=1,T}function X(T){let y=[];return y.push(T.wrapS),y.push(T.wrapT),y.push(T.wrapR||0),y.push(T.magFilter),y.push(T.minFilter),y.push(T.anisotropy),y.push(T.internalFormat),y.push(T.format),y.push(T.type),y.push(T.generateMipmaps),y.push(T.mipmapsAutoUpdate),y.push(T.premultiplyAlpha),y.push(T.flipY),y.push(T.unpackAlignment),y.push(T.colorSpace),y.join()}function ie(T,y){let H=i.get(T);if(T.isVideoTexture&&Mt(T),T.isRenderTargetTexture===!1&&T.isExternalTexture!==!0&&T.version>0&&H.__version!==T.version){let se=T.image;if(se===null)Ie("WebGLRenderer: Texture marked for update but no image data found.");else if(se.complete===!1)Ie("WebGLRenderer: Texture marked for update but image is incomplete");else{Ne(H,T,y);return}}else T.isExternalTexture&&(H.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(n.TEXTURE_2D,H.__webglTexture,n.TEXTURE0+y)}function oe(T,y){let H=i.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&H.__version!==T.version){Ne(H,T,y);return}else T.isExternalTexture&&(H.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(n.TEXTURE_2D_ARRAY,H.__webglTexture,n.TEXTURE0+y)}function pe(T,y){let H=i.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&H.__version!==T.version){Ne(H,T,y);return}t.bindTexture(n.TEXTURE_3D,H.__webglTexture,n.TEXTURE0+y)}function ne(T,y){let H=i.get(T);if(T.version>0&&H.__version!==T.version){Ke(H,T,y);return}t.bindTexture(n.TEXTURE_CUBE_MAP,H.__webglTexture,n.TEXTURE0+y)}let Se={[bl]:n.REPEAT,[Un]:n.CLAMP_TO_EDGE,[xl]:n.MIRRORED_REPEAT},He={[Dt]:n.NEAREST,[t0]:n.NEAREST_MIPMAP_NEAREST,[wa]:n.NEAREST_MIPMAP_LINEAR,[qt]:n.LINEAR,[$l]:n.LINEAR_MIPMAP_NEAREST,[oi]:n.LINEAR_MIPMAP_LINEAR},we={[s0]:n.NEVER,[nf]:n.ALWAYS,[a0]:n.LESS,[ef]:n.LEQUAL,[o0]:n.EQUAL,[tf]:n.GEQUAL,[l0]:n.GREATER,[c0]:n.NOTEQUAL};function Ye(T,y){if(y.type===_n&&e.has("OES_texture_float_linear")===!1&&(y.magFilter===qt||y.magFilter===$l||y.magFilter===wa||y.magFilter===oi||y.minFilter===qt||y.minFilter===$l||y.minFilter===wa||y.minFilter===oi)&&Ie("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),n.texParameteri(T,n.TEXTURE_WRAP_S,Se[y.wrapS]),n.texParameteri(T,n.TEXTURE_WRAP_T,Se[y.wrapT]),(T===n.TEXTURE_3D||T===n.TEXTURE_2D_ARRAY)&&n.texParameteri(T,n.TEXTURE_WRAP_R,Se[y.wrapR]),n.texParameteri(T,n.TEXTURE_MAG_FILTER,He[y.magFilter]),n.texParameteri(T,n.TEXTURE_MIN_FILTER,He[y.minFilter]),y.compareFunction&&(n.texParameteri(T,n.TEXTURE_COMPARE_MODE,n.COMPARE_REF_TO_TEXTURE),n.texParameteri(T,n.TEXTURE_COMPARE_FUNC,we[y.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(y.magFilter===Dt||y.minFilter!==wa&&y.minFilter!==oi||y.type===_n&&e.has("OES_texture_float_linear")===!1)return;if(y.anisotropy>1||i.get(y).__currentAnisotropy){let H=e.get("EXT_texture_filter_anisotropic");n.texParameterf(T,H.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(y.anisotropy,r.getMaxAnisotropy())),i.get(y).__currentAnisotropy=y.anisotropy}}}function Je(T,y){let H=!1;T.__webglInit===void 0&&(T.__webglInit=!0,y.addEventListener("dispose",P),D(y));let se=y.source,te=d.get(se);te===void 0&&(te={},d.set(se,te));let he=X(y);if(he!==T.__cacheKey){te[he]===void 0&&(te[he]={texture:n.createTexture(),usedTimes:0},a.memory.textures++,H=!0),te[he].usedTimes++;let ge=te[T.__cacheKey];ge!==void 0&&(te[T.__cacheKey].usedTimes--,ge.usedTimes===0&&B(y)),T.__cacheKey=he,T.__webglTexture=te[he].texture}return H}function xe(T,y,H){return Math.floor(Math.floor(T/H)/y)}function qe(T,y,H,se){let he=T.updateRanges;if(he.length===0)t.texSubImage2D(n.TEXTURE_2D,0,0,0,y.width,y.height,H,se,y.data);else{he.sort((L,ee)=>L.start-ee.start);let ge=0;for(let L=1;L<he.length;L++){let ee=he[ge],Y=he[L],de=ee.start+ee.count,le=xe(Y.start,y.width,4),ue=xe(ee.start,y.width,4);Y.start<=de+1&&le===ue&&xe(Y.start+Y.count-1,y.width,4)===le?ee.count=Math.max(ee.count,Y.start+Y.count-ee.start):(++ge,he[ge]=Y)}he.length=ge+1;let J=t.getParameter(n.UNPACK_ROW_LENGTH),j=t.getParameter(n.UNPACK_SKIP_PIXELS),fe=t.getParameter(n.UNPACK_SKIP_ROWS);t.pixelStorei(n.UNPACK_ROW_LENGTH,y.width);for(let L=0,ee=he.length;L<ee;L++){let Y=he[L],de=Math.floor(Y.start/4),le=Math.ceil(Y.count/4),ue=de%y.width,Re=Math.floor(de/y.width),$e=le,ae=1;t.pixelStorei(n.UNPACK_SKIP_PIXELS,ue),t.pixelStorei(n.UNPACK_SKIP_ROWS,Re),t.texSubImage2D(n.TEXTURE_2D,0,ue,Re,$e,ae,H,se,y.data)}T.clearUpdateRanges(),t.pixelStorei(n.UNPACK_ROW_LENGTH,J),t.pixelStorei(n.UNPACK_SKIP_PIXELS,j),t.pixelStorei(n.UNPACK_SKIP_ROWS,fe)}}function Ne(T,y,H){let se=n.TEXTURE_2D;(y.isDataArrayTexture||y.isCompressedArrayTexture)&&(se=n.TEXTURE_2D_ARRAY),y.isData3DTexture&&(se=n.TEXTURE_3D);let te=Je(T,y),he=y.source;t.bindTexture(se,T.__webglTexture,n.TEXTURE0+H);let ge=i.get(he);if(he.version!==ge.__version||te===!0){if(t.activeTexture(n.TEXTURE0+H),(typeof ImageBitmap<"u"&&y.image instanceof ImageBitmap)===!1){let ae=et.getPrimaries(et.workingColorSpace),Pe=y.colorSpace===ci?null:et.getPrimaries(y.colorSpace),We=y.colorSpace===ci||ae===Pe?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,We)}t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment);let j=_(y.image,!1,r.maxTextureSize);j=Le(y,j);let fe=s.convert(y.format,y.colorSpace),L=s.convert(y.type),ee=w(y.internalFormat,fe,L,y.normalized,y.colorSpace,y.isVideoTexture);Ye(se,y);let Y,de=y.mipmaps,le=y.isVideoTexture!==!0,ue=ge.__version===void 0||te===!0,Re=he.dataReady,$e=S(y,j);if(y.isDepthTexture)ee=b(y.format===li,y.type),ue&&(le?t.texStorage2D(n.TEXTURE_2D,1,ee,j.width,j.height):t.texImage2D(n.TEXTURE_2D,0,ee,j.width,j.height,0,fe,L,null));else if(y.isDataTexture)if(de.length>0){le&&ue&&t.texStorage2D(n.TEXTURE_2D,$e,ee,de[0].width,de[0].height);for(let ae=0,Pe=de.length;ae<Pe;ae++)Y=de[ae],le?Re&&t.texSubImage2D(n.TEXTURE_2D,ae,0,0,Y.width,Y.height,fe,L,Y.data):t.texImage2D(n.TEXTURE_2D,ae,ee,Y.width,Y.height,0,fe,L,Y.data);y.generateMipmaps=!1}else le?(ue&&t.texStorage2D(n.TEXTURE_2D,$e,ee,j.width,j.height),Re&&qe(y,j,fe,L)):t.texImage2D(n.TEXTURE_2D,0,ee,j.width,j.height,0,fe,L,j.data);else if(y.isCompressedTexture)if(y.isCompressedArrayTexture){le&&ue&&t.texStorage3D(n.TEXTURE_2D_ARRAY,$e,ee,de[0].width,de[0].height,j.depth);for(let ae=0,Pe=de.length;ae<Pe;ae++)if(Y=de[ae],y.format!==In)if(fe!==null)if(le){if(Re)if(y.layerUpdates.size>0){let We=df(Y.width,Y.height,y.format,y.type);for(let _e of y.layerUpdates){let ot=Y.data.subarray(_e*We/Y.data.BYTES_PER_ELEMENT,(_e+1)*We/Y.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ae,0,0,_e,Y.width,Y.height,1,fe,ot)}}else t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ae,0,0,0,Y.width,Y.height,j.depth,fe,Y.data)}else t.compressedTexImage3D(n.TEXTURE_2D_ARRAY,ae,ee,Y.width,Y.height,j.depth,0,Y.data,0,0);else Ie("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else le?Re&&t.texSubImage3D(n.TEXTURE_2D_ARRAY,ae,0,0,0,Y.width,Y.height,j.depth,fe,L,Y.data):t.texImage3D(n.TEXTURE_2D_ARRAY,ae,ee,Y.width,Y.height,j.depth,0,fe,L,Y.data);y.layerUpdates.size>0&&y.clearLayerUpdates()}else{le&&ue&&t.texStorage2D(n.TEXTURE_2D,$e,ee,de[0].width,de[0].height);for(let ae=0,Pe=de.length;ae<Pe;ae++)Y=de[ae],y.format!==In?fe!==null?le?Re&&t.compressedTexSubImage2D(n.TEXTURE_2D,ae,0,0,Y.width,Y.height,fe,Y.data):t.compressedTexImage2D(n.TEXTURE_2D,ae,ee,Y.width,Y.height,0,Y.data):Ie("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):le?Re&&t.texSubImage2D(n.TEXTURE_2D,ae,0,0,Y.width,Y.height,fe,L,Y.data):t.texImage2D(n.TEXTURE_2D,ae,ee,Y.width,Y.height,0,fe,L,Y.data)}else if(y.isDataArrayTexture)if(le){if(ue&&t.texStorage3D(n.TEXTURE_2D_ARRAY,$e,ee,j.width,j.height,j.depth),Re)if(y.layerUpdates.size>0){let ae=df(j.width,j.height,y.format,y.type);for(let Pe of y.layerUpdates){let We=j.data.subarray(Pe*ae/j.data.BYTES_PER_ELEMENT,(Pe+1)*ae/j.data.BYTES_PER_ELEMENT);t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,Pe,j.width,j.height,1,fe,L,We)}y.clearLayerUpdates()}else t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,0,j.width,j.height,j.depth,fe,L,j.data)}else t.texImage3D(n.TEXTURE_2D_ARRAY,0,ee,j.width,j.height,j.depth,0,fe,L,j.data);else if(y.isData3DTexture)le?(ue&&t.texStorage3D(n.TEXTURE_3D,$e,ee,j.width,j.height,j.depth),Re&&t.texSubImage3D(n.TEXTURE_3D,0,0,0,0,j.width,j.height,j.depth,fe,L,j.data)):t.texImage3D(n.TEXTURE_3D,0,ee,j.width,j.height,j.depth,0,fe,L,j.data);else if(y.isFramebufferTexture){if(ue)if(le)t.texStorage2D(n.TEXTURE_2D,$e,ee,j.width,j.height);else{let ae=j.width,Pe=j.height;for(let We=0;We<$e;We++)t.texImage2D(n.TEXTURE_2D,We,ee,ae,Pe,0,fe,L,null),ae>>=1,Pe>>=1}}else if(y.isHTMLTexture){if("texElementImage2D"in n){let ae=n.canvas;if(ae.hasAttribute("layoutsubtree")||ae.setAttribute("layoutsubtree","true"),j.parentNode!==ae){ae.appendChild(j),f.add(y),ae.onpaint=Pe=>{let We=Pe.changedElements;for(let _e of f)We.includes(_e.image)&&(_e.needsUpdate=!0)},ae.requestPaint();return}if(n.texElementImage2D.length===3)n.texElementImage2D(n.TEXTURE_2D,n.RGBA8,j);else{let We=n.RGBA,_e=n.RGBA,ot=n.UNSIGNED_BYTE;n.texElementImage2D(n.TEXTURE_2D,0,We,_e,ot,j)}n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.LINEAR),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)}}else if(de.length>0){if(le&&ue){let ae=Be(de[0]);t.texStorage2D(n.TEXTURE_2D,$e,ee,ae.width,ae.height)}for(let ae=0,Pe=de.length;ae<Pe;ae++)Y=de[ae],le?Re&&t.texSubImage2D(n.TEXTURE_2D,ae,0,0,fe,L,Y):t.texImage2D(n.TEXTURE_2D,ae,ee,fe,L,Y);y.generateMipmaps=!1}else if(le){if(ue){let ae=Be(j);t.texStorage2D(n.TEXTURE_2D,$e,ee,ae.width,ae.height)}Re&&t.texSubImage2D(n.TEXTURE_2D,0,0,0,fe,L,j)}else t.texImage2D(n.TEXTURE_2D,0,ee,fe,L,j);E(y)&&y.mipmapsAutoUpdate===!0&&v(se),ge.__version=he.version,y.onUpdate&&y.onUpdate(y)}T.__version=y.version}function Ke(T,y,H){if(y.image.length!==6)return;let se=Je(T,y),te=y.source;t.bindTexture(n.TEXTURE_CUBE_MAP,T.__webglTexture,n.TEXTURE0+H);let he=i.get(te);if(te.version!==he.__version||se===!0){t.activeTexture(n.TEXTURE0+H);let ge=et.getPrimaries(et.workingColorSpace),J=y.colorSpace===ci?null:et.getPrimaries(y.colorSpace),j=y.colorSpace===ci||ge===J?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,j);let fe=y.isCompressedTexture||y.image[0].isCompressedTexture,L=y.image[0]&&y.image[0].isDataTexture,ee=[];for(let _e=0;_e<6;_e++)!fe&&!L?ee[_e]=_(y.image[_e],!0,r.maxCubemapSize):ee[_e]=L?y.image[_e].image:y.image[_e],ee[_e]=Le(y,ee[_e]);let Y=ee[0],de=s.convert(y.format,y.colorSpace),le=s.convert(y.type),ue=w(y.internalFormat,de,le,y.normalized,y.colorSpace),Re=y.isVideoTexture!==!0,$e=he.__version===void 0||se===!0,ae=te.dataReady,Pe=S(y,Y);Ye(n.TEXTURE_CUBE_MAP,y);let We;if(y.isDepthTexture){if(ue=b(y.format===li,y.type),$e)if(Re)t.texStorage2D(n.TEXTURE_CUBE_MAP,1,ue,Y.width,Y.height);else for(let _e=0;_e<6;_e++)t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,ue,Y.width,Y.height,0,de,le,null)}else if(fe){Re&&$e&&t.texStorage2D(n.TEXTURE_CUBE_MAP,Pe,ue,Y.width,Y.height);for(let _e=0;_e<6;_e++){We=ee[_e].mipmaps;for(let ot=0;ot<We.length;ot++){let Rt=We[ot];y.format!==In?de!==null?Re?ae&&t.compressedTexSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,ot,0,0,Rt.width,Rt.height,de,Rt.data):t.compressedTexImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,ot,ue,Rt.width,Rt.height,0,Rt.data):Ie("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,ot,0,0,Rt.width,Rt.height,de,le,Rt.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,ot,ue,Rt.width,Rt.height,0,de,le,Rt.data)}}}else{if(We=y.mipmaps,Re&&$e){We.length>0&&Pe++;let _e=Be(ee[0]);t.texStorage2D(n.TEXTURE_CUBE_MAP,Pe,ue,_e.width,_e.height)}for(let _e=0;_e<6;_e++)if(L){Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,0,0,ee[_e].width,ee[_e].height,de,le,ee[_e].data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,ue,ee[_e].width,ee[_e].height,0,de,le,ee[_e].data);for(let ot=0;ot<We.length;ot++){let hi=We[ot].image[_e].image;Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,ot+1,0,0,hi.width,hi.height,de,le,hi.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,ot+1,ue,hi.width,hi.height,0,de,le,hi.data)}}else{Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,0,0,de,le,ee[_e]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,0,ue,de,le,ee[_e]);for(let ot=0;ot<We.length;ot++){let Rt=We[ot];Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,ot+1,0,0,de,le,Rt.image[_e]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+_e,ot+1,ue,de,le,Rt.image[_e])}}}E(y)&&y.mipmapsAutoUpdate===!0&&v(n.TEXTURE_CUBE_MAP),he.__version=te.version,y.onUpdate&&y.onUpdate(y)}T.__version=y.version}function ze(T,y,H,se,te,he){let ge=s.convert(H.format,H.colorSpace),J=s.convert(H.type),j=w(H.internalFormat,ge,J,H.normalized,H.colorSpace),fe=i.get(y),L=i.get(H);if(L.__renderTarget=y,!fe.__hasExternalTextures){let ee=Math.max(1,y.width>>he),Y=Math.max(1,y.height>>he);te===n.TEXTURE_3D||te===n.TEXTURE_2D_ARRAY?t.texImage3D(te,he,j,ee,Y,y.depth,0,ge,J,null):t.texImage2D(te,he,j,ee,Y,0,ge,J,null)}t.bindFramebuffer(n.FRAMEBUFFER,T),ye(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,se,te,L.__webglTexture,0,pt(y)):(te===n.TEXTURE_2D||te>=n.TEXTURE_CUBE_MAP_POSITIVE_X&&te<=n.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&n.framebufferTexture2D(n.FRAMEBUFFER,se,te,L.__webglTexture,he),t.bindFramebuffer(n.FRAMEBUFFER,null)}function lt(T,y,H){if(n.bindRenderbuffer(n.RENDERBUFFER,T),y.depthBuffer){let se=y.depthTexture,te=se&&se.isDepthTexture?se.type:null,he=b(y.stencilBuffer,te),ge=y.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;ye(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,pt(y),he,y.width,y.height):H?n.renderbufferStorageMultisample(n.RENDERBUFFER,pt(y),he,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,he,y.width,y.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,ge,n.RENDERBUFFER,T)}else{let se=y.textures;for(let te=0;te<se.length;te++){let he=se[te],ge=s.convert(he.format,he.colorSpace),J=s.convert(he.type),j=w(he.internalFormat,ge,J,he.normalized,he.colorSpace);ye(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,pt(y),j,y.width,y.height):H?n.renderbufferStorageMultisample(n.RENDERBUFFER,pt(y),j,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,j,y.width,y.height)}}n.bindRenderbuffer(n.RENDERBUFFER,null)}function gt(T,y,H){let se=y.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(n.FRAMEBUFFER,T),!(y.depthTexture&&y.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let te=i.get(y.depthTexture);te.__renderTarget=y;let he=se?y.depthTexture.image[0]:y.depthTexture.image;(!te.__webglTexture||he.width!==y.width||he.height!==y.height)&&(he.width=y.width,he.height=y.height,y.depthTexture.needsUpdate=!0),se?ne(y.depthTexture,0):ie(y.depthTexture,0);let ge=te.__webglTexture,J=pt(y),j=se?n.TEXTURE_CUBE_MAP_POSITIVE_X+H:n.TEXTURE_2D,fe=y.depthTexture.format===li?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;if(y.depthTexture.format===ii)ye(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,fe,j,ge,0,J):n.framebufferTexture2D(n.FRAMEBUFFER,fe,j,ge,0);else if(y.depthTexture.format===li)ye(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,fe,j,ge,0,J):n.framebufferTexture2D(n.FRAMEBUFFER,fe,j,ge,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function bt(T){let y=i.get(T),H=T.isWebGLCubeRenderTarget===!0;if(y.__boundDepthTexture!==T.depthTexture){let se=T.depthTexture;if(y.__depthDisposeCallback&&y.__depthDisposeCallback(),se){let te=()=>{delete y.__boundDepthTexture,delete y.__depthDisposeCallback,se.removeEventListener("dispose",te)};se.addEventListener("dispose",te),y.__depthDisposeCallback=te}y.__boundDepthTexture=se}if(T.depthTexture&&!y.__autoAllocateDepthBuffer)if(H)for(let se=0;se<6;se++)gt(y.__webglFramebuffer[se],T,se);else T.texture.mipmaps.length>0?gt(y.__webglFramebuffer[0],T,0):gt(y.__webglFramebuffer,T,0);else if(H){y.__webglDepthbuffer=[];for(let se=0;se<6;se++)if(t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[se]),y.__webglDepthbuffer[se]===void 0)y.__webglDepthbuffer[se]=n.createRenderbuffer(),lt(y.__webglDepthbuffer[se],T,!1);else{let te=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,he=y.__webglDepthbuffer[se];n.bindRenderbuffer(n.RENDERBUFFER,he),n.framebufferRenderbuffer(n.FRAMEBUFFER,te,n.RENDERBUFFER,he)}}else if(T.texture.mipmaps.length>0?t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[0]):t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer),y.__webglDepthbuffer===void 0)y.__webglDepthbuffer=n.createRenderbuffer(),lt(y.__webglDepthbuffer,T,!1);else{let te=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,he=y.__webglDepthbuffer;n.bindRenderbuffer(n.RENDERBUFFER,he),n.framebufferRenderbuffer(n.FRAMEBUFFER,te,n.RENDERBUFFER,he)}t.bindFramebuffer(n.FRAMEBUFFER,null)}function cn(T,y,H){let se=i.get(T);y!==void 0&&ze(se.__webglFramebuffer,T,T.texture,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,0),H!==void 0&&bt(T)}function hn(T){let y=T.texture,H=i.get(T),se=i.get(y);T.addEventListener("dispose",I),D(T);let te=T.textures,he=T.isWebGLCubeRenderTarget===!0,ge=te.length>1;if(ge||(se.__webglTexture===void 0&&(se.__webglTexture=n.createTexture()),se.__version=y.version,a.memory.textures++),he){H.__webglFramebuffer=[];for(let J=0;J<6;J++)if(y.mipmaps.length>0){H.__webglFramebuffer[J]=[];for(let j=0;j<y.mipmaps.length;j++)H.__webglFramebuffer[J][j]=n.createFramebuffer()}else H.__webglFramebuffer[J]=n.createFramebuffer()}else{if(y.mipmaps.length>0){H.__webglFramebuffer=[];for(let J=0;J<y.mipmaps.length;J++)H.__webglFramebuffer[J]=n.createFramebuffer()}else H.__webglFramebuffer=n.createFramebuffer();if(ge)for(let J=0,j=te.length;J<j;J++){let fe=i.get(te[J]);fe.__webglTexture===void 0&&(fe.__webglTexture=n.createTexture(),a.memory.textures++)}if(T.samples>0&&ye(T)===!1){H.__webglMultisampledFramebuffer=n.createFramebuffer(),H.__webglColorRenderbuffer=[],t.bindFramebuffer(n.FRAMEBUFFER,H.__webglMultisampledFramebuffer);for(let J=0;J<te.length;J++){let j=te[J];H.__webglColorRenderbuffer[J]=n.createRenderbuffer(),n.bindRenderbuffer(n.RENDERBUFFER,H.__webglColorRenderbuffer[J]);let fe=s.convert(j.format,j.colorSpace),L=s.convert(j.type),ee=w(j.internalFormat,fe,L,j.normalized,j.colorSpace,T.isXRRenderTarget===!0),Y=pt(T);n.renderbufferStorageMultisample(n.RENDERBUFFER,Y,ee,T.width,T.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+J,n.RENDERBUFFER,H.__webglColorRenderbuffer[J])}n.bindRenderbuffer(n.RENDERBUFFER,null),T.depthBuffer&&(H.__webglDepthRenderbuffer=n.createRenderbuffer(),lt(H.__webglDepthRenderbuffer,T,!0)),t.bindFramebuffer(n.FRAMEBUFFER,null)}}if(he){t.bindTexture(n.TEXTURE_CUBE_MAP,se.__webglTexture),Ye(n.TEXTURE_CUBE_MAP,y);for(let J=0;J<6;J++)if(y.mipmaps.length>0)for(let j=0;j<y.mipmaps.length;j++)ze(H.__webglFramebuffer[J][j],T,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+J,j);else ze(H.__webglFramebuffer[J],T,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+J,0);E(y)?v(n.TEXTURE_CUBE_MAP):y.mipmaps.length>0&&n.texParameteri(n.TEXTURE_CUBE_MAP,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}else if(ge){for(let J=0,j=te.length;J<j;J++){let fe=te[J],L=i.get(fe),ee=n.TEXTURE_2D;(T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(ee=T.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(ee,L.__webglTexture),Ye(ee,fe),ze(H.__webglFramebuffer,T,fe,n.COLOR_ATTACHMENT0+J,ee,0),E(fe)&&v(ee)}t.unbindTexture()}else{let J=n.TEXTURE_2D;if((T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(J=T.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(J,se.__webglTexture),Ye(J,y),y.mipmaps.length>0)for(let j=0;j<y.mipmaps.length;j++)ze(H.__webglFramebuffer[j],T,y,n.COLOR_ATTACHMENT0,J,j);else ze(H.__webglFramebuffer,T,y,n.COLOR_ATTACHMENT0,J,0);E(y)?v(J):y.mipmaps.length>0&&n.texParameteri(J,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}T.depthBuffer&&bt(T)}function U(T){let y=T.textures;for(let H=0,se=y.length;H<se;H++){let te=y[H];if(E(te)&&te.mipmapsAutoUpdate===!0){let he=A(T),ge=i.get(te).__webglTexture;t.bindTexture(he,ge),v(he),t.unbindTexture()}}}let un=[];function dt(T){if(T.samples>0){if(ye(T)===!1){let y=T.textures,H=T.width,se=T.height,te=n.COLOR_BUFFER_BIT,he=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ge=i.get(T),J=y.length>1;if(J)for(let fe=0;fe<y.length;fe++)t.bindFramebuffer(n.FRAMEBUFFER,ge.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+fe,n.RENDERBUFFER,null),t.bindFramebuffer(n.FRAMEBUFFER,ge.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+fe,n.TEXTURE_2D,null,0);t.bindFramebuffer(n.READ_FRAMEBUFFER,ge.__webglMultisampledFramebuffer),T.texture.mipmaps.length>0?t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ge.__webglFramebuffer[0]):t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ge.__webglFramebuffer);for(let fe=0;fe<y.length;fe++){if(T.resolveDepthBuffer&&(T.depthBuffer&&(te|=n.DEPTH_BUFFER_BIT),T.stencilBuffer&&T.resolveStencilBuffer&&(te|=n.STENCIL_BUFFER_BIT)),J){n.framebufferRenderbuffer(n.READ_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,ge.__webglColorRenderbuffer[fe]);let L=i.get(y[fe]).__webglTexture;n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,L,0)}n.blitFramebuffer(0,0,H,se,0,0,H,se,te,n.NEAREST),l===!0&&(un.length=0,un.push(n.COLOR_ATTACHMENT0+fe),T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&un.push(he),n.invalidateFramebuffer(n.READ_FRAMEBUFFER,un))}if(t.bindFramebuffer(n.READ_FRAMEBUFFER,null),t.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),J)for(let fe=0;fe<y.length;fe++){t.bindFramebuffer(n.FRAMEBUFFER,ge.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+fe,n.RENDERBUFFER,ge.__webglColorRenderbuffer[fe]);let L=i.get(y[fe]).__webglTexture;t.bindFramebuffer(n.FRAMEBUFFER,ge.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+fe,n.TEXTURE_2D,L,0)}t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ge.__webglMultisampledFramebuffer)}else if(T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&l){let y=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;n.invalidateFramebuffer(n.DRAW_FRAMEBUFFER,[y])}}}function pt(T){return Math.min(r.maxSamples,T.samples)}function ye(T){let y=i.get(T);return T.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&y.__useRenderToTexture!==!1}function Mt(T){let y=a.render.frame;h.get(T)!==y&&(h.set(T,y),T.update())}function Le(T,y){let H=T.colorSpace,se=T.format,te=T.type;return T.isCompressedTexture===!0||T.isVideoTexture===!0||H!==Qs&&H!==ci&&(et.getTransfer(H)===at?(se!==In||te!==Qt)&&Ie("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Oe("WebGLTextures: Unsupported texture color space:",H)),y}function Be(T){return typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement?(c.width=T.naturalWidth||T.width,c.height=T.naturalHeight||T.height):typeof VideoFrame<"u"&&T instanceof VideoFrame?(c.width=T.displayWidth,c.height=T.displayHeight):(c.width=T.width,c.height=T.height),c}this.allocateTextureUnit=ce,this.resetTextureUnits=$,this.getTextureUnits=K,this.setTextureUnits=Q,this.setTexture2D=ie,this.setTexture2DArray=oe,this.setTexture3D=pe,this.setTextureCube=ne,this.rebindTextures=cn,this.setupRenderTarget=hn,this.updateRenderTargetMipmap=U,this.updateMultisampleRenderTarget=dt,this.setupDepthRenderbuffer=bt,this.setupFrameBufferTexture=ze,this.useMultisampledRTT=ye,this.dispose=N}function MA(n,e){function t(i,r=ci){let s,a=et.getTransfer(r);if(i===Qt)return n.UNSIGNED_BYTE;if(i===ql)return n.UNSIGNED_SHORT_4_4_4_4;if(i===Yl)return n.UNSIGNED_SHORT_5_5_5_1;if(i===Zu)return n.UNSIGNED_INT_5_9_9_9_REV;if(i===Ju)return n.UNSIGNED_INT_10F_11F_11F_REV;if(i===Yu)return n.BYTE;if(i===Ku)return n.SHORT;if(i===gs)return n.UNSIGNED_SHORT;if(i===Xl)return n.INT;if(i===Rn)return n.UNSIGNED_INT;if(i===_n)return n.FLOAT;if(i===Pn)return n.HALF_FLOAT;if(i===ju)return n.ALPHA;if(i===Qu)return n.RGB;if(i===In)return n.RGBA;if(i===ii)return n.DEPTH_COMPONENT;if(i===li)return n.DEPTH_STENCIL;if(i===Kl)return n.RED;if(i===Zl)return n.RED_INTEGER;if(i===Di)return n.RG;if(i===Jl)return n.RG_INTEGER;if(i===jl)return n.RGBA_INTEGER;if(i===Aa||i===Ea||i===Ta||i===Ca)if(a===at)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(i===Aa)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(i===Ea)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(i===Ta)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(i===Ca)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(i===Aa)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(i===Ea)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(i===Ta)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(i===Ca)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(i===Ql||i===ec||i===tc||i===nc)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(i===Ql)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(i===ec)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(i===tc)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(i===nc)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(i===ic||i===rc||i===sc||i===ac||i===oc||i===Ra||i===lc)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(i===ic||i===rc)return a===at?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(i===sc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(i===ac)return s.COMPRESSED_R11_EAC;if(i===oc)return s.COMPRESSED_SIGNED_R11_EAC;if(i===Ra)return s.COMPRESSED_RG11_EAC;if(i===lc)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(i===cc||i===hc||i===uc||i===fc||i===dc||i===pc||i===mc||i===gc||i===bc||i===xc||i===yc||i===_c||i===vc||i===Mc)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(i===cc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(i===hc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(i===uc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(i===fc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(i===dc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(i===pc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(i===mc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(i===gc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(i===bc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(i===xc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(i===yc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(i===_c)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(i===vc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(i===Mc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(i===Sc||i===wc||i===Ac)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(i===Sc)return a===at?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(i===wc)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(i===Ac)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(i===Ec||i===Tc||i===Pa||i===Cc)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(i===Ec)return s.COMPRESSED_RED_RGTC1_EXT;if(i===Tc)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(i===Pa)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(i===Cc)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return i===cr?n.UNSIGNED_INT_24_8:n[i]!==void 0?n[i]:null}return{convert:t}}var SA=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,wA=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,Tf=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let i=new fa(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=i}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,i=new kn({vertexShader:SA,fragmentShader:wA,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new Kt(new sr(20,20),i)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},Cf=class extends Cn{constructor(e,t){super();let i=this,r=null,s=1,a=null,o="local-floor",l=1,c=null,h=null,f=null,u=null,d=null,p=null,x=typeof XRWebGLBinding<"u",m=new Tf,g={},_=t.getContextAttributes(),E=null,v=null,A=[],w=[],b=new De,S=null,D=null,C=new Xt;C.viewport=new mt;let P=new Xt;P.viewport=new mt;let I=[C,P],O=new zl,R=null,N=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(X){let ie=A[X];return ie===void 0&&(ie=new as,A[X]=ie),ie.getTargetRaySpace()},this.getControllerGrip=function(X){let ie=A[X];return ie===void 0&&(ie=new as,A[X]=ie),ie.getGripSpace()},this.getHand=function(X){let ie=A[X];return ie===void 0&&(ie=new as,A[X]=ie),ie.getHandSpace()};function G(X){let ie=w.indexOf(X.inputSource);if(ie===-1)return;let oe=A[ie];oe!==void 0&&(oe.update(X.inputSource,X.frame,c||a),oe.dispatchEvent({type:X.type,data:X.inputSource}))}function B(){r.removeEventListener("select",G),r.removeEventListener("selectstart",G),r.removeEventListener("selectend",G),r.removeEventListener("squeeze",G),r.removeEventListener("squeezestart",G),r.removeEventListener("squeezeend",G),r.removeEventListener("end",B),r.removeEventListener("inputsourceschange",Z);for(let X=0;X<A.length;X++){let ie=w[X];ie!==null&&(w[X]=null,A[X].disconnect(ie))}R=null,N=null,m.reset();for(let X in g)delete g[X];if(e.setRenderTarget(E),d=null,u=null,f=null,r=null,v=null,ce.stop(),i.isPresenting=!1,e.setPixelRatio(S),e.setSize(b.width,b.height,!1),D!==null){let X=D.camera;X.fov=D.fov,X.zoom=D.zoom,X.updateProjectionMatrix(),D=null}i.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(X){s=X,i.isPresenting===!0&&Ie("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(X){o=X,i.isPresenting===!0&&Ie("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||a},this.setReferenceSpace=function(X){c=X},this.getBaseLayer=function(){return u!==null?u:d},this.getBinding=function(){return f===null&&x&&(f=new XRWebGLBinding(r,t)),f},this.getFrame=function(){return p},this.getSession=function(){return r},this.setSession=async function(X){if(r=X,r!==null){if(E=e.getRenderTarget(),r.addEventListener("select",G),r.addEventListener("selectstart",G),r.addEventListener("selectend",G),r.addEventListener("squeeze",G),r.addEventListener("squeezestart",G),r.addEventListener("squeezeend",G),r.addEventListener("end",B),r.addEventListener("inputsourceschange",Z),_.xrCompatible!==!0&&await t.makeXRCompatible(),S=e.getPixelRatio(),e.getSize(b),x&&"createProjectionLayer"in XRWebGLBinding.prototype){let oe=null,pe=null,ne=null;_.depth&&(ne=_.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,oe=_.stencil?li:ii,pe=_.stencil?cr:Rn);let Se={colorFormat:t.RGBA8,depthFormat:ne,scaleFactor:s};f=this.getBinding(),u=f.createProjectionLayer(Se),r.updateRenderState({layers:[u]}),e.setPixelRatio(1),e.setSize(u.textureWidth,u.textureHeight,!1),v=new on(u.textureWidth,u.textureHeight,{format:In,type:Qt,depthTexture:new ai(u.textureWidth,u.textureHeight,pe,void 0,void 0,void 0,void 0,void 0,void 0,oe),stencilBuffer:_.stencil,colorSpace:e.outputColorSpace,samples:_.antialias?4:0,resolveDepthBuffer:u.ignoreDepthValues===!1,resolveStencilBuffer:u.ignoreDepthValues===!1,storeMultisampledDepthBuffer:u.ignoreDepthValues===!1,storeMultisampledStencilBuffer:u.ignoreDepthValues===!1})}else{let oe={antialias:_.antialias,alpha:!0,depth:_.depth,stencil:_.stencil,framebufferScaleFactor:s};d=new XRWebGLLayer(r,t,oe),r.updateRenderState({baseLayer:d}),e.setPixelRatio(1),e.setSize(d.framebufferWidth,d.framebufferHeight,!1),v=new on(d.framebufferWidth,d.framebufferHeight,{format:In,type:Qt,colorSpace:e.outputColorSpace,stencilBuffer:_.stencil,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}v.isXRRenderTarget=!0,this.setFoveation(l),c=null,a=await r.requestReferenceSpace(o),ce.setContext(r),ce.start(),i.isPresenting=!0,i.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return m.getDepthTexture()};function Z(X){for(let ie=0;ie<X.removed.length;ie++){let oe=X.removed[ie],pe=w.indexOf(oe);pe>=0&&(w[pe]=null,A[pe].disconnect(oe))}for(let ie=0;ie<X.added.length;ie++){let oe=X.added[ie],pe=w.indexOf(oe);if(pe===-1){for(let Se=0;Se<A.length;Se++)if(Se>=w.length){w.push(oe),pe=Se;break}else if(w[Se]===null){w[Se]=oe,pe=Se;break}if(pe===-1)break}let ne=A[pe];ne&&ne.connect(oe)}}function k(X,ie){ie===null?X.matrixWorld.copy(X.matrix):X.matrixWorld.multiplyMatrices(ie.matrixWorld,X.matrix),X.matrixWorldInverse.copy(X.matrixWorld).invert()}this.updateCamera=function(X){if(r===null)return;let ie=X.near,oe=X.far;m.texture!==null&&(m.depthNear>0&&(ie=m.depthNear),m.depthFar>0&&(oe=m.depthFar)),O.near=P.near=C.near=ie,O.far=P.far=C.far=oe,(R!==O.near||N!==O.far)&&(r.updateRenderState({depthNear:O.near,depthFar:O.far}),R=O.near,N=O.far),O.layers.mask=X.layers.mask|6,C.layers.mask=O.layers.mask&-5,P.layers.mask=O.layers.mask&-3;let pe=X.parent,ne=O.cameras;k(O,pe);for(let Se=0;Se<ne.length;Se++)k(ne[Se],pe);O.projectionMatrix.copy(C.projectionMatrix),O.projectionMatrixInverse.copy(C.projectionMatrixInverse),D===null&&X.isPerspectiveCamera&&(D={camera:X,fov:X.fov,zoom:X.zoom}),$(X,O,pe)};function $(X,ie,oe){oe===null?X.matrix.copy(ie.matrixWorld):(X.matrix.copy(oe.matrixWorld),X.matrix.invert(),X.matrix.multiply(ie.matrixWorld)),X.matrix.decompose(X.position,X.quaternion,X.scale),X.updateMatrixWorld(!0),X.projectionMatrix.copy(ie.projectionMatrix),X.projectionMatrixInverse.copy(ie.projectionMatrixInverse),X.isPerspectiveCamera&&(X.fov=is*2*Math.atan(1/X.projectionMatrix.elements[5]),X.zoom=1)}this.getCamera=function(){return O},this.getFoveation=function(){if(!(u===null&&d===null))return l},this.setFoveation=function(X){l=X,u!==null&&(u.fixedFoveation=X),d!==null&&d.fixedFoveation!==void 0&&(d.fixedFoveation=X)},this.hasDepthSensing=function(){return m.texture!==null},this.getDepthSensingMesh=function(){return m.getMesh(O)},this.getCameraTexture=function(X){return g[X]};let K=null;function Q(X,ie){if(h=ie.getViewerPose(c||a),p=ie,h!==null){let oe=h.views;d!==null&&(e.setRenderTargetFramebuffer(v,d.framebuffer),e.setRenderTarget(v));let pe=!1;oe.length!==O.cameras.length&&(O.cameras.length=0,pe=!0);for(let we=0;we<oe.length;we++){let Ye=oe[we],Je=null;if(d!==null)Je=d.getViewport(Ye);else{let qe=f.getViewSubImage(u,Ye);Je=qe.viewport,we===0&&(e.setRenderTargetTextures(v,qe.colorTexture,qe.depthStencilTexture),e.setRenderTarget(v))}let xe=I[we];xe===void 0&&(xe=new Xt,xe.layers.enable(we),xe.viewport=new mt,I[we]=xe),xe.matrix.fromArray(Ye.transform.matrix),xe.matrix.decompose(xe.position,xe.quaternion,xe.scale),xe.projectionMatrix.fromArray(Ye.projectionMatrix),xe.projectionMatrixInverse.copy(xe.projectionMatrix).invert(),xe.viewport.set(Je.x,Je.y,Je.width,Je.height),we===0&&(O.matrix.copy(xe.matrix),O.matrix.decompose(O.position,O.quaternion,O.scale)),pe===!0&&O.cameras.push(xe)}let ne=r.enabledFeatures;if(ne&&ne.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&x){f=i.getBinding();let we=f.getDepthInformation(oe[0]);we&&we.isValid&&we.texture&&m.init(we,r.renderState)}if(ne&&ne.includes("camera-access")&&x){e.state.unbindTexture(),f=i.getBinding();for(let we=0;we<oe.length;we++){let Ye=oe[we].camera;if(Ye){let Je=g[Ye];Je||(Je=new fa,g[Ye]=Je);let xe=f.getCameraImage(Ye);Je.sourceTexture=xe}}}}for(let oe=0;oe<A.length;oe++){let pe=w[oe],ne=A[oe];pe!==null&&ne!==void 0&&ne.update(pe,ie,c||a)}K&&K(X,ie),ie.detectedPlanes&&i.dispatchEvent({type:"planesdetected",data:ie}),p=null}let ce=new G0;ce.setAnimationLoop(Q),this.setAnimationLoop=function(X){K=X},this.dispose=function(){}}},AA=new it,j0=new Ue;j0.set(-1,0,0,0,1,0,0,0,1);function EA(n,e){function t(m,g){m.matrixAutoUpdate===!0&&m.updateMatrix(),g.value.copy(m.matrix)}function i(m,g){g.color.getRGB(m.fogColor.value,hf(n)),g.isFog?(m.fogNear.value=g.near,m.fogFar.value=g.far):g.isFogExp2&&(m.fogDensity.value=g.density)}function r(m,g,_,E,v){g.isNodeMaterial?g.uniformsNeedUpdate=!1:g.isMeshBasicMaterial?s(m,g):g.isMeshLambertMaterial?(s(m,g),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)):g.isMeshToonMaterial?(s(m,g),f(m,g)):g.isMeshPhongMaterial?(s(m,g),h(m,g),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)):g.isMeshStandardMaterial?(s(m,g),u(m,g),g.isMeshPhysicalMaterial&&d(m,g,v)):g.isMeshMatcapMaterial?(s(m,g),p(m,g)):g.isMeshDepthMaterial?s(m,g):g.isMeshDistanceMaterial?(s(m,g),x(m,g)):g.isMeshNormalMaterial?s(m,g):g.isLineBasicMaterial?(a(m,g),g.isLineDashedMaterial&&o(m,g)):g.isPointsMaterial?l(m,g,_,E):g.isSpriteMaterial?c(m,g):g.isShadowMaterial?(m.color.value.copy(g.color),m.opacity.value=g.opacity):g.isShaderMaterial&&(g.uniformsNeedUpdate=!1)}function s(m,g){m.opacity.value=g.opacity,g.color&&m.diffuse.value.copy(g.color),g.emissive&&m.emissive.value.copy(g.emissive).multiplyScalar(g.emissiveIntensity),g.map&&(m.map.value=g.map,t(g.map,m.mapTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.bumpMap&&(m.bumpMap.value=g.bumpMap,t(g.bumpMap,m.bumpMapTransform),m.bumpScale.value=g.bumpScale,g.side===Zt&&(m.bumpScale.value*=-1)),g.normalMap&&(m.normalMap.value=g.normalMap,t(g.normalMap,m.normalMapTransform),m.normalScale.value.copy(g.normalScale),g.side===Zt&&m.normalScale.value.negate()),g.displacementMap&&(m.displacementMap.value=g.displacementMap,t(g.displacementMap,m.displacementMapTransform),m.displacementScale.value=g.displacementScale,m.displacementBias.value=g.displacementBias),g.emissiveMap&&(m.emissiveMap.value=g.emissiveMap,t(g.emissiveMap,m.emissiveMapTransform)),g.specularMap&&(m.specularMap.value=g.specularMap,t(g.specularMap,m.specularMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest);let _=e.get(g),E=_.envMap,v=_.envMapRotation;E&&(m.envMap.value=E,m.envMapRotation.value.setFromMatrix4(AA.makeRotationFromEuler(v)).transpose(),E.isCubeTexture&&E.isRenderTargetTexture===!1&&m.envMapRotation.value.premultiply(j0),m.reflectivity.value=g.reflectivity,m.ior.value=g.ior,m.refractionRatio.value=g.refractionRatio),g.lightMap&&(m.lightMap.value=g.lightMap,m.lightMapIntensity.value=g.lightMapIntensity,t(g.lightMap,m.lightMapTransform)),g.aoMap&&(m.aoMap.value=g.aoMap,m.aoMapIntensity.value=g.aoMapIntensity,t(g.aoMap,m.aoMapTransform))}function a(m,g){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,g.map&&(m.map.value=g.map,t(g.map,m.mapTransform))}function o(m,g){m.dashSize.value=g.dashSize,m.totalSize.value=g.dashSize+g.gapSize,m.scale.value=g.scale}function l(m,g,_,E){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,m.size.value=g.size*_,m.scale.value=E*.5,g.map&&(m.map.value=g.map,t(g.map,m.uvTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest)}function c(m,g){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,m.rotation.value=g.rotation,g.map&&(m.map.value=g.map,t(g.map,m.mapTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest)}function h(m,g){m.specular.value.copy(g.specular),m.shininess.value=Math.max(g.shininess,1e-4)}function f(m,g){g.gradientMap&&(m.gradientMap.value=g.gradientMap)}function u(m,g){m.metalness.value=g.metalness,g.metalnessMap&&(m.metalnessMap.value=g.metalnessMap,t(g.metalnessMap,m.metalnessMapTransform)),m.roughness.value=g.roughness,g.roughnessMap&&(m.roughnessMap.value=g.roughnessMap,t(g.roughnessMap,m.roughnessMapTransform)),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)}function d(m,g,_){m.ior.value=g.ior,g.diffuseRoughness>0&&(m.diffuseRoughness.value=g.diffuseRoughness,g.diffuseRoughnessMap&&(m.diffuseRoughnessMap.value=g.diffuseRoughnessMap,t(g.diffuseRoughnessMap,m.diffuseRoughnessMapTransform))),g.sheen>0&&(m.sheenColor.value.copy(g.sheenColor).multiplyScalar(g.sheen),m.sheenRoughness.value=g.sheenRoughness,g.sheenColorMap&&(m.sheenColorMap.value=g.sheenColorMap,t(g.sheenColorMap,m.sheenColorMapTransform)),g.sheenRoughnessMap&&(m.sheenRoughnessMap.value=g.sheenRoughnessMap,t(g.sheenRoughnessMap,m.sheenRoughnessMapTransform))),g.clearcoat>0&&(m.clearcoat.value=g.clearcoat,m.clearcoatRoughness.value=g.clearcoatRoughness,g.clearcoatMap&&(m.clearcoatMap.value=g.clearcoatMap,t(g.clearcoatMap,m.clearcoatMapTransform)),g.clearcoatRoughnessMap&&(m.clearcoatRoughnessMap.value=g.clearcoatRoughnessMap,t(g.clearcoatRoughnessMap,m.clearcoatRoughnessMapTransform)),g.clearcoatNormalMap&&(m.clearcoatNormalMap.value=g.clearcoatNormalMap,t(g.clearcoatNormalMap,m.clearcoatNormalMapTransform),m.clearcoatNormalScale.value.copy(g.clearcoatNormalScale),g.side===Zt&&m.clearcoatNormalScale.value.negate())),g.dispersion>0&&(m.dispersion.value=g.dispersion),g.retroreflectivity>0&&(m.retroreflectivity.value=g.retroreflectivity),g.iridescence>0&&(m.iridescence.value=g.iridescence,m.iridescenceIOR.value=g.iridescenceIOR,m.iridescenceThicknessMinimum.value=g.iridescenceThicknessMinimum,m.iridescenceThicknessMaximum.value=g.iridescenceThicknessMaximum,g.iridescenceMap&&(m.iridescenceMap.value=g.iridescenceMap,t(g.iridescenceMap,m.iridescenceMapTransform)),g.iridescenceThicknessMap&&(m.iridescenceThicknessMap.value=g.iridescenceThicknessMap,t(g.iridescenceThicknessMap,m.iridescenceThicknessMapTransform))),g.transmission>0&&(m.transmission.value=g.transmission,m.transmissionSamplerMap.value=_.texture,m.transmissionSamplerSize.value.set(_.width,_.height),g.transmissionMap&&(m.transmissionMap.value=g.transmissionMap,t(g.transmissionMap,m.transmissionMapTransform)),m.thickness.value=g.thickness,g.thicknessMap&&(m.thicknessMap.value=g.thicknessMap,t(g.thicknessMap,m.thicknessMapTransform)),m.attenuationDistance.value=g.attenuationDistance,m.attenuationColor.value.copy(g.attenuationColor)),g.anisotropy>0&&(m.anisotropyVector.value.set(g.anisotropy*Math.cos(g.anisotropyRotation),g.anisotropy*Math.sin(g.anisotropyRotation)),g.anisotropyMap&&(m.anisotropyMap.value=g.anisotropyMap,t(g.anisotropyMap,m.anisotropyMapTransform))),m.specularIntensity.value=g.specularIntensity,m.specularColor.value.copy(g.specularColor),g.specularColorMap&&(m.specularColorMap.value=g.specularColorMap,t(g.specularColorMap,m.specularColorMapTransform)),g.specularIntensityMap&&(m.specularIntensityMap.value=g.specularIntensityMap,t(g.specularIntensityMap,m.specularIntensityMapTransform))}function p(m,g){g.matcap&&(m.matcap.value=g.matcap)}function x(m,g){let _=e.get(g).light;m.referencePosition.value.setFromMatrixPosition(_.matrixWorld),m.nearDistance.value=_.shadow.camera.near,m.farDistance.value=_.shadow.camera.far}return{refreshFogUniforms:i,refreshMaterialUniforms:r}}function TA(n,e,t,i){let r={},s={};function a(_,E){let v=E.program;i.uniformBlockBinding(_,v,r[_.id])}function o(_,E){let v=r[_.id];v===void 0&&(p(_),v=l(_),r[_.id]=v,_.addEventListener("dispose",m));let A=E.program;i.updateUBOMapping(_,A);let w=e.render.frame;s[_.id]!==w&&(c(_),s[_.id]=w)}function l(_){let E=n.createBuffer(),v=_.__size,A=_.usage;return n.bindBuffer(n.UNIFORM_BUFFER,E),n.bufferData(n.UNIFORM_BUFFER,v,A),n.bindBuffer(n.UNIFORM_BUFFER,null),E}function c(_){let E=r[_.id],v=_.uniforms,A=_.__cache;n.bindBuffer(n.UNIFORM_BUFFER,E);for(let w=0,b=v.length;w<b;w++){let S=v[w];if(Array.isArray(S))for(let D=0,C=S.length;D<C;D++)h(S[D],w,D,A);else h(S,w,0,A)}n.bindBuffer(n.UNIFORM_BUFFER,null)}function h(_,E,v,A){if(u(_,E,v,A)===!0){let w=_.__offset,b=_.value;if(Array.isArray(b)){let S=0;for(let D=0;D<b.length;D++){let C=b[D],P=x(C,!0);f(C,_.__data,S),S+=P.storage/Float32Array.BYTES_PER_ELEMENT}}else f(b,_.__data,0);n.bufferSubData(n.UNIFORM_BUFFER,w,_.__data)}}function f(_,E,v){typeof _=="number"||typeof _=="boolean"?E[v]=_:_.isMatrix3?(E[v]=_.elements[0],E[v+1]=_.elements[1],E[v+2]=_.elements[2],E[v+3]=0,E[v+4]=_.elements[3],E[v+5]=_.elements[4],E[v+6]=_.elements[5],E[v+7]=0,E[v+8]=_.elements[6],E[v+9]=_.elements[7],E[v+10]=_.elements[8],E[v+11]=0):ArrayBuffer.isView(_)?E.set(_.subarray(0,E.length-v),v):_.toArray(E,v)}function u(_,E,v,A){let w=_.value,b=E+"_"+v;if(Array.isArray(w)){A[b]===void 0&&(A[b]=[]);let S=A[b],D=!1;for(let C=0;C<w.length;C++)d(w[C],S,C)===!0&&(D=!0);return D}return d(w,A,b)}function d(_,E,v){if(E[v]===void 0)return typeof _=="number"||typeof _=="boolean"?E[v]=_:ArrayBuffer.isView(_)?E[v]=_.slice():E[v]=_.clone(),!0;{let A=E[v];if(typeof _=="number"||typeof _=="boolean"){if(A!==_)return E[v]=_,!0}else{if(ArrayBuffer.isView(_))return!0;if(A.equals(_)===!1)return A.copy(_),!0}}return!1}function p(_){let E=_.uniforms,v=0,A=16;for(let b=0,S=E.length;b<S;b++){let D=Array.isArray(E[b])?E[b]:[E[b]];for(let C=0,P=D.length;C<P;C++){let I=D[C],O=Array.isArray(I.value)?I.value:[I.value],R=Array.isArray(E[b])||Array.isArray(I.value),N=v;for(let B=0,Z=O.length;B<Z;B++){let k=O[B],$=x(k,R),K=v%A,Q=K%$.boundary,ce=K+Q;v+=Q,ce!==0&&A-ce<$.storage&&(v+=A-ce),B===0&&(N=v),v+=$.storage}let G=I.type==="int"?Int32Array:I.type==="uint"?Uint32Array:Float32Array;I.__data=new G((v-N)/Float32Array.BYTES_PER_ELEMENT),I.__offset=N}}let w=v%A;return w>0&&(v+=A-w),_.__size=v,_.__cache={},this}function x(_,E){let v={boundary:0,storage:0};return typeof _=="number"||typeof _=="boolean"?(v.boundary=4,v.storage=4):_.isVector2?(v.boundary=8,v.storage=8):_.isVector3||_.isColor?(v.boundary=16,v.storage=12):_.isVector4?(v.boundary=16,v.storage=16):_.isMatrix3?(v.boundary=16,v.storage=48):_.isMatrix4?(v.boundary=16,v.storage=64):_.isTexture?Ie("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(_)?(v.boundary=16,v.storage=_.byteLength):Ie("WebGLRenderer: Unsupported uniform value type.",_),E===!0&&(v.boundary=16,v.storage=Math.ceil(v.storage/16)*16),v}function m(_){let E=_.target;E.removeEventListener("dispose",m),n.deleteBuffer(r[E.id]),delete r[E.id],delete s[E.id]}function g(){for(let _ in r)n.deleteBuffer(r[_]);r={},s={}}return{bind:a,update:o,dispose:g}}var CA=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),Vn=null;function RA(){return Vn===null&&(Vn=new aa(CA,16,16,Di,Pn),Vn.name="DFG_LUT",Vn.minFilter=qt,Vn.magFilter=qt,Vn.wrapS=Un,Vn.wrapT=Un,Vn.generateMipmaps=!1,Vn.needsUpdate=!0),Vn}var Nc=class{constructor(e={}){let{canvas:t=u0(),context:i=null,depth:r=!0,stencil:s=!1,alpha:a=!1,antialias:o=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:h="default",failIfMajorPerformanceCaveat:f=!1,reversedDepthBuffer:u=!1,outputBufferType:d=Qt}=e;this.isWebGLRenderer=!0;let p;if(i!==null){if(typeof WebGLRenderingContext<"u"&&i instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");p=i.getContextAttributes().alpha}else p=a;let x=d,m=new Set([jl,Jl,Zl]),g=new Set([Qt,Rn,gs,cr,ql,Yl]),_=new Uint32Array(4),E=new Int32Array(4),v={textures:[],min:[],max:[],resolution:[]},A=null,w=null,b=[],S=[],D=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=zn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let C=this,P=!1,I=null,O=null,R=null,N=null;this._outputColorSpace=Ht;let G=0,B=0,Z=null,k=-1,$=null,K=new mt,Q=new mt,ce=null,X=new Ge(0),ie=0,oe=t.width,pe=t.height,ne=1,Se=null,He=null,we=new mt(0,0,oe,pe),Ye=new mt(0,0,oe,pe),Je=!1,xe=new Ei,qe=new Sl,Ne=!1,Ke=!1,ze=new it,lt=new z,gt=new mt,bt={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},cn=!1;function hn(){return Z===null?ne:1}let U=i;function un(M,F){return t.getContext(M,F)}let dt,pt,ye,Mt,Le,Be,T,y,H,se,te,he,ge,J,j,fe,L,ee,Y,de,le,ue,Re;try{let M={alpha:!0,depth:r,stencil:s,antialias:o,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:h,failIfMajorPerformanceCaveat:f};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Pe,!1),t.addEventListener("webglcontextrestored",We,!1),t.addEventListener("webglcontextcreationerror",_e,!1),U===null){let F="webgl2";if(U=un(F,M),U===null)throw un(F)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}$e()}catch(M){throw t.removeEventListener("webglcontextlost",Pe,!1),t.removeEventListener("webglcontextrestored",We,!1),t.removeEventListener("webglcontextcreationerror",_e,!1),Oe("WebGLRenderer: "+M.message),M}function $e(){dt=new zS(U),dt.init(),le=new MA(U,dt),pt=new RS(U,dt,e,le),ye=new _A(U,dt),pt.reversedDepthBuffer&&u&&ye.buffers.depth.setReversed(!0),O=U.createFramebuffer(),R=U.createFramebuffer(),N=U.createFramebuffer(),Mt=new HS(U),Le=new aA,Be=new vA(U,dt,ye,Le,pt,le,Mt),T=new kS(C),y=new $v(U),ue=new TS(U,y),H=new VS(U,y,Mt,ue),se=new $S(U,H,y,ue,Mt),ee=new WS(U,pt,Be),j=new PS(Le),te=new sA(C,T,dt,pt,ue,j),he=new EA(C,Le),ge=new lA,J=new pA(dt),L=new ES(C,T,ye,se,p,l),fe=new yA(C,se,pt),Re=new TA(U,Mt,pt,ye),Y=new CS(U,dt,Mt),de=new GS(U,dt,Mt),Mt.programs=te.programs,C.capabilities=pt,C.extensions=dt,C.properties=Le,C.renderLists=ge,C.shadowMap=fe,C.state=ye,C.info=Mt}x!==Qt&&(D=new qS(x,t.width,t.height,o,r,s));let ae=new Cf(C,U);this.xr=ae,this.getContext=function(){return U},this.getContextAttributes=function(){return U.getContextAttributes()},this.forceContextLoss=function(){let M=dt.get("WEBGL_lose_context");M&&M.loseContext()},this.forceContextRestore=function(){let M=dt.get("WEBGL_lose_context");M&&M.restoreContext()},this.getPixelRatio=function(){return ne},this.setPixelRatio=function(M){M!==void 0&&(ne=M,this.setSize(oe,pe,!1))},this.getSize=function(M){return M.set(oe,pe)},this.setSize=function(M,F,q=!0){if(ae.isPresenting){Ie("WebGLRenderer: Can't change size while VR device is presenting.");return}oe=M,pe=F,t.width=Math.floor(M*ne),t.height=Math.floor(F*ne),q===!0&&(t.style.width=M+"px",t.style.height=F+"px"),D!==null&&D.setSize(t.width,t.height),this.setViewport(0,0,M,F)},this.getDrawingBufferSize=function(M){return M.set(oe*ne,pe*ne).floor()},this.setDrawingBufferSize=function(M,F,q){oe=M,pe=F,ne=q,t.width=Math.floor(M*q),t.height=Math.floor(F*q),this.setViewport(0,0,M,F)},this.setEffects=function(M){if(x===Qt){Oe("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(M){for(let F=0;F<M.length;F++)if(M[F].isOutputPass===!0){Ie("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}D.setEffects(M||[])},this.getCurrentViewport=function(M){return M.copy(K)},this.getViewport=function(M){return M.copy(we)},this.setViewport=function(M,F,q,V){M.isVector4?we.set(M.x,M.y,M.z,M.w):we.set(M,F,q,V),ye.viewport(K.copy(we).multiplyScalar(hn()).round())},this.getScissor=function(M){return M.copy(Ye)},this.setScissor=function(M,F,q,V){M.isVector4?Ye.set(M.x,M.y,M.z,M.w):Ye.set(M,F,q,V),ye.scissor(Q.copy(Ye).multiplyScalar(hn()).round())},this.getScissorTest=function(){return Je},this.setScissorTest=function(M){ye.setScissorTest(Je=M)},this.setOpaqueSort=function(M){Se=M},this.setTransparentSort=function(M){He=M},this.getClearColor=function(M){return M.copy(L.getClearColor())},this.setClearColor=function(){L.setClearColor(...arguments)},this.getClearAlpha=function(){return L.getClearAlpha()},this.setClearAlpha=function(){L.setClearAlpha(...arguments)},this.clear=function(M=!0,F=!0,q=!0){let V=0;if(M){let W=!1;if(Z!==null){let be=Z.texture.format;W=m.has(be)}if(W){let be=Z.texture.type,Ae=g.has(be),me=L.getClearColor(),Me=L.getClearAlpha(),Ce=me.r,ke=me.g,je=me.b;Ae?(_[0]=Ce,_[1]=ke,_[2]=je,_[3]=Me,U.clearBufferuiv(U.COLOR,0,_)):(E[0]=Ce,E[1]=ke,E[2]=je,E[3]=Me,U.clearBufferiv(U.COLOR,0,E))}else V|=U.COLOR_BUFFER_BIT}F&&(V|=U.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),q&&(V|=U.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),V!==0&&U.clear(V)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(M){M.setRenderer(this),I=M},this.dispose=function(){t.removeEventListener("webglcontextlost",Pe,!1),t.removeEventListener("webglcontextrestored",We,!1),t.removeEventListener("webglcontextcreationerror",_e,!1),L.dispose(),ge.dispose(),J.dispose(),Be.dispose(),Le.dispose(),T.dispose(),se.dispose(),H.dispose(),ue.dispose(),Re.dispose(),te.dispose(),ae.dispose(),ae.removeEventListener("sessionstart",Vf),ae.removeEventListener("sessionend",Gf),Oi.stop()};function Pe(M){M.preventDefault(),sf("WebGLRenderer: Context Lost."),P=!0}function We(){sf("WebGLRenderer: Context Restored."),P=!1;let M=Mt.autoReset,F=fe.enabled,q=fe.autoUpdate,V=fe.needsUpdate,W=fe.type;$e(),Mt.autoReset=M,fe.enabled=F,fe.autoUpdate=q,fe.needsUpdate=V,fe.type=W}function _e(M){Oe("WebGLRenderer: A WebGL context could not be created. Reason: ",M.statusMessage)}function ot(M){let F=M.target;F.removeEventListener("dispose",ot),Rt(F)}function Rt(M){hi(M),Le.remove(M)}function hi(M){let F=Le.get(M).programs;F!==void 0&&(F.forEach(function(q){te.releaseProgram(q)}),M.isShaderMaterial&&te.releaseShaderCache(M))}this.renderBufferDirect=function(M,F,q,V,W,be){F===null&&(F=bt);let Ae=W.isMesh&&W.matrixWorld.determinantAffine()<0,me=zb(M,F,q,V,W);ye.setMaterial(V,Ae);let Me=q.index,Ce=1;if(V.wireframe===!0){if(Me=H.getWireframeAttribute(q),Me===void 0)return;Ce=2}let ke=q.drawRange,je=q.attributes.position,Ee=ke.start*Ce,Qe=(ke.start+ke.count)*Ce;be!==null&&(Ee=Math.max(Ee,be.start*Ce),Qe=Math.min(Qe,(be.start+be.count)*Ce)),Me!==null?(Ee=Math.max(Ee,0),Qe=Math.min(Qe,Me.count)):je!=null&&(Ee=Math.max(Ee,0),Qe=Math.min(Qe,je.count));let _t=Qe-Ee;if(_t<0||_t===1/0)return;ue.setup(W,V,me,q,Me);let ut,ct=Y;if(Me!==null&&(ut=y.get(Me),ct=de,ct.setIndex(ut)),W.isMesh)V.wireframe===!0?(ye.setLineWidth(V.wireframeLinewidth*hn()),ct.setMode(U.LINES)):ct.setMode(U.TRIANGLES);else if(W.isLine){let kt=V.linewidth;kt===void 0&&(kt=1),ye.setLineWidth(kt*hn()),W.isLineSegments?ct.setMode(U.LINES):W.isLineLoop?ct.setMode(U.LINE_LOOP):ct.setMode(U.LINE_STRIP)}else W.isPoints?ct.setMode(U.POINTS):W.isSprite&&ct.setMode(U.TRIANGLES);if(W.isBatchedMesh)if(dt.get("WEBGL_multi_draw"))ct.renderMultiDraw(W._multiDrawStarts,W._multiDrawCounts,W._multiDrawCount);else{let kt=W._multiDrawStarts,Te=W._multiDrawCounts,$t=W._multiDrawCount,rt=Me?y.get(Me).bytesPerElement:1,Ui=Le.get(V).currentProgram.getUniforms();for(let zt=0;zt<$t;zt++)Ui.setValue(U,"_gl_DrawID",zt),ct.render(kt[zt]/rt,Te[zt])}else if(W.isInstancedMesh)ct.renderInstances(Ee,_t,W.count);else if(q.isInstancedBufferGeometry){let kt=q._maxInstanceCount!==void 0?q._maxInstanceCount:1/0,Te=Math.min(q.instanceCount,kt);ct.renderInstances(Ee,_t,Te)}else ct.render(Ee,_t)};function zf(M,F,q,V){I!==null&&M.isNodeMaterial&&I.setObject(V,M),Ne===!0&&j.setState(M,q,!1),M.transparent===!0&&M.side===yn&&M.forceSinglePass===!1?(M.side=Zt,M.needsUpdate=!0,Ms(M,F,V),M.side=Ni,M.needsUpdate=!0,Ms(M,F,V),M.side=yn):Ms(M,F,V)}this.compile=function(M,F,q=null){q===null&&(q=M),I!==null&&I.renderStart(M,F,q),w=J.get(q),w.init(F),S.push(w),q.traverseVisible(function(W){W.isLight&&W.layers.test(F.layers)&&(w.pushLight(W),W.castShadow&&w.pushShadow(W))}),M!==q&&M.traverseVisible(function(W){W.isLight&&W.layers.test(F.layers)&&(w.pushLight(W),W.castShadow&&w.pushShadow(W))}),w.setupLights(),I!==null&&I.updateLights(w.state.lightsArray),Ke=this.localClippingEnabled,Ne=j.init(this.clippingPlanes,Ke),Ne===!0&&j.setGlobalState(this.clippingPlanes,F),I!==null&&fe.render(w.state.shadowsArray,q,F);let V=new Set;return M.traverse(function(W){if(!(W.isMesh||W.isPoints||W.isLine||W.isSprite))return;let be=W.material;if(be)if(Array.isArray(be))for(let Ae=0;Ae<be.length;Ae++){let me=be[Ae];zf(me,q,F,W),V.add(me)}else zf(be,q,F,W),V.add(be)}),w=S.pop(),I!==null&&I.renderEnd(),V},this.compileAsync=function(M,F,q=null){let V=this.compile(M,F,q);return new Promise(W=>{function be(){if(V.forEach(function(Ae){let Me=Le.get(Ae).currentProgram;(Me===void 0||Me.isReady())&&V.delete(Ae)}),V.size===0){W(M);return}setTimeout(be,10)}dt.get("KHR_parallel_shader_compile")!==null?be():setTimeout(be,10)})};let Jc=null;function Bb(M){Jc&&Jc(M)}function Vf(){Oi.stop()}function Gf(){Oi.start()}let Oi=new G0;Oi.setAnimationLoop(Bb),typeof self<"u"&&Oi.setContext(self),this.setAnimationLoop=function(M){Jc=M,ae.setAnimationLoop(M),M===null?Oi.stop():Oi.start()},ae.addEventListener("sessionstart",Vf),ae.addEventListener("sessionend",Gf),this.render=function(M,F){if(F!==void 0&&F.isCamera!==!0){Oe("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(P===!0)return;I!==null&&I.renderStart(M,F);let q=ae.enabled===!0&&ae.isPresenting===!0,V=D!==null&&(Z===null||q)&&D.begin(C,Z);if(M.matrixWorldAutoUpdate===!0&&M.updateMatrixWorld(),F.parent===null&&F.matrixWorldAutoUpdate===!0&&F.updateMatrixWorld(),ae.enabled===!0&&ae.isPresenting===!0&&(D===null||D.isCompositing()===!1)&&(ae.cameraAutoUpdate===!0&&ae.updateCamera(F),F=ae.getCamera()),M.isScene===!0&&M.onBeforeRender(C,M,F,Z),w=J.get(M,S.length),w.init(F),w.state.textureUnits=Be.getTextureUnits(),S.push(w),ze.multiplyMatrices(F.projectionMatrix,F.matrixWorldInverse),F.isArrayCamera?qe.setFromArrayCamera(F):xe.setFromProjectionMatrix(ze,gn,F.reversedDepth),Ke=this.localClippingEnabled,Ne=j.init(this.clippingPlanes,Ke),A=ge.get(M,b.length),A.init(),b.push(A),this.info.render.frame++,ae.enabled===!0&&ae.isPresenting===!0){let Ae=C.xr.getDepthSensingMesh();Ae!==null&&jc(Ae,F,-1/0,C.sortObjects)}jc(M,F,0,C.sortObjects),A.finish(),I!==null&&I.updateLights(w.state.lightsArray),C.sortObjects===!0&&A.sort(Se,He),cn=ae.enabled===!1||ae.isPresenting===!1||ae.hasDepthSensing()===!1,cn&&L.addToRenderList(A,M),this.info.autoReset===!0&&this.info.reset(),Ne===!0&&j.beginShadows();let W=w.state.shadowsArray;if(fe.render(W,M,F),Ne===!0&&j.endShadows(),(V&&D.hasRenderPass())===!1){let Ae=A.opaque,me=A.transmissive;if(w.setupLights(),F.isArrayCamera){let Me=F.cameras;if(me.length>0)for(let Ce=0,ke=Me.length;Ce<ke;Ce++){let je=Me[Ce];Wf(Ae,me,M,je)}cn&&L.render(M);for(let Ce=0,ke=Me.length;Ce<ke;Ce++){let je=Me[Ce];Hf(A,M,je,je.viewport)}}else me.length>0&&Wf(Ae,me,M,F),cn&&L.render(M),Hf(A,M,F)}Z!==null&&B===0&&(Be.updateMultisampleRenderTarget(Z),Be.updateRenderTargetMipmap(Z)),V&&D.end(C),M.isScene===!0&&M.onAfterRender(C,M,F),ue.resetDefaultState(),k=-1,$=null,S.pop(),S.length>0?(w=S[S.length-1],Be.setTextureUnits(w.state.textureUnits),Ne===!0&&j.setGlobalState(C.clippingPlanes,w.state.camera)):w=null,b.pop(),b.length>0?A=b[b.length-1]:A=null,I!==null&&I.renderEnd()};function jc(M,F,q,V){if(M.visible===!1)return;if(M.layers.test(F.layers)){if(M.isGroup)q=M.renderOrder;else if(M.isLOD)M.autoUpdate===!0&&M.update(F);else if(M.isLight)w.pushLight(M),M.castShadow&&w.pushShadow(M);else if(M.isSprite){let Ae=F.isArrayCamera?qe:xe;if(!M.frustumCulled||M.intersectsFrustum(Ae)){V&&gt.setFromMatrixPosition(M.matrixWorld).applyMatrix4(ze);let me=se.update(M),Me=M.material;Me.visible&&A.push(M,me,Me,q,gt.z,null,F)}}else if(M.isMesh||M.isLine||M.isPoints){let Ae=F.isArrayCamera?qe:xe;if(!M.frustumCulled||M.intersectsFrustum(Ae)){let me=se.update(M),Me=M.material;if(V&&(M.boundingSphere!==void 0?(M.boundingSphere===null&&M.computeBoundingSphere(),gt.copy(M.boundingSphere.center)):(me.boundingSphere===null&&me.computeBoundingSphere(),gt.copy(me.boundingSphere.center)),gt.applyMatrix4(M.matrixWorld).applyMatrix4(ze)),Array.isArray(Me)){let Ce=me.groups;for(let ke=0,je=Ce.length;ke<je;ke++){let Ee=Ce[ke],Qe=Me[Ee.materialIndex];Qe&&Qe.visible&&A.push(M,me,Qe,q,gt.z,Ee,F)}}else Me.visible&&A.push(M,me,Me,q,gt.z,null,F)}}}let be=M.children;for(let Ae=0,me=be.length;Ae<me;Ae++)jc(be[Ae],F,q,V)}function Hf(M,F,q,V){let{opaque:W,transmissive:be,transparent:Ae}=M;w.setupLightsView(q),Ne===!0&&j.setGlobalState(C.clippingPlanes,q),V&&ye.viewport(K.copy(V)),W.length>0&&Ga(W,F,q),be.length>0&&Ga(be,F,q),Ae.length>0&&Ga(Ae,F,q),ye.buffers.depth.setTest(!0),ye.buffers.depth.setMask(!0),ye.buffers.color.setMask(!0),ye.setPolygonOffset(!1)}function Wf(M,F,q,V){if((q.isScene===!0?q.overrideMaterial:null)!==null)return;if(w.state.transmissionRenderTarget[V.id]===void 0){let Ee=dt.has("EXT_color_buffer_half_float")||dt.has("EXT_color_buffer_float");w.state.transmissionRenderTarget[V.id]=new on(1,1,{generateMipmaps:!0,type:Ee?Pn:Qt,minFilter:oi,samples:Math.max(4,pt.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:et.workingColorSpace})}let be=w.state.transmissionRenderTarget[V.id],Ae=V.viewport||K;be.setSize(Ae.z*C.transmissionResolutionScale,Ae.w*C.transmissionResolutionScale);let me=C.getRenderTarget(),Me=C.getActiveCubeFace(),Ce=C.getActiveMipmapLevel();C.setRenderTarget(be),C.getClearColor(X),ie=C.getClearAlpha(),ie<1&&C.setClearColor(16777215,.5),C.clear(),cn&&L.render(q);let ke=C.toneMapping;C.toneMapping=zn;let je=V.viewport;if(V.viewport!==void 0&&(V.viewport=void 0),w.setupLightsView(V),Ne===!0&&j.setGlobalState(C.clippingPlanes,V),Ga(M,q,V),Be.updateMultisampleRenderTarget(be),Be.updateRenderTargetMipmap(be),dt.has("WEBGL_multisampled_render_to_texture")===!1){let Ee=!1;for(let Qe=0,_t=F.length;Qe<_t;Qe++){let ut=F[Qe],{object:ct,geometry:kt,material:Te,group:$t}=ut;if(Te.side===yn&&ct.layers.test(V.layers)){let rt=Te.side;Te.side=Zt,Te.needsUpdate=!0,$f(ct,q,V,kt,Te,$t),Te.side=rt,Te.needsUpdate=!0,Ee=!0}}Ee===!0&&(Be.updateMultisampleRenderTarget(be),Be.updateRenderTargetMipmap(be))}C.setRenderTarget(me,Me,Ce),C.setClearColor(X,ie),je!==void 0&&(V.viewport=je),C.toneMapping=ke}function Ga(M,F,q){let V=F.isScene===!0?F.overrideMaterial:null;for(let W=0,be=M.length;W<be;W++){let Ae=M[W],{object:me,geometry:Me,group:Ce}=Ae,ke=Ae.material;ke.allowOverride===!0&&V!==null&&(ke=V),me.layers.test(q.layers)&&$f(me,F,q,Me,ke,Ce)}}function $f(M,F,q,V,W,be){I!==null&&W.isNodeMaterial&&I.setObject(M,W),M.onBeforeRender(C,F,q,V,W,be),M.modelViewMatrix.multiplyMatrices(q.matrixWorldInverse,M.matrixWorld),M.normalMatrix.getNormalMatrix(M.modelViewMatrix),W.onBeforeRender(C,F,q,V,M,be),W.transparent===!0&&W.side===yn&&W.forceSinglePass===!1?(W.side=Zt,W.needsUpdate=!0,C.renderBufferDirect(q,F,V,W,M,be),W.side=Ni,W.needsUpdate=!0,C.renderBufferDirect(q,F,V,W,M,be),W.side=yn):C.renderBufferDirect(q,F,V,W,M,be),M.onAfterRender(C,F,q,V,W,be)}function Xf(M){let F=0;for(let q of M)q.texture!==null&&F++;return F}function Ms(M,F,q){F.isScene!==!0&&(F=bt);let V=Le.get(M),W=w.state.lights,be=w.state.shadowsArray,Ae=W.state.version,me=te.getParameters(M,W.state,be,F,q,w.state.lightProbeGridArray),Me=te.getProgramCacheKey(me),Ce=V.programs;V.environment=M.isMeshStandardMaterial||M.isMeshLambertMaterial||M.isMeshPhongMaterial?F.environment:null,V.fog=F.fog;let ke=M.isMeshStandardMaterial||M.isMeshLambertMaterial&&!M.envMap||M.isMeshPhongMaterial&&!M.envMap;V.envMap=T.get(M.envMap||V.environment,ke),V.envMapRotation=V.environment!==null&&M.envMap===null?F.environmentRotation:M.envMapRotation,Ce===void 0&&(M.addEventListener("dispose",ot),Ce=new Map,V.programs=Ce,V.programVariants=new Map);let je=Ce.get(Me);if(je!==void 0){if(V.currentProgram===je&&V.lightsStateVersion===Ae)return Yf(M,me),je}else me.uniforms=te.getUniforms(M),I!==null&&M.isNodeMaterial&&I.build(M,q,me),M.onBeforeCompile(me,C),je=te.acquireProgram(me,Me),Ce.set(Me,je),V.uniforms=me.uniforms;let Ee=V.uniforms;return(!M.isShaderMaterial&&!M.isRawShaderMaterial||M.clipping===!0)&&(Ee.clippingPlanes=j.uniform),Yf(M,me),V.needsLights=Gb(M),V.lightsStateVersion=Ae,V.needsLights&&(Ee.ambientLightColor.value=W.state.ambient,Ee.lightProbe.value=W.state.probe,Ee.sunLights.value=W.state.sun,Ee.sunLightShadows.value=W.state.sunShadow,Ee.directionalLights.value=W.state.directional,Ee.directionalLightShadows.value=W.state.directionalShadow,Ee.spotLights.value=W.state.spot,Ee.spotLightShadows.value=W.state.spotShadow,Ee.rectAreaLights.value=W.state.rectArea,Ee.ltc_1.value=W.state.rectAreaLTC1,Ee.ltc_2.value=W.state.rectAreaLTC2,Ee.pointLights.value=W.state.point,Ee.pointLightShadows.value=W.state.pointShadow,Ee.hemisphereLights.value=W.state.hemi,Ee.sunShadowMatrix.value=W.state.sunShadowMatrix,Ee.sunShadowCascade.value=W.state.sunShadowCascade,Ee.directionalShadowMatrix.value=W.state.directionalShadowMatrix,Ee.spotLightMatrix.value=W.state.spotLightMatrix,Ee.spotLightMap.value=W.state.spotLightMap,Ee.pointShadowMatrix.value=W.state.pointShadowMatrix),V.numLightProbeGrids=Xf(w.state.lightProbeGridArray),V.currentProgram=je,V.uniformsList=null,je}function kb(M,F,q,V,W){let be=Le.get(M),Ae=be.currentProgram.id+","+V+","+W,me=be.programVariants.get(Ae);return me===void 0?(me=Ms(M,F,q),be.programVariants.set(Ae,me)):(be.currentProgram=me,be.uniformsList=null,be.outputColorSpace=V,be.toneMapping=W),me}function qf(M){if(M.uniformsList===null){let F=M.currentProgram.getUniforms();M.uniformsList=xs.seqWithValue(F.seq,M.uniforms)}return M.uniformsList}function Yf(M,F){let q=Le.get(M);q.outputColorSpace=F.outputColorSpace,q.batching=F.batching,q.batchingColor=F.batchingColor,q.instancing=F.instancing,q.instancingColor=F.instancingColor,q.instancingMorph=F.instancingMorph,q.skinning=F.skinning,q.morphTargets=F.morphTargets,q.morphNormals=F.morphNormals,q.morphColors=F.morphColors,q.morphTargetsCount=F.morphTargetsCount,q.numClippingPlanes=F.numClippingPlanes,q.numIntersection=F.numClipIntersection,q.vertexAlphas=F.vertexAlphas,q.vertexTangents=F.vertexTangents,q.toneMapping=F.toneMapping}function zb(M,F,q,V,W){F.isScene!==!0&&(F=bt),Be.resetTextureUnits();let be=F.fog,Ae=V.isMeshStandardMaterial||V.isMeshLambertMaterial||V.isMeshPhongMaterial?F.environment:null,me=Z===null?C.outputColorSpace:Z.isXRRenderTarget===!0?Z.texture.colorSpace:et.workingColorSpace,Me=V.isMeshStandardMaterial||V.isMeshLambertMaterial&&!V.envMap||V.isMeshPhongMaterial&&!V.envMap,Ce=T.get(V.envMap||Ae,Me),ke=V.vertexColors===!0&&!!q.attributes.color&&q.attributes.color.itemSize===4,je=!!q.attributes.tangent&&(!!V.normalMap||V.anisotropy>0),Ee=!!q.morphAttributes.position,Qe=!!q.morphAttributes.normal,_t=!!q.morphAttributes.color,ut=zn;V.toneMapped&&(Z===null||Z.isXRRenderTarget===!0)&&(ut=C.toneMapping);let ct=q.morphAttributes.position||q.morphAttributes.normal||q.morphAttributes.color,kt=ct!==void 0?ct.length:0,Te=Le.get(V),$t=w.state.lights;if(Ne===!0&&(Ke===!0||M!==$)){let xt=M===$&&V.id===k;j.setState(V,M,xt)}let rt=!1,Ui=!1;V.version===Te.__version?Te.needsLights&&Te.lightsStateVersion!==$t.state.version||W.isBatchedMesh&&Te.batching===!1||!W.isBatchedMesh&&Te.batching===!0||W.isBatchedMesh&&Te.batchingColor===!0&&W._colorsTexture===null||W.isBatchedMesh&&Te.batchingColor===!1&&W._colorsTexture!==null||W.isInstancedMesh&&Te.instancing===!1||!W.isInstancedMesh&&Te.instancing===!0||W.isSkinnedMesh&&Te.skinning===!1||!W.isSkinnedMesh&&Te.skinning===!0||W.isInstancedMesh&&Te.instancingColor===!0&&W.instanceColor===null||W.isInstancedMesh&&Te.instancingColor===!1&&W.instanceColor!==null||W.isInstancedMesh&&Te.instancingMorph===!0&&W.morphTexture===null||W.isInstancedMesh&&Te.instancingMorph===!1&&W.morphTexture!==null||Te.envMap!==Ce||V.fog===!0&&Te.fog!==be||Te.numClippingPlanes!==void 0&&(Te.numClippingPlanes!==j.numPlanes||Te.numIntersection!==j.numIntersection)||Te.vertexAlphas!==ke||Te.vertexTangents!==je||Te.morphTargets!==Ee||Te.morphNormals!==Qe||Te.morphColors!==_t||Te.morphTargetsCount!==kt||Te.numLightProbeGrids!==Xf(w.state.lightProbeGridArray)?rt=!0:(Te.outputColorSpace!==me||Te.toneMapping!==ut)&&(Ui=!0):(rt=!0,Te.__version=V.version);let zt=Te.currentProgram;(rt===!0||Ui===!0)&&(zt=Ui===!0?kb(V,F,W,me,ut):Ms(V,F,W),I&&V.isNodeMaterial&&I.onUpdateProgram(V,zt,Te));let Ha=!1,ui=!1,Bi=!1,nt=zt.getUniforms(),Ot=Te.uniforms;if(ye.useProgram(zt.program)&&(Ha=!0,ui=!0,Bi=!0),V.id!==k&&(k=V.id,ui=!0),Ha||$!==M){ye.buffers.depth.getReversed()&&M.reversedDepth!==!0&&(M._reversedDepth=!0,M.updateProjectionMatrix()),nt.setValue(U,"projectionMatrix",M.projectionMatrix),nt.setValue(U,"viewMatrix",M.matrixWorldInverse);let Pt=nt.map.cameraPosition;Pt!==void 0&&Pt.setValue(U,lt.setFromMatrixPosition(M.matrixWorld)),pt.logarithmicDepthBuffer&&nt.setValue(U,"logDepthBufFC",2/(Math.log(M.far+1)/Math.LN2)),(V.isMeshPhongMaterial||V.isMeshToonMaterial||V.isMeshLambertMaterial||V.isMeshBasicMaterial||V.isMeshStandardMaterial||V.isShaderMaterial)&&nt.setValue(U,"isOrthographic",M.isOrthographicCamera===!0),$!==M&&($=M,ui=!0,Bi=!0)}if(Te.needsLights&&($t.state.sunShadowMap.length>0&&nt.setValue(U,"sunShadowMap",$t.state.sunShadowMap,Be),$t.state.directionalShadowMap.length>0&&nt.setValue(U,"directionalShadowMap",$t.state.directionalShadowMap,Be),$t.state.spotShadowMap.length>0&&nt.setValue(U,"spotShadowMap",$t.state.spotShadowMap,Be),$t.state.pointShadowMap.length>0&&nt.setValue(U,"pointShadowMap",$t.state.pointShadowMap,Be)),W.isSkinnedMesh){nt.setOptional(U,W,"bindMatrix"),nt.setOptional(U,W,"bindMatrixInverse");let xt=W.skeleton;xt&&(xt.boneTexture===null&&xt.computeBoneTexture(),nt.setValue(U,"boneTexture",xt.boneTexture,Be))}W.isBatchedMesh&&(nt.setOptional(U,W,"batchingTexture"),nt.setValue(U,"batchingTexture",W._matricesTexture,Be),nt.setOptional(U,W,"batchingIdTexture"),nt.setValue(U,"batchingIdTexture",W._indirectTexture,Be),nt.setOptional(U,W,"batchingColorTexture"),W._colorsTexture!==null&&nt.setValue(U,"batchingColorTexture",W._colorsTexture,Be));let vn=q.morphAttributes;if((vn.position!==void 0||vn.normal!==void 0||vn.color!==void 0)&&ee.update(W,q,zt),(ui||Te.receiveShadow!==W.receiveShadow)&&(Te.receiveShadow=W.receiveShadow,nt.setValue(U,"receiveShadow",W.receiveShadow)),(V.isMeshStandardMaterial||V.isMeshLambertMaterial||V.isMeshPhongMaterial)&&V.envMap===null&&F.environment!==null&&(Ot.envMapIntensity.value=F.environmentIntensity),Ot.dfgLUT!==void 0&&(Ot.dfgLUT.value=RA()),ui){if(nt.setValue(U,"toneMappingExposure",C.toneMappingExposure),Te.needsLights&&Vb(Ot,Bi),be&&V.fog===!0&&he.refreshFogUniforms(Ot,be),he.refreshMaterialUniforms(Ot,V,ne,pe,w.state.transmissionRenderTarget[M.id]),Te.needsLights&&Te.numLightProbeGrids>0){let xt=v,Pt=0;for(let Hn of w.state.lightProbeGridArray)Hn.texture!==null&&(xt.textures[Pt]=Hn.texture,xt.min[Pt]=Hn.boundingBox.min,xt.max[Pt]=Hn.boundingBox.max,xt.resolution[Pt]=Hn.resolution,Pt++);for(let Hn in xt)xt[Hn].length=Pt;Ot.probesSH.value=xt.textures,Ot.probesMin.value=xt.min,Ot.probesMax.value=xt.max,Ot.probesResolution.value=xt.resolution}xs.upload(U,qf(Te),Ot,Be)}if(V.isShaderMaterial&&V.uniformsNeedUpdate===!0&&(xs.upload(U,qf(Te),Ot,Be),V.uniformsNeedUpdate=!1),V.isSpriteMaterial&&nt.setValue(U,"center",W.center),nt.setValue(U,"modelViewMatrix",W.modelViewMatrix),nt.setValue(U,"normalMatrix",W.normalMatrix),nt.setValue(U,"modelMatrix",W.matrixWorld),V.uniformsGroups!==void 0){let xt=V.uniformsGroups;for(let Pt=0,Hn=xt.length;Pt<Hn;Pt++){let Zf=xt[Pt];Re.update(Zf,zt),Re.bind(Zf,zt)}}return zt}function Vb(M,F){M.ambientLightColor.needsUpdate=F,M.lightProbe.needsUpdate=F,M.sunLights.needsUpdate=F,M.sunLightShadows.needsUpdate=F,M.directionalLights.needsUpdate=F,M.directionalLightShadows.needsUpdate=F,M.pointLights.needsUpdate=F,M.pointLightShadows.needsUpdate=F,M.spotLights.needsUpdate=F,M.spotLightShadows.needsUpdate=F,M.rectAreaLights.needsUpdate=F,M.hemisphereLights.needsUpdate=F}function Gb(M){return M.isMeshLambertMaterial||M.isMeshToonMaterial||M.isMeshPhongMaterial||M.isMeshStandardMaterial||M.isShadowMaterial||M.isShaderMaterial&&M.lights===!0}this.getActiveCubeFace=function(){return G},this.getActiveMipmapLevel=function(){return B},this.getRenderTarget=function(){return Z},this.setRenderTargetTextures=function(M,F,q){let V=Le.get(M);V.__autoAllocateDepthBuffer=M.resolveDepthBuffer===!1,V.__autoAllocateDepthBuffer===!1&&(V.__useRenderToTexture=!1),Le.get(M.texture).__webglTexture=F,Le.get(M.depthTexture).__webglTexture=V.__autoAllocateDepthBuffer?void 0:q,V.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(M,F){let q=Le.get(M);q.__webglFramebuffer=F,q.__useDefaultFramebuffer=F===void 0},this.setRenderTarget=function(M,F=0,q=0){Z=M,G=F,B=q;let V=null,W=!1,be=!1;if(M){let me=Le.get(M);if(me.__useDefaultFramebuffer!==void 0){ye.bindFramebuffer(U.FRAMEBUFFER,me.__webglFramebuffer),K.copy(M.viewport),Q.copy(M.scissor),ce=M.scissorTest,ye.viewport(K),ye.scissor(Q),ye.setScissorTest(ce),k=-1;return}else if(me.__webglFramebuffer===void 0)Be.setupRenderTarget(M);else if(me.__hasExternalTextures)Be.rebindTextures(M,Le.get(M.texture).__webglTexture,Le.get(M.depthTexture).__webglTexture);else if(M.depthBuffer){let ke=M.depthTexture;if(me.__boundDepthTexture!==ke){if(ke!==null&&Le.has(ke)&&(M.width!==ke.image.width||M.height!==ke.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Be.setupDepthRenderbuffer(M)}}let Me=M.texture;(Me.isData3DTexture||Me.isDataArrayTexture||Me.isCompressedArrayTexture)&&(be=!0);let Ce=Le.get(M).__webglFramebuffer;M.isWebGLCubeRenderTarget?(Array.isArray(Ce[F])?V=Ce[F][q]:V=Ce[F],W=!0):M.samples>0&&Be.useMultisampledRTT(M)===!1?V=Le.get(M).__webglMultisampledFramebuffer:Array.isArray(Ce)?V=Ce[q]:V=Ce,K.copy(M.viewport),Q.copy(M.scissor),ce=M.scissorTest}else K.copy(we).multiplyScalar(ne).floor(),Q.copy(Ye).multiplyScalar(ne).floor(),ce=Je;if(q!==0&&(V=O),ye.bindFramebuffer(U.FRAMEBUFFER,V)&&ye.drawBuffers(M,V),ye.viewport(K),ye.scissor(Q),ye.setScissorTest(ce),W){let me=Le.get(M.texture);U.framebufferTexture2D(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_CUBE_MAP_POSITIVE_X+F,me.__webglTexture,q)}else if(be){let me=F;for(let Me=0;Me<M.textures.length;Me++){let Ce=Le.get(M.textures[Me]);U.framebufferTextureLayer(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0+Me,Ce.__webglTexture,q,me)}}else if(M!==null&&q!==0){let me=Le.get(M.texture);U.framebufferTexture2D(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,me.__webglTexture,q)}k=-1};function Kf(M){let F=Le.get(M);return(F.__readFormat!==M.format||F.__readType!==M.type)&&(F.__readFormat=M.format,F.__readType=M.type,F.__formatReadable=pt.textureFormatReadable(M.format),F.__typeReadable=pt.textureTypeReadable(M.type)),F}this.readRenderTargetPixels=function(M,F,q,V,W,be,Ae,me=0){if(!(M&&M.isWebGLRenderTarget)){Oe("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let Me=Le.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&Ae!==void 0&&(Me=Me[Ae],Array.isArray(Me)&&(Me=Me[0])),Me){ye.bindFramebuffer(U.FRAMEBUFFER,Me);try{let Ce=M.textures[me],ke=Ce.format,je=Ce.type;M.textures.length>1&&U.readBuffer(U.COLOR_ATTACHMENT0+me);let Ee=Kf(Ce);if(Ee.__formatReadable===!1){Oe("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Ee.__typeReadable===!1){Oe("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}F>=0&&F<=M.width-V&&q>=0&&q<=M.height-W&&U.readPixels(F,q,V,W,le.convert(ke),le.convert(je),be)}finally{let Ce=Z!==null?Le.get(Z).__webglFramebuffer:null;ye.bindFramebuffer(U.FRAMEBUFFER,Ce)}}},this.readRenderTargetPixelsAsync=async function(M,F,q,V,W,be,Ae,me=0){if(!(M&&M.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let Me=Le.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&Ae!==void 0&&(Me=Me[Ae],Array.isArray(Me)&&(Me=Me[0])),Me)if(F>=0&&F<=M.width-V&&q>=0&&q<=M.height-W){ye.bindFramebuffer(U.FRAMEBUFFER,Me);let Ce=M.textures[me],ke=Ce.format,je=Ce.type;M.textures.length>1&&U.readBuffer(U.COLOR_ATTACHMENT0+me);let Ee=Kf(Ce);if(Ee.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Ee.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let Qe=U.createBuffer();U.bindBuffer(U.PIXEL_PACK_BUFFER,Qe),U.bufferData(U.PIXEL_PACK_BUFFER,be.byteLength,U.STREAM_READ),U.readPixels(F,q,V,W,le.convert(ke),le.convert(je),0),U.bindBuffer(U.PIXEL_PACK_BUFFER,null);let _t=Z!==null?Le.get(Z).__webglFramebuffer:null;ye.bindFramebuffer(U.FRAMEBUFFER,_t);let ut=U.fenceSync(U.SYNC_GPU_COMMANDS_COMPLETE,0);return U.flush(),await d0(U,ut,4),U.bindBuffer(U.PIXEL_PACK_BUFFER,Qe),U.getBufferSubData(U.PIXEL_PACK_BUFFER,0,be),U.bindBuffer(U.PIXEL_PACK_BUFFER,null),U.deleteBuffer(Qe),U.deleteSync(ut),be}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(M,F=null,q=0){let V=Math.pow(2,-q),W=Math.floor(M.image.width*V),be=Math.floor(M.image.height*V),Ae=F!==null?F.x:0,me=F!==null?F.y:0;Be.setTexture2D(M,0),U.copyTexSubImage2D(U.TEXTURE_2D,q,0,0,Ae,me,W,be),ye.unbindTexture()},this.copyTextureToTexture=function(M,F,q=null,V=null,W=0,be=0){let Ae,me,Me,Ce,ke,je,Ee,Qe,_t,ut=M.isCompressedTexture?M.mipmaps[be]:M.image;if(q!==null)Ae=q.max.x-q.min.x,me=q.max.y-q.min.y,Me=q.isBox3?q.max.z-q.min.z:1,Ce=q.min.x,ke=q.min.y,je=q.isBox3?q.min.z:0;else{let nt=Math.pow(2,-W);Ae=Math.floor(ut.width*nt),me=Math.floor(ut.height*nt),M.isDataArrayTexture?Me=ut.depth:M.isData3DTexture?Me=Math.floor(ut.depth*nt):Me=1,Ce=0,ke=0,je=0}V!==null?(Ee=V.x,Qe=V.y,_t=V.z):(Ee=0,Qe=0,_t=0);let ct=le.convert(F.format),kt=le.convert(F.type),Te;F.isData3DTexture?(Be.setTexture3D(F,0),Te=U.TEXTURE_3D):F.isDataArrayTexture||F.isCompressedArrayTexture?(Be.setTexture2DArray(F,0),Te=U.TEXTURE_2D_ARRAY):(Be.setTexture2D(F,0),Te=U.TEXTURE_2D),ye.activeTexture(U.TEXTURE0),ye.pixelStorei(U.UNPACK_FLIP_Y_WEBGL,F.flipY),ye.pixelStorei(U.UNPACK_PREMULTIPLY_ALPHA_WEBGL,F.premultiplyAlpha),ye.pixelStorei(U.UNPACK_ALIGNMENT,F.unpackAlignment);let $t=ye.getParameter(U.UNPACK_ROW_LENGTH),rt=ye.getParameter(U.UNPACK_IMAGE_HEIGHT),Ui=ye.getParameter(U.UNPACK_SKIP_PIXELS),zt=ye.getParameter(U.UNPACK_SKIP_ROWS),Ha=ye.getParameter(U.UNPACK_SKIP_IMAGES);ye.pixelStorei(U.UNPACK_ROW_LENGTH,ut.width),ye.pixelStorei(U.UNPACK_IMAGE_HEIGHT,ut.height),ye.pixelStorei(U.UNPACK_SKIP_PIXELS,Ce),ye.pixelStorei(U.UNPACK_SKIP_ROWS,ke),ye.pixelStorei(U.UNPACK_SKIP_IMAGES,je);let ui=M.isDataArrayTexture||M.isData3DTexture,Bi=F.isDataArrayTexture||F.isData3DTexture;if(M.isDepthTexture){let nt=Le.get(M),Ot=Le.get(F),vn=Le.get(nt.__renderTarget),xt=Le.get(Ot.__renderTarget);ye.bindFramebuffer(U.READ_FRAMEBUFFER,vn.__webglFramebuffer),ye.bindFramebuffer(U.DRAW_FRAMEBUFFER,xt.__webglFramebuffer);for(let Pt=0;Pt<Me;Pt++)ui&&(U.framebufferTextureLayer(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Le.get(M).__webglTexture,W,je+Pt),U.framebufferTextureLayer(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Le.get(F).__webglTexture,be,_t+Pt)),U.blitFramebuffer(Ce,ke,Ce+Ae,ke+me,Ee,Qe,Ee+Ae,Qe+me,U.DEPTH_BUFFER_BIT,U.NEAREST);ye.bindFramebuffer(U.READ_FRAMEBUFFER,null),ye.bindFramebuffer(U.DRAW_FRAMEBUFFER,null)}else if(W!==0||M.isRenderTargetTexture||Le.has(M)){let nt=Le.get(M),Ot=Le.get(F);ye.bindFramebuffer(U.READ_FRAMEBUFFER,R),ye.bindFramebuffer(U.DRAW_FRAMEBUFFER,N);for(let vn=0;vn<Me;vn++)ui?U.framebufferTextureLayer(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,nt.__webglTexture,W,je+vn):U.framebufferTexture2D(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,nt.__webglTexture,W),Bi?U.framebufferTextureLayer(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Ot.__webglTexture,be,_t+vn):U.framebufferTexture2D(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,Ot.__webglTexture,be),W!==0?U.blitFramebuffer(Ce,ke,Ce+Ae,ke+me,Ee,Qe,Ee+Ae,Qe+me,U.COLOR_BUFFER_BIT,U.NEAREST):Bi?U.copyTexSubImage3D(Te,be,Ee,Qe,_t+vn,Ce,ke,Ae,me):U.copyTexSubImage2D(Te,be,Ee,Qe,Ce,ke,Ae,me);ye.bindFramebuffer(U.READ_FRAMEBUFFER,null),ye.bindFramebuffer(U.DRAW_FRAMEBUFFER,null)}else Bi?M.isDataTexture||M.isData3DTexture?U.texSubImage3D(Te,be,Ee,Qe,_t,Ae,me,Me,ct,kt,ut.data):F.isCompressedArrayTexture?U.compressedTexSubImage3D(Te,be,Ee,Qe,_t,Ae,me,Me,ct,ut.data):U.texSubImage3D(Te,be,Ee,Qe,_t,Ae,me,Me,ct,kt,ut):M.isDataTexture?U.texSubImage2D(U.TEXTURE_2D,be,Ee,Qe,Ae,me,ct,kt,ut.data):M.isCompressedTexture?U.compressedTexSubImage2D(U.TEXTURE_2D,be,Ee,Qe,ut.width,ut.height,ct,ut.data):U.texSubImage2D(U.TEXTURE_2D,be,Ee,Qe,Ae,me,ct,kt,ut);ye.pixelStorei(U.UNPACK_ROW_LENGTH,$t),ye.pixelStorei(U.UNPACK_IMAGE_HEIGHT,rt),ye.pixelStorei(U.UNPACK_SKIP_PIXELS,Ui),ye.pixelStorei(U.UNPACK_SKIP_ROWS,zt),ye.pixelStorei(U.UNPACK_SKIP_IMAGES,Ha),be===0&&F.generateMipmaps===!0&&F.mipmapsAutoUpdate===!0&&U.generateMipmap(Te),ye.unbindTexture()},this.initRenderTarget=function(M){Le.get(M).__webglFramebuffer===void 0&&Be.setupRenderTarget(M)},this.initTexture=function(M){M.isCubeTexture?Be.setTextureCube(M,0):M.isData3DTexture?Be.setTexture3D(M,0):M.isDataArrayTexture||M.isCompressedArrayTexture?Be.setTexture2DArray(M,0):Be.setTexture2D(M,0),ye.unbindTexture()},this.resetState=function(){G=0,B=0,Z=null,ye.reset(),ue.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return gn}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=et._getDrawingBufferColorSpace(e),t.unpackColorSpace=et._getUnpackColorSpace()}};var Q0={type:"change"},Pf={type:"start"},tb={type:"end"},Oc=new si,eb=new sn,PA=Math.cos(70*cf.DEG2RAD),Ct=new z,en=2*Math.PI,st={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},Rf=1e-6,Uc=class extends Ma{constructor(e,t=null){super(e,t),this.state=st.NONE,this.target=new z,this.cursor=new z,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:Ii.ROTATE,MIDDLE:Ii.DOLLY,RIGHT:Ii.PAN},this.touches={ONE:Li.ROTATE,TWO:Li.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new z,this._lastQuaternion=new an,this._lastTargetPosition=new z,this._quat=new an().setFromUnitVectors(e.up,new z(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new fs,this._sphericalDelta=new fs,this._scale=1,this._panOffset=new z,this._rotateStart=new De,this._rotateEnd=new De,this._rotateDelta=new De,this._panStart=new De,this._panEnd=new De,this._panDelta=new De,this._dollyStart=new De,this._dollyEnd=new De,this._dollyDelta=new De,this._dollyDirection=new z,this._mouse=new De,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=LA.bind(this),this._onPointerDown=IA.bind(this),this._onPointerUp=NA.bind(this),this._onContextMenu=zA.bind(this),this._onMouseWheel=OA.bind(this),this._onKeyDown=UA.bind(this),this._onTouchStart=BA.bind(this),this._onTouchMove=kA.bind(this),this._onMouseDown=DA.bind(this),this._onMouseMove=FA.bind(this),this._interceptControlDown=VA.bind(this),this._interceptControlUp=GA.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=st.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(Q0),this.update(),this.state=st.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;Ct.copy(t).sub(this.target),Ct.applyQuaternion(this._quat),this._spherical.setFromVector3(Ct),this.autoRotate&&this.state===st.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let i=this.minAzimuthAngle,r=this.maxAzimuthAngle;isFinite(i)&&isFinite(r)&&(i<-Math.PI?i+=en:i>Math.PI&&(i-=en),r<-Math.PI?r+=en:r>Math.PI&&(r-=en),i<=r?this._spherical.theta=Math.max(i,Math.min(r,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(i+r)/2?Math.max(i,this._spherical.theta):Math.min(r,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let s=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let a=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),s=a!=this._spherical.radius}if(Ct.setFromSpherical(this._spherical),Ct.applyQuaternion(this._quatInverse),t.copy(this.target).add(Ct),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let a=null;if(this.object.isPerspectiveCamera){let o=Ct.length();a=this._clampDistance(o*this._scale);let l=o-a;this.object.position.addScaledVector(this._dollyDirection,l),this.object.updateMatrixWorld(),s=!!l}else if(this.object.isOrthographicCamera){let o=new z(this._mouse.x,this._mouse.y,0);o.unproject(this.object);let l=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),s=l!==this.object.zoom;let c=new z(this._mouse.x,this._mouse.y,0);c.unproject(this.object),this.object.position.sub(c).add(o),this.object.updateMatrixWorld(),a=Ct.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;a!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(a).add(this.object.position):(Oc.origin.copy(this.object.position),Oc.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(Oc.direction))<PA?this.object.lookAt(this.target):(eb.setFromNormalAndCoplanarPoint(this.object.up,this.target),Oc.intersectPlane(eb,this.target))))}else if(this.object.isOrthographicCamera){let a=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),a!==this.object.zoom&&(this.object.updateProjectionMatrix(),s=!0)}return this._scale=1,this._performCursorZoom=!1,s||this._lastPosition.distanceToSquared(this.object.position)>Rf||8*(1-this._lastQuaternion.dot(this.object.quaternion))>Rf||this._lastTargetPosition.distanceToSquared(this.target)>Rf?(this.dispatchEvent(Q0),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?en/60*this.autoRotateSpeed*e:en/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){Ct.setFromMatrixColumn(t,0),Ct.multiplyScalar(-e),this._panOffset.add(Ct)}_panUp(e,t){this.screenSpacePanning===!0?Ct.setFromMatrixColumn(t,1):(Ct.setFromMatrixColumn(t,0),Ct.crossVectors(this.object.up,Ct)),Ct.multiplyScalar(e),this._panOffset.add(Ct)}_pan(e,t){let i=this.domElement;if(this.object.isPerspectiveCamera){let r=this.object.position;Ct.copy(r).sub(this.target);let s=Ct.length();s*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*s/i.clientHeight,this.object.matrix),this._panUp(2*t*s/i.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/i.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/i.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let i=this.domElement.getBoundingClientRect(),r=e-i.left,s=t-i.top,a=i.width,o=i.height;this._mouse.x=r/a*2-1,this._mouse.y=-(s/o)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(en*this._rotateDelta.x/t.clientHeight),this._rotateUp(en*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(en*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-en*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(en*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-en*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._rotateStart.set(i,r)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panStart.set(i,r)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyStart.set(0,s)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let i=this._getSecondPointerPosition(e),r=.5*(e.pageX+i.x),s=.5*(e.pageY+i.y);this._rotateEnd.set(r,s)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(en*this._rotateDelta.x/t.clientHeight),this._rotateUp(en*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panEnd.set(i,r)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyEnd.set(0,s),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let a=(e.pageX+t.x)*.5,o=(e.pageY+t.y)*.5;this._updateZoomParameters(a,o)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new De,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,i={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:i.deltaY*=16;break;case 2:i.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(i.deltaY*=10),i}};function IA(n){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(n.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(n)&&(this._addPointer(n),n.pointerType==="touch"?this._onTouchStart(n):this._onMouseDown(n),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function LA(n){this.enabled!==!1&&(n.pointerType==="touch"?this._onTouchMove(n):this._onMouseMove(n))}function NA(n){switch(this._removePointer(n),this._pointers.length){case 0:this.domElement.releasePointerCapture(n.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(tb),this.state=st.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function DA(n){let e;switch(n.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case Ii.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(n),this.state=st.DOLLY;break;case Ii.ROTATE:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=st.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=st.ROTATE}break;case Ii.PAN:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=st.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=st.PAN}break;default:this.state=st.NONE}this.state!==st.NONE&&this.dispatchEvent(Pf)}function FA(n){switch(this.state){case st.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(n);break;case st.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(n);break;case st.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(n);break}}function OA(n){this.enabled===!1||this.enableZoom===!1||this.state!==st.NONE||(n.preventDefault(),this.dispatchEvent(Pf),this._handleMouseWheel(this._customWheelEvent(n)),this.dispatchEvent(tb))}function UA(n){this.enabled!==!1&&this._handleKeyDown(n)}function BA(n){switch(this._trackPointer(n),this._pointers.length){case 1:switch(this.touches.ONE){case Li.ROTATE:if(this.enableRotate===!1){this.state=st.NONE;break}this._handleTouchStartRotate(n),this.state=st.TOUCH_ROTATE;break;case Li.PAN:if(this.enablePan===!1){this.state=st.NONE;break}this._handleTouchStartPan(n),this.state=st.TOUCH_PAN;break;default:this.state=st.NONE}break;case 2:switch(this.touches.TWO){case Li.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(n),this.state=st.TOUCH_DOLLY_PAN;break;case Li.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(n),this.state=st.TOUCH_DOLLY_ROTATE;break;default:this.state=st.NONE}break;default:this.state=st.NONE}this.state!==st.NONE&&this.dispatchEvent(Pf)}function kA(n){switch(this._trackPointer(n),this.state){case st.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(n),this.update();break;case st.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(n),this.update();break;case st.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(n),this.update();break;case st.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(n),this.update();break;default:this.state=st.NONE}}function zA(n){this.enabled!==!1&&n.preventDefault()}function VA(n){n.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function GA(n){n.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function sb(n,e,t,i=2,r=.25){let s=Bc(n),a=Bc(e),o=t&&s>0&&a>0?a/s:1;o=Math.min(Math.max(o,r),1/r);let l=o<=1?i:i/o,c=o<=1?i*o:i;return{xs:n,ys:e,halfX:l/2,halfY:c/2}}function Bc(n){return n.length>1?n[n.length-1]-n[0]:0}function ab(n,e,t){let i=Bc(n);return i>0?(t-n[0])/i*2*e-e:0}function nb(n,e,t){let i=Bc(n);return i>0&&e>0?n[0]+(t+e)/(2*e)*i:n.length?n[0]:0}function ur(n,e){return ab(n.xs,n.halfX,e)}function fr(n,e){return ab(n.ys,n.halfY,e)}function ob(n,e,t){return[nb(n.xs,n.halfX,e),nb(n.ys,n.halfY,t)]}function ib(n,e){let t=n.length;if(t===0)return 0;if(t===1)return n[0];let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function rb(n,e){let t=n.length;if(t<=1||!(e>n[0]))return 0;if(e>=n[t-1])return t-1;let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function lb(n,e,t){let i=e?Math.log10(n[0]):n[0],r=e?Math.log10(n[1]):n[1];if(!(Number.isFinite(i)&&Number.isFinite(r)&&r>i)){let s=Number.isFinite(i)?i:Number.isFinite(r)?r:0,a=Math.abs(s)*1e-6||1e-6;i=s-a,r=s+a}return{lo:i,hi:r,log:e,height:t}}function _s(n,e){if(!Number.isFinite(e))return NaN;let i=((n.log?e>0?Math.log10(e):-1/0:e)-n.lo)/(n.hi-n.lo);return(i<=0?0:i>=1?1:i)*n.height}var Fa=(()=>{let n=new Float32Array(256);for(let e=0;e<256;e++){let t=e/255;n[e]=t<=.04045?t/12.92:Math.pow((t+.055)/1.055,2.4)}return n})();function cb(n,e){let t=n*e;return{nx:n,ny:e,positions:new Float32Array(t*3),normals:new Float32Array(t*3),colors:new Float32Array(t*3),index:new Uint32Array(Math.max(0,n-1)*Math.max(0,e-1)*6),indexCount:0,vertexCount:0,finite:new Uint8Array(t),indexChanged:!0,filled:!1}}function hb(n,e,t,i,r,s=!0){let{nx:a,ny:o,positions:l,normals:c,colors:h,index:f,finite:u}=n;if(e.length!==a*o)throw new Error(`grid has ${e.length} values, expected ny * nx = ${o} * ${a}`);let d=new Float32Array(a),p=new Float32Array(o);for(let w=0;w<a;w++)d[w]=ur(t,t.xs[w]);for(let w=0;w<o;w++)p[w]=fr(t,t.ys[w]);let x=r?r.lut:null,m=s?Fa:null,g=n.filled;for(let w=0,b=0;w<o;w++)for(let S=0;S<a;S++,b++){let D=e[b],C=_s(i,D),P=C===C,I=P?1:0;u[b]!==I&&(g=!1),u[b]=I;let O=b*3;if(l[O]=d[S],l[O+1]=p[w],l[O+2]=P?C:0,x&&r)if(P){let R=r.lutOffset(D);m?(h[O]=m[x[R]],h[O+1]=m[x[R+1]],h[O+2]=m[x[R+2]]):(h[O]=x[R]/255,h[O+1]=x[R+1]/255,h[O+2]=x[R+2]/255)}else h[O]=h[O+1]=h[O+2]=.5}for(let w=0,b=0;w<o;w++)for(let S=0;S<a;S++,b++){let D=b*3,C=0,P=0;if(u[b]){let O=S>0&&u[b-1]?b-1:b,R=S<a-1&&u[b+1]?b+1:b;O!==R&&(C=(l[R*3+2]-l[O*3+2])/(l[R*3]-l[O*3]));let N=w>0&&u[b-a]?b-a:b,G=w<o-1&&u[b+a]?b+a:b;N!==G&&(P=(l[G*3+2]-l[N*3+2])/(l[G*3+1]-l[N*3+1])),Number.isFinite(C)||(C=0),Number.isFinite(P)||(P=0)}let I=Math.sqrt(C*C+P*P+1);c[D]=-C/I,c[D+1]=-P/I,c[D+2]=1/I}if(n.indexChanged=!g,n.filled=!0,g)return;let _=0,E=new Uint8Array(a*o),v=(w,b,S)=>{f[_++]=w,f[_++]=b,f[_++]=S,E[w]=E[b]=E[S]=1};for(let w=0;w<o-1;w++)for(let b=0;b<a-1;b++){let S=w*a+b,D=S+1,C=S+a,P=C+1,I=u[S],O=u[D],R=u[C],N=u[P],G=I+O+R+N;G===4?(v(S,D,P),v(S,P,C)):G===3&&(I?O?R?v(S,D,C):v(S,D,P):v(S,P,C):v(D,P,C))}let A=0;for(let w=0;w<E.length;w++)A+=E[w];n.indexCount=_,n.vertexCount=A}function ub(n,e){let{normals:t,colors:i}=n,[r,s,a]=e.dir,o=Math.hypot(r,s,a)||1,l=r/o,c=s/o,h=a/o;for(let f=0;f<i.length;f+=3){let u=t[f]*l+t[f+1]*c+t[f+2]*h,d=e.ambient+e.diffuse*(u>0?u:0);i[f]*=d,i[f+1]*=d,i[f+2]*=d}}var HA=0,WA=1,$A=2;function fb(n,e,t){let i=e.xs.length,r=0;for(let l=0;l<n.length;l++)Number.isFinite(n[l])||r++;let s=new Float32Array(r*3),a=new Uint8Array(r),o=0;for(let l=0;l<n.length;l++){let c=n[l];if(Number.isFinite(c))continue;let h=l%i,f=(l-h)/i;s[o*3]=ur(e,e.xs[h]),s[o*3+1]=fr(e,e.ys[f]),s[o*3+2]=t,a[o]=c!==c?HA:c>0?WA:$A,o++}return{positions:s,kinds:a,count:r}}function XA(n,e,t,i,r){let s=e.xs.length,a=e.ys.length,o=rb(e.xs,i),l=rb(e.ys,r),c=Math.min(Math.floor(o),Math.max(s-2,0)),h=Math.min(Math.floor(l),Math.max(a-2,0)),f=s>1?o-c:0,u=a>1?l-h:0,d=0,p=0;for(let x=0;x<=1;x++)for(let m=0;m<=1;m++){let g=Math.min(c+m,s-1),_=Math.min(h+x,a-1),E=(m?f:1-f)*(x?u:1-u);if(E<=0)continue;let v=_s(t,n[_*s+g]);v===v&&(d+=E*v,p+=E)}return p>0?d/p:NaN}function db(n,e,t,i,r){let s=new Float32Array(n.length*3);return n.forEach((a,o)=>{let l=_s(i,a.planeLoss);l!==l&&(l=XA(e,t,i,a.x,a.y)),l!==l&&(l=r),s[o*3]=ur(t,a.x),s[o*3+1]=fr(t,a.y),s[o*3+2]=l}),s}function If(n,e,t,i=1/0){let{nx:r,ny:s,positions:a,finite:o}=n;if(r<2||s<2||!n.filled||n.indexCount===0)return null;let[l,c,h]=[e[0],e[1],e[2]],[f,u,d]=[t[0],t[1],t[2]],p=C=>a[C*3],x=C=>a[C*r*3+1],m=0,g=i,_=(C,P,I,O)=>{if(P===0)return C>=I&&C<=O;let R=(I-C)/P,N=(O-C)/P;return R>N&&([R,N]=[N,R]),R>m&&(m=R),N<g&&(g=N),m<=g};if(!_(l,f,p(0),p(r-1))||!_(c,u,x(0),x(s-1)))return null;let E=(C,P,I)=>{let O=0,R=P-2;for(;O<R;){let N=O+R+1>>1;C(N)<=I?O=N:R=N-1}return O},v=E(p,r,l+m*f),A=E(x,s,c+m*u),w=f>0?1:f<0?-1:0,b=u>0?1:u<0?-1:0,S=null,D=(C,P,I)=>{let O=a[C*3],R=a[C*3+1],N=a[C*3+2],G=a[P*3]-O,B=a[P*3+1]-R,Z=a[P*3+2]-N,k=a[I*3]-O,$=a[I*3+1]-R,K=a[I*3+2]-N,Q=u*K-d*$,ce=d*k-f*K,X=f*$-u*k,ie=G*Q+B*ce+Z*X;if(Math.abs(ie)<1e-14)return;let oe=1/ie,pe=l-O,ne=c-R,Se=h-N,He=(pe*Q+ne*ce+Se*X)*oe;if(He<-1e-7||He>1+1e-7)return;let we=ne*Z-Se*B,Ye=Se*G-pe*Z,Je=pe*B-ne*G,xe=(f*we+u*Ye+d*Je)*oe;if(xe<-1e-7||He+xe>1+1e-7)return;let qe=(k*we+$*Ye+K*Je)*oe;qe<0||qe>i||S&&qe>=S.t||(S={t:qe,a:C,b:P,c:I,wa:1-He-xe,wb:He,wc:xe})};for(let C=r+s+4;C>0;C--){let P=A*r+v,I=P+1,O=P+r,R=O+1,N=o[P]+o[I]+o[O]+o[R];if(N===4?(D(P,I,R),D(P,R,O)):N===3&&(o[P]?o[I]?o[O]?D(P,I,O):D(P,I,R):D(P,R,O):D(I,R,O)),S)return S;let G=w>0?(p(v+1)-l)/f:w<0?(p(v)-l)/f:1/0,B=b>0?(x(A+1)-c)/u:b<0?(x(A)-c)/u:1/0,Z=Math.min(G,B);if(!(Z<g)||(G<=Z&&(v+=w),B<=Z&&(A+=b),v<0||A<0||v>r-2||A>s-2))break}return S}function pb(n,e,t){let i=n[e.a],r=n[e.b],s=n[e.c];return t&&i>0&&r>0&&s>0?Math.pow(10,e.wa*Math.log10(i)+e.wb*Math.log10(r)+e.wc*Math.log10(s)):e.wa*i+e.wb*r+e.wc*s}function mb(n,e,t,i,r){let s=t[i*3]-e[0],a=t[i*3+1]-e[1],o=t[i*3+2]-e[2],l=Math.hypot(s,a,o);return l>r?If(n,e,[s/l,a/l,o/l],l-r)===null:!0}function gb(n,e,t,i,r,s=1/0){let a=-1,o=s;for(let l=0;l<e;l++){let c=n[l*3]-i[0],h=n[l*3+1]-i[1],f=n[l*3+2]-i[2],u=t(l),d=c*r[0]+h*r[1]+f*r[2],p=c*c+h*h+f*f-d*d;if(p>u*u)continue;let x=Math.sqrt(u*u-p),m=d-x>=0?d-x:d+x;m>=0&&m<=o&&(a=l,o=m)}return a}function bb(n,e,t,i){let r=[],s=i*i;for(let a=0;a*2<n.length;a++){let o=n[a*2]-e,l=n[a*2+1]-t,c=o*o+l*l;c<=s&&r.push([c,a])}return r.sort((a,o)=>a[0]-o[0]||o[1]-a[1]),r.map(a=>a[1])}function xb(n,e,t){let i=0;for(let o of n)for(let l of o.lines)i+=Math.max(0,l.length-1);let r=new Float32Array(i*6),s=new Uint16Array(i),a=0;return n.forEach((o,l)=>{for(let c of o.lines){let h=0,f=0;c.forEach(([u,d],p)=>{let x=ur(e,ib(e.xs,u)),m=fr(e,ib(e.ys,d));if(p>0){let g=a*6;r[g]=h,r[g+1]=f,r[g+2]=t,r[g+3]=x,r[g+4]=m,r[g+5]=t,s[a++]=l}h=x,f=m})}}),{positions:r,level:s,segments:i}}function Lf(n,e,t=0){return n.x<e.x+e.width+t&&e.x<n.x+n.width+t&&n.y<e.y+e.height+t&&e.y<n.y+n.height+t}function qA(n,e){return n.x>=e.x&&n.y>=e.y&&n.x+n.width<=e.x+e.width&&n.y+n.height<=e.y+e.height}function yb(n,e,t=[0,1]){let i=Math.hypot(n,e);return i>1e-9?[n/i,e/i]:t}function Oa(n,e,t,i,r,s,a){let o=Math.abs(t),l=Math.abs(i),c=Math.min(o>1e-9?(r/2+a)/o:1/0,l>1e-9?(s/2+a)/l:1/0),h=Number.isFinite(c)?c:0,f=n+t*h,u=e+i*h;return{x:f-r/2,y:u-s/2,width:r,height:s}}function _b(n,e,t,i){return Math.abs(n)*t+Math.abs(e)*i}function YA(n,e=0){for(let t=0;t<n.length;t++)for(let i=t+1;i<n.length;i++)if(Lf(n[t],n[i],e))return!0;return!1}function Nf(n,e,t,i=2){let r={ticks:[],boxes:[]},s="";for(let o=Math.max(1,Math.floor(e));o>=1;o--){let l=n(o),c=l.map(u=>u.value).join(",");if(c===s)continue;s=c;let h=[],f=[];for(let u of l){let d=t(u);d&&(h.push(u),f.push(d))}if(r={ticks:h,boxes:f},!YA(f,i))return r}let a={ticks:[],boxes:[]};return r.boxes.forEach((o,l)=>{a.boxes.some(c=>Lf(c,o,i))||(a.ticks.push(r.ticks[l]),a.boxes.push(o))}),a}function vb(n,e,t=2){let i=n.map((s,a)=>a).sort((s,a)=>n[a].priority-n[s].priority||s-a),r=[];for(let s of i){let a=n[s].box;Number.isFinite(a.x)&&Number.isFinite(a.y)&&(e&&!qA(a,e)||r.some(o=>Lf(n[o].box,a,t))||r.push(s))}return r.sort((s,a)=>s-a)}function Mb(n){let[e,t,i,r]=n,s=e.depth+t.depth<=r.depth+i.depth?-1:1,a=t.depth+i.depth<=e.depth+r.depth?1:-1,o=0;for(let l=1;l<4;l++){let c=n[l],h=n[o];(c.x<h.x-1e-6||Math.abs(c.x-h.x)<=1e-6&&c.depth>h.depth)&&(o=l)}return{xEdge:s,yEdge:a,zCorner:o}}var KA=2,Va=1,dr=-.22,ZA=10,JA=30,jA=78,Sb=-60*Math.PI/180,wb=28*Math.PI/180,Df=5.8,Ua=new z(0,0,(dr+Va)/2-.05),QA={dir:[-2,-3,6],ambient:.5,diffuse:.6},kc=10*Math.PI/180,Ab=.85,Eb=.028,Tb=.055,eE=9,kf='Roboto, "Helvetica Neue", Arial, sans-serif',Cb=`11px ${kf}`,Rb=`12px ${kf}`,Pb=13,Ib=15,zc=3,Ff=3,Vc=.05,tE=55,nE=24,Lb=`
.tbl-surface { display: inline-block; }
.tbl-surface-plot { position: relative; flex: none; }
.tbl-surface-labels { position: absolute; left: 0; top: 0; pointer-events: none; overflow: hidden; }
.tbl-surface-labels text {
  fill: var(--tbl-fg, #212121); font-size: 11px; font-family: ${kf};
  paint-order: stroke; stroke: var(--tbl-bg, #ffffff); stroke-width: 3px; stroke-linejoin: round;
}
.tbl-surface-labels text.tbl-axis-title { fill: var(--tbl-muted, #616161); font-size: 12px; }
.tbl-surface-canvas { display: block; outline: none; cursor: grab; touch-action: none; border-radius: 2px; }
.tbl-surface-canvas:active { cursor: grabbing; }
.tbl-surface-canvas:focus-visible { outline: 2px solid var(--tbl-accent, #f57c00); outline-offset: 1px; }
.tbl-surface .tbl-readout, .tbl-surface .tbl-legend { margin-left: 0; }
.tbl-surface-hint { color: var(--tbl-muted, #616161); font-size: 11px; margin-top: 2px; }
.tbl-surface-message {
  color: var(--tbl-muted, #616161); font-size: 13px; padding: 24px 16px;
  border: 1px dashed var(--tbl-border, #e0e0e0); border-radius: 3px; max-width: 480px;
}
`,Wc=class{constructor(){this.element=re("div",{class:"tbl-surface"});this.figure=re("div",{class:"tbl-row tbl-surface-figure"});this.plot=re("div",{class:"tbl-surface-plot"});this.labelLayer=Fe("svg",{class:"tbl-surface-labels","data-testid":"surface-labels","aria-hidden":"true"});this.canvas=re("canvas",{"data-testid":"surface",class:"tbl-surface-canvas",tabindex:0,role:"img","aria-label":"3D loss surface: drag to orbit, scroll or +/- to zoom, arrow keys to turn, 0 or double-click to reset"});this.colorbar=new yi;this.readout=re("div",{class:"tbl-readout","data-testid":"readout-3d"},[" "]);this.hint=re("div",{class:"tbl-surface-hint"},["drag: orbit · right-drag: pan · scroll / + −: zoom · arrows: turn · 0 or double-click: reset"]);this.legendSlot=re("div");this.message=re("div",{class:"tbl-surface-message","data-testid":"surface-message",hidden:!0});this.renderer=null;this.controls=null;this.glError=null;this.scene=new ia;this.camera=new Xt(JA,1.2,.05,100);this.size=[0,0];this.surfaceMaterial=new ir({vertexColors:!0,side:yn,polygonOffset:!0,polygonOffsetFactor:1,polygonOffsetUnits:1});this.surfaceMesh=new Kt(new At,this.surfaceMaterial);this.surf=null;this.floorMaterial=new ir({vertexColors:!0,polygonOffset:!0,polygonOffsetFactor:2,polygonOffsetUnits:2});this.floor=new Kt(iE(new sr(1,1)),this.floorMaterial);this.frameMaterial=new Ti({vertexColors:!0});this.frameLines=new ls(new At,this.frameMaterial);this.contourMaterial=new Ti({vertexColors:!0});this.contours=new ls(new At,this.contourMaterial);this.dot=sE();this.marksMaterial=new cs({size:7,sizeAttenuation:!1,vertexColors:!0,map:this.dot,alphaTest:.5,transparent:!1});this.marks=new la(new At,this.marksMaterial);this.pathLineMaterial=new Ti({vertexColors:!0});this.pathLine=new os(new At,this.pathLineMaterial);this.sphere=new da(1,12,8);this.pathMaterial=new pa;this.pathDots=new rr(this.sphere,this.pathMaterial,1);this.axesKey="";this.shown=null;this.theme=null;this.raycaster=new va;this.hoverAt=null;this.hoverFrame=0;this.cleanups=[];this.disposed=!1;this.plot.append(this.canvas,this.labelLayer),this.figure.append(this.plot,this.colorbar.element),this.element.append(this.figure,this.readout,this.legendSlot,this.hint,this.message),this.element.dataset.vertices="0",this.element.dataset.pathPoints="0",this.camera.up.set(0,0,1),this.placeCamera(),this.element.dataset.camera=this.cameraKey(),this.scene.add(new ba(16777215,5592405,1.9));let e=new _a(16777215,1.9);if(e.position.set(-2,-3,6),this.scene.add(e),this.floor.position.z=dr,this.pathDots.count=0,this.marks.frustumCulled=!1,this.contours.frustumCulled=!1,this.pathLine.frustumCulled=!1,this.pathDots.frustumCulled=!1,this.scene.add(this.floor,this.frameLines,this.contours,this.surfaceMesh,this.marks,this.pathLine,this.pathDots),this.listen(this.canvas,"dblclick",()=>this.resetView()),this.listen(this.canvas,"keydown",t=>this.onKey(t)),this.listen(this.canvas,"pointermove",t=>this.onPointerMove(t)),this.listen(this.canvas,"pointerleave",()=>this.onPointerLeave()),this.cleanups.push(()=>{this.hoverFrame&&cancelAnimationFrame(this.hoverFrame),this.hoverFrame=0}),typeof MutationObserver=="function"){let t=new MutationObserver(()=>{!this.shown||!this.renderer||(this.applyTheme(!0),this.render())});t.observe(document.documentElement,{attributes:!0,attributeFilter:["class","style"]}),this.cleanups.push(()=>t.disconnect())}}draw(e,t){if(this.disposed)return;if(e.header.dims!==2){this.showMessage("3D needs a 2D landscape");return}let i=Ut(e,t.metric);if(!this.ensureRenderer()){this.showMessage(`3D view unavailable: ${this.glError}. The 2D view works without WebGL.`);return}this.message.hidden=!0,this.figure.hidden=!1,this.hint.hidden=!1,this.resize(t),this.applyTheme(!1);let{nx:r,ny:s}=e,[a,o]=e.header.axes,l=e.header.metrics[t.metric]??"",c=sb(a.coords,o.coords,a.unit===o.unit,KA),h=t.scale==="log",f=Ir(i,t.domain,t.scale),u=f??(h?[.1,1]:[0,1]),d=lb(u,h,Va),p=new bi(u,{scale:t.scale,palette:t.palette}),x=this.surfaceBuffers(r,s);hb(x,i,c,d,p,!0),ub(x,QA);let m=this.surfaceMesh.geometry;for(let G of["position","normal","color"]){let B=m.getAttribute(G);B.needsUpdate=!0}if(x.indexChanged){let G=m.getIndex();G.clearUpdateRanges(),G.addUpdateRange(0,Math.max(1,x.indexCount)),G.needsUpdate=!0,m.setDrawRange(0,x.indexCount)}let g=m.boundingBox??(m.boundingBox=new bn);g.min.set(-c.halfX,-c.halfY,0),g.max.set(c.halfX,c.halfY,Va);let _=m.boundingSphere??(m.boundingSphere=new xn);g.getBoundingSphere(_),this.floor.scale.set(2*c.halfX+.16,2*c.halfY+.16,1);let E=fb(i,c,dr+.004);if(this.fillMarks(E.positions,E.kinds,E.count),t.floorContours){let G=bo(u,t.scale,ZA),B=xb(Do(i,r,s,G),c,dr+.002),Z=new Float32Array(B.segments*6),k=G.map($=>Ba(p.color($)));for(let $=0;$<B.segments;$++){let K=k[B.level[$]];Z.set(K,$*6),Z.set(K,$*6+3)}this.fillLines(this.contours,B.positions,Z,B.segments*2)}else this.fillLines(this.contours,new Float32Array(0),new Float32Array(0),0);let v=e.header.trajectory,A=t.path&&v&&v.y?Lr(v):[],w=db(A,i,c,d,dr+.01);this.fillPath(A,w);let b=Dr(A,a.coords,o.coords),S=yr(i),D=di(i,u),[C,P]=e.header.center,I=Math.max(60,Math.round(this.size[1]*.6)),O=l+(h?" (log)":""),R=Math.round(this.size[1]*.12);f?this.colorbar.draw(p,I,O,{top:R,clip:D}):this.colorbar.empty(O,"no finite values",{top:R});let N=A.length;this.legendSlot.replaceChildren(Fr(S,{hatched:!1,note:"no surface there; dots on the floor",center:{text:`centre (${tt(C)}, ${tt(P)})`,mark:"cross"},clip:{...D,low:p.colorAt(0),high:p.colorAt(1)},path:N>0?{count:N,first:A[0].step,last:A[N-1].step,early:Nr(0,N),late:Nr(N-1,N),tiny:Or(b,2,e.header.method)}:null})),this.shown={frame:e,values:i,layout:c,hs:d,metricName:l,points:A,spread:b,pathPositions:w,domain:f,scale:t.scale,frameSegments:aE(e,c)},this.axesKey="",this.element.dataset.vertices=String(x.vertexCount),this.element.dataset.pathPoints=String(A.length),this.element.dataset.pathSpread=b?String(b.fraction):"",this.render()}toPng(){return this.render(),mr(this.element,e=>e===this.readout||e===this.hint)}resetView(){this.controls?this.controls.reset():this.placeCamera(),this.render()}dispose(){if(this.disposed)return;this.disposed=!0,this.cleanups.forEach(i=>i()),this.cleanups.length=0,this.controls?.dispose(),this.controls=null;let e=new Set,t=i=>{i&&!e.has(i)&&(e.add(i),i.dispose())};this.scene.traverse(i=>{let r=i;t(r.geometry);let s=r.material;Array.isArray(s)?s.forEach(t):t(s),i instanceof rr&&t(i)}),t(this.sphere),t(this.dot),this.labelLayer.replaceChildren(),this.scene.clear(),this.shown=null,this.renderer&&(this.renderer.dispose(),this.renderer.forceContextLoss(),this.renderer=null)}listen(e,t,i){e.addEventListener(t,i),this.cleanups.push(()=>e.removeEventListener(t,i))}ensureRenderer(){if(this.renderer)return!0;if(this.glError)return!1;try{this.renderer=new Nc({canvas:this.canvas,antialias:!rE(),preserveDrawingBuffer:!0})}catch(t){return this.glError=`WebGL could not be started (${t.message||String(t)})`,!1}this.renderer.outputColorSpace=Ht,this.renderer.setPixelRatio(Math.max(1,Math.min(2,window.devicePixelRatio||1)));let e=new Uc(this.camera,this.canvas);return e.target.copy(Ua),e.enableDamping=!1,e.minDistance=1.2,e.maxDistance=30,e.update(),e.saveState(),e.addEventListener("change",()=>this.render()),this.controls=e,this.listen(this.canvas,"webglcontextrestored",()=>this.render()),!0}showMessage(e){this.message.textContent=e,this.message.hidden=!1,this.figure.hidden=!0,this.hint.hidden=!0,this.readout.textContent=" ",this.legendSlot.replaceChildren(),this.labelLayer.replaceChildren(),this.axesKey="",this.shown=null,this.element.dataset.vertices="0",this.element.dataset.pathPoints="0"}placeCamera(){let e=Math.cos(wb);this.camera.position.set(Ua.x+Df*e*Math.cos(Sb),Ua.y+Df*e*Math.sin(Sb),Ua.z+Df*Math.sin(wb)),this.camera.lookAt(Ua)}resize(e){let t=Math.max(120,Math.round(e.fit?e.fit.height:e.maxSide)),i=e.fit?Math.max(160,Math.min(Math.round(e.fit.width)-jA,2*t)):Math.round(t*1.15);this.size[0]===i&&this.size[1]===t||(this.size=[i,t],this.renderer.setSize(i,t),this.camera.aspect=i/t,this.camera.updateProjectionMatrix(),this.labelLayer.setAttribute("width",String(i)),this.labelLayer.setAttribute("height",String(t)),this.axesKey="")}render(){!this.renderer||this.disposed||(this.layoutAxes(),this.renderer.render(this.scene,this.camera),this.element.dataset.camera=this.cameraKey())}cameraKey(){let e=this.camera.position;return`${e.x.toFixed(2)},${e.y.toFixed(2)},${e.z.toFixed(2)}`}applyTheme(e){let t=document.documentElement,i=getComputedStyle(t),r=t.classList.contains("tbl-dark"),s={bg:i.getPropertyValue("--tbl-bg").trim()||(r?"#303030":"#ffffff"),fg:i.getPropertyValue("--tbl-fg").trim()||(r?"#eeeeee":"#212121"),muted:i.getPropertyValue("--tbl-muted").trim()||(r?"#bdbdbd":"#616161"),dark:r},a=this.theme;if(!e&&a&&a.bg===s.bg&&a.fg===s.fg&&a.muted===s.muted)return;this.theme=s;let o=Of(s.bg,r?3158064:16777215),l=Of(s.fg,r?15658734:2171169);this.renderer?.setClearColor(o,1),this.floorMaterial.color.copy(o).lerp(l,r?.08:.045),this.frameMaterial.color.copy(Of(s.muted,8947848))}surfaceBuffers(e,t){if(this.surf&&this.surf.nx===e&&this.surf.ny===t)return this.surf;let i=cb(e,t),r=new At;return r.setAttribute("position",new wt(i.positions,3).setUsage(Fi)),r.setAttribute("normal",new wt(i.normals,3).setUsage(Fi)),r.setAttribute("color",new wt(i.colors,3).setUsage(Fi)),r.setIndex(new wt(i.index,1).setUsage(Fi)),this.surfaceMesh.geometry.dispose(),this.surfaceMesh.geometry=r,this.surf=i,i}fillLines(e,t,i,r){let s=Uf(e,r);s.getAttribute("position").array.set(t.subarray(0,r*3)),s.getAttribute("color").array.set(i.subarray(0,r*3)),Bf(s,r)}fillMarks(e,t,i){let r=Uf(this.marks,i);r.getAttribute("position").array.set(e.subarray(0,i*3));let s=r.getAttribute("color").array,a=[Ba(Yi),Ba(Ki),Ba(Zi)];for(let o=0;o<i;o++)s.set(a[t[o]],o*3);Bf(r,i)}fillPath(e,t){let i=e.length,r=new Float32Array(i*3);for(let o=0;o<i;o++)r.set(Ba(Nr(o,i)),o*3);this.fillLines(this.pathLine,t,r,i),i>this.pathDots.instanceMatrix.count&&(this.scene.remove(this.pathDots),this.pathDots.dispose(),this.pathDots=new rr(this.sphere,this.pathMaterial,Math.max(i,2*this.pathDots.instanceMatrix.count)),this.pathDots.frustumCulled=!1,this.scene.add(this.pathDots));let s=new it,a=new Ge;for(let o=0;o<i;o++){let l=o===i-1?Tb:Eb;s.makeScale(l,l,l).setPosition(t[o*3],t[o*3+1],t[o*3+2]),this.pathDots.setMatrixAt(o,s);let c=r.subarray(o*3,o*3+3);this.pathDots.setColorAt(o,a.setRGB(c[0],c[1],c[2]))}this.pathDots.count=i,this.pathDots.instanceMatrix.needsUpdate=!0,this.pathDots.instanceColor&&(this.pathDots.instanceColor.needsUpdate=!0)}layoutAxes(){let e=this.shown;if(!e)return;let[t,i]=this.size,r=this.camera;r.updateMatrixWorld();let s=`${r.position.toArray().map(k=>k.toFixed(4))} ${r.quaternion.toArray().map(k=>k.toFixed(5))} ${r.zoom} ${t}x${i}`;if(s===this.axesKey)return;this.axesKey=s;let{layout:a,hs:o}=e,{halfX:l,halfY:c}=a,h=dr,f=new z,u=(k,$,K)=>(f.set(k,$,K).project(r),f.z>=-1&&f.z<=1?[(f.x+1)/2*t,(1-f.y)/2*i]:null),d=(k,$,K)=>{let Q=u(k[0],k[1],k[2]),ce=u($[0],$[1],$[2]);return Q&&ce?yb(ce[0]-Q[0],ce[1]-Q[1],K):K},p=[[-l,-c],[l,-c],[l,c],[-l,c]],x=p.map(([k,$])=>{let K=u(k,$,h);return{x:K?K[0]:NaN,y:K?K[1]:NaN,depth:r.position.distanceTo(f.set(k,$,h))}}),m=Mb(x),g=e.frameSegments.slice(),_=[],[E,v]=e.frame.header.axes,A=(k,$,K)=>{let Q=$.length;if(Q<2)return;let ce=$[0],X=$[Q-1],ie=Ne=>k==="x"?[ur(a,Ne),m.xEdge*c,h]:[m.yEdge*l,fr(a,Ne),h],oe=k==="x"?[0,m.xEdge*Vc,0]:[m.yEdge*Vc,0,0],pe=(Ne,Ke,ze=1)=>[Ne[0]+ze*Ke[0],Ne[1]+ze*Ke[1],Ne[2]+ze*Ke[2]],ne=ie((ce+X)/2),Se=d(ne,pe(ne,oe),[0,1]),He=u(...ie(ce)),we=u(...ie(X)),Ye=He&&we?Math.hypot(we[0]-He[0],we[1]-He[1]):0,Je=Nf(Ne=>Fn([ce,X],Ne),Math.max(1,Math.min(8,Math.floor(Ye/tE))),Ne=>{let Ke=pe(ie(Ne.value),oe),ze=u(Ke[0],Ke[1],Ke[2]);return ze?Oa(ze[0],ze[1],Se[0],Se[1],Hc(Ne.label,Cb),Pb,zc):null},Ff),xe=0;Je.ticks.forEach((Ne,Ke)=>{let ze=ie(Ne.value);g.push(...ze,...pe(ze,oe)),_.push({box:Je.boxes[Ke],priority:1,text:Ne.label,axis:k,kind:"tick"}),xe=Math.max(xe,_b(Se[0],Se[1],Je.boxes[Ke].width,Je.boxes[Ke].height)+zc)});let qe=u(...pe(ne,oe));if(qe&&K){let Ne=Oa(qe[0],qe[1],Se[0],Se[1],Hc(K,Rb),Ib,zc+xe+2);_.push({box:Ne,priority:2,text:K,axis:k,kind:"title"})}},[w,b]=p[m.zCorner],S=[Math.sign(w)*Vc*Math.SQRT1_2,Math.sign(b)*Vc*Math.SQRT1_2];g.push(w,b,h,w,b,Va);let C=[d([w,b,0],[w+S[0],b+S[1],0],[-1,0])[0]>0?1:-1,0],P=u(w,b,0),I=u(w,b,Va),O=P&&I?Math.hypot(I[0]-P[0],I[1]-P[1]):0;if(e.domain){let k=e.domain,$=Nf(K=>Pr(k,e.scale,K),Math.max(1,Math.min(10,Math.floor(O/nE))),K=>{let Q=_s(o,K.value),ce=u(w+S[0],b+S[1],Q);return ce?Oa(ce[0],ce[1],C[0],C[1],Hc(K.label,Cb),Pb,zc):null},Ff);$.ticks.forEach((K,Q)=>{let ce=_s(o,K.value);g.push(w,b,ce,w+S[0],b+S[1],ce),_.push({box:$.boxes[Q],priority:1,text:K.label,axis:"z",kind:"tick"})})}let R=e.metricName+(o.log?" (log)":"");if(I&&R){let k=Oa(I[0],I[1],0,-1,Hc(R,Rb),Ib,8);_.push({box:k,priority:2,text:R,axis:"z",kind:"title"})}A("x",E.coords,E.label||"x"),A("y",v.coords,v.label||"y");let N=new Float32Array(g),G=Uf(this.frameLines,N.length/3);G.getAttribute("position").array.set(N),G.getAttribute("color").array.fill(1,0,N.length),Bf(G,N.length/3);let Z=vb(_,{x:0,y:0,width:t,height:i},Ff);this.labelLayer.replaceChildren(...Z.map(k=>{let $=_[k];return Fe("text",{class:$.kind==="title"?"tbl-axis-title":null,x:$.box.x.toFixed(1),y:($.box.y+$.box.height/2).toFixed(1),"dominant-baseline":"central","data-axis":$.axis,"data-kind":$.kind},[$.text])})),this.element.dataset.axes=`x:${m.xEdge} y:${m.yEdge} z:${m.zCorner}`,this.element.dataset.labels=String(Z.length)}onKey(e){if(!this.controls||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.controls.target,i=this.camera.position.clone().sub(t),r=i.length(),s=Math.atan2(i.y,i.x),a=Math.acos(Math.min(1,Math.max(-1,i.z/r)));switch(e.key){case"ArrowLeft":s-=kc;break;case"ArrowRight":s+=kc;break;case"ArrowUp":a-=kc/2;break;case"ArrowDown":a+=kc/2;break;case"+":case"=":r*=Ab;break;case"-":case"_":r/=Ab;break;case"0":e.preventDefault(),e.stopPropagation(),this.resetView();return;default:return}e.preventDefault(),e.stopPropagation(),a=Math.min(Math.PI-.02,Math.max(.02,a)),r=Math.min(this.controls.maxDistance,Math.max(this.controls.minDistance,r)),this.camera.position.set(t.x+r*Math.sin(a)*Math.cos(s),t.y+r*Math.sin(a)*Math.sin(s),t.z+r*Math.cos(a)),this.camera.lookAt(t),this.controls.update(),this.render()}onPointerMove(e){!this.shown||!this.renderer||e.buttons!==0||(this.hoverAt=[e.clientX,e.clientY],!this.hoverFrame&&(this.hoverFrame=requestAnimationFrame(()=>{this.hoverFrame=0;let t=this.hoverAt;this.hoverAt=null,t&&!this.disposed&&this.hover(t[0],t[1])})))}onPointerLeave(){this.hoverFrame&&cancelAnimationFrame(this.hoverFrame),this.hoverFrame=0,this.hoverAt=null,this.readout.textContent=" "}hover(e,t){let i=this.shown,r=this.surf;if(!i||!r)return;let s=this.canvas.getBoundingClientRect();if(!(s.width>0&&s.height>0))return;let a=e-s.left,o=t-s.top;this.raycaster.setFromCamera(new De(a/s.width*2-1,1-o/s.height*2),this.camera);let{origin:l,direction:c}=this.raycaster.ray,h=[l.x,l.y,l.z],f=[c.x,c.y,c.z],u=If(r,h,f),d=i.points.length,p=v=>v===d-1?Tb:Eb,x=-1;if(d>0){let v=new Float32Array(d*2),A=new z;for(let b=0;b<d;b++){A.set(i.pathPositions[b*3],i.pathPositions[b*3+1],i.pathPositions[b*3+2]).project(this.camera);let S=A.z>=-1&&A.z<=1;v[b*2]=S?(A.x+1)/2*s.width:1/0,v[b*2+1]=S?(1-A.y)/2*s.height:1/0}let w=[this.camera.position.x,this.camera.position.y,this.camera.position.z];for(let b of bb(v,a,o,eE))if(mb(r,w,i.pathPositions,b,p(b))){x=b;break}x<0&&(x=gb(i.pathPositions,d,p,h,f,u?u.t:1/0))}if(this.element.dataset.hover=x>=0?`path:${x}`:u?"surface":"",x>=0){let v=i.points[x],A=i.spread?.tiny?` · the path barely moves in this plane (within ${ks(i.spread.fraction)} of its span)`:"";this.readout.textContent=`step ${v.step}: on-plane loss = ${tt(v.planeLoss)}, true loss = ${tt(v.trueLoss)}, residual = ${tt(v.residual)}${A}`;return}if(!u){this.readout.textContent=" ";return}let[m,g]=ob(i.layout,h[0]+u.t*f[0],h[1]+u.t*f[1]),[_,E]=i.frame.header.axes;this.readout.textContent=`${_.label||"x"} = ${tt(m)}, ${E.label||"y"} = ${tt(g)}: ${i.metricName} = ${tt(pb(i.values,u,i.hs.log))}`}};function Ba(n){return[Fa[n[0]],Fa[n[1]],Fa[n[2]]]}function Of(n,e){let t=new Ge(e);if(/^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|[a-z]+)$/i.test(n)){let i=console.warn;console.warn=()=>{};try{t.setStyle(n)}finally{console.warn=i}}return t}function Uf(n,e){let t=n.geometry,i=t.getAttribute("position");if(i&&i.count>=e)return t;let r=Math.max(e,2*(i?.count??0),16),s=new At;return s.setAttribute("position",new wt(new Float32Array(r*3),3).setUsage(Fi)),s.setAttribute("color",new wt(new Float32Array(r*3),3).setUsage(Fi)),t.dispose(),n.geometry=s,s}function iE(n){let e=n.getAttribute("position").count;return n.setAttribute("color",new wt(new Float32Array(e*3).fill(1),3)),n}function Bf(n,e){for(let t of["position","color"]){let i=n.getAttribute(t);i&&(i.clearUpdateRanges(),i.addUpdateRange(0,Math.max(e,1)*3),i.needsUpdate=!0)}n.setDrawRange(0,e)}var ka=null;function rE(){if(ka!==null)return ka;ka=!1;try{let n=document.createElement("canvas").getContext("webgl");if(n){let e=n.getExtension("WEBGL_debug_renderer_info"),t=String(n.getParameter(e?e.UNMASKED_RENDERER_WEBGL:n.RENDERER));ka=/swiftshader|llvmpipe|softpipe|software|basic render/i.test(t),n.getExtension("WEBGL_lose_context")?.loseContext()}}catch{}return ka}function sE(){let n=document.createElement("canvas");n.width=n.height=32;let e=n.getContext("2d");e&&(e.fillStyle="#ffffff",e.beginPath(),e.arc(16,16,14,0,2*Math.PI),e.fill());let t=new ha(n);return t.colorSpace=Ht,t}function aE(n,e){let{halfX:t,halfY:i}=e,r=dr,s=[],a=(f,u)=>s.push(...f,...u);a([-t,-i,r],[t,-i,r]),a([t,-i,r],[t,i,r]),a([t,i,r],[-t,i,r]),a([-t,i,r],[-t,-i,r]);let[o,l]=n.header.center,c=ur(e,o),h=fr(e,l);return Number.isFinite(c)&&Number.isFinite(h)&&(a([c-.06,h,r+.003],[c+.06,h,r+.003]),a([c,h-.06,r+.003],[c,h+.06,r+.003])),s}var za,Gc=new Map;function Hc(n,e){let t=`${e}\0${n}`,i=Gc.get(t);if(i!==void 0)return i;za===void 0&&(za=document.createElement("canvas").getContext("2d"));let r=parseFloat(e)||11;return za?(za.font=e,i=Math.ceil(za.measureText(n).width)+1):i=Math.ceil(n.length*r*.6),Gc.size>4096&&Gc.clear(),Gc.set(t,i),i}function vs(n){switch(n){case"2d":return new Oo;case"3d":return new Wc;case"1d":return new Lo}}function Nb(){return`
${Jm}
${Lb}
`}var oE=90;function lE(n){return vs(n===2?"2d":"1d")}var $c=class{constructor(){this.element=re("div",{class:"tbl-compare-area","data-testid":"compare"});this.grid=re("div",{class:"tbl-compare"});this.bar=new yi;this.tiles=new Map;this.bar.element.dataset.testid="shared-colorbar",this.element.append(this.grid,re("div",{class:"tbl-compare-bar"},[this.bar.element]))}show(e,t,i,r){let s=e.map(u=>u.frame).filter(u=>u!==null),a=Math.max(0,...s.map(u=>Mm(u,"equal"))),o=Sm(e.length,{width:r.width-oE,height:r.height},a);this.grid.style.gridTemplateColumns=`repeat(${o.columns}, max-content)`;let l={...i,fit:o.fit,aspect:"equal",colorbar:!1,overlays:[]},c=new Set(e.map(u=>u.run));for(let[u,d]of this.tiles)c.has(u)||(d.renderer?.dispose(),d.element.remove(),this.tiles.delete(u));let h=[];for(let u of e){let d=this.tiles.get(u.run)??this.newTile(u.run);d.caption.textContent=u.caption;let p=u.frame?u.frame.header.metrics.indexOf(t):-1,x=u.message??(u.frame&&p<0?`no metric "${t}"`:null);if(!u.frame||x)d.message.textContent=x??"no record",d.message.hidden=!1,d.slot.hidden=!0;else{let m=u.frame.header.dims;(!d.renderer||d.dims!==m)&&(d.renderer?.dispose(),d.renderer=lE(m),d.dims=m,d.slot.replaceChildren(d.renderer.element)),d.message.hidden=!0,d.slot.hidden=!1,d.renderer.draw(u.frame,{...l,metric:p})}h.push(d.element)}let f=Array.from(this.grid.children);(f.length!==h.length||f.some((u,d)=>u!==h[d]))&&this.grid.replaceChildren(...h),this.drawBar(s.filter(u=>u.header.dims===2),t,i)}drawBar(e,t,i){let r=this.grid.querySelector(".tbl-tile:not([hidden]) canvas.tbl-plot"),s=this.bar.element.parentElement;if(s.hidden=!i.domain||e.length===0||!r,s.hidden||!i.domain||!r)return;let a=new bi(i.domain,{scale:i.scale,palette:i.palette}),o={below:0,above:0};for(let h of e){let f=h.header.metrics.indexOf(t);if(f<0)continue;let u=di(Ut(h,f),i.domain);o.below+=u.below,o.above+=u.above}let l=r.getBoundingClientRect(),c=Math.max(25,Math.round(l.top-this.element.getBoundingClientRect().top));this.bar.draw(a,Math.max(60,Math.round(l.height)),t+(i.scale==="log"?" (log)":""),{top:c,clip:o})}resetView(){for(let e of this.tiles.values())e.renderer?.resetView()}dispose(){for(let e of this.tiles.values())e.renderer?.dispose();this.tiles.clear(),this.grid.replaceChildren()}newTile(e){let t=re("div",{class:"tbl-tile-name",title:e},[e]),i=re("div",{class:"tbl-tile-caption"}),r=re("div",{class:"tbl-tile-message",hidden:!0}),s=re("div",{class:"tbl-tile-plot"}),o={element:re("div",{class:"tbl-tile","data-run":e},[t,i,r,s]),name:t,caption:i,message:r,slot:s,renderer:null,dims:null};return this.tiles.set(e,o),o}},Xc=class{constructor(){this.element=re("div",{class:"tbl-diff","data-testid":"diff"});this.caption=re("div",{class:"tbl-diff-caption"});this.message=re("div",{class:"tbl-diff-message","data-testid":"diff-message",role:"alert",hidden:!0});this.slot=re("div");this.renderer=null;this.dims=null;this.element.append(this.caption,this.message,this.slot)}get current(){return this.renderer&&!this.slot.hidden?this.renderer:null}show(e,t,i){this.caption.textContent=t,(!this.renderer||this.dims!==e.header.dims)&&(this.renderer?.dispose(),this.renderer=vs(e.header.dims===2?"2d":"1d"),this.dims=e.header.dims,this.slot.replaceChildren(this.renderer.element)),this.message.hidden=!0,this.slot.hidden=!1,this.renderer.draw(e,i)}showMessage(e,t,i){this.caption.textContent=e,this.message.textContent=t,this.message.title=i??"",this.message.hidden=!1,this.slot.hidden=!0}resetView(){this.renderer?.resetView()}dispose(){this.renderer?.dispose(),this.renderer=null,this.dims=null,this.slot.replaceChildren()}};var cE=980,hE=270,uE=64,fE=16,qc={width:300,height:260},dE=40,Yc=class{constructor(){this.element=re("div",{class:"tbl-main",hidden:!0});this.title=re("div",{class:"tbl-title","data-testid":"title"});this.meta=re("div",{class:"tbl-meta"});this.note=re("div",{class:"tbl-note","data-testid":"note"});this.message=re("div",{class:"tbl-message","data-testid":"message"});this.hint=re("div",{class:"tbl-hint","data-testid":"hint",hidden:!0});this.hintText=re("span");this.hintButton=dn("use the log scale","log-hint","Log colour scale for all tiles");this.slot=re("div",{class:"tbl-view"});this.tiles=new $c;this.diffView=new Xc;this.exportable=null;this.renderer=null;this.rendererKind=null;this.panel=null;this.observer=null;this.cleanups=[];this.hint.append(this.hintText,this.hintButton),this.element.append(this.title,this.meta,this.note,this.message,this.hint,this.slot)}watch(e){let t=0,i=()=>{t||(t=requestAnimationFrame(()=>(t=0,e())))};window.addEventListener("resize",i),this.cleanups.push(()=>window.removeEventListener("resize",i)),typeof ResizeObserver=="function"&&(this.observer=new ResizeObserver(i),this.observer.observe(this.slot))}space(){let e=this.element.parentElement,t=this.element.hidden&&e?e.getBoundingClientRect():this.slot.getBoundingClientRect(),i=Math.floor(this.element.hidden&&e?e.clientWidth-32:t.width),r=(this.element.hidden?t.bottom+dE:t.top)+window.scrollY,s=Math.floor(window.innerHeight-r-fE),a=i>=cE,o={width:Math.max(qc.width,a?i-hE:i),height:Math.max(qc.height,a?s:s-uE)};return this.slot.classList.toggle("tbl-wide",a),{fit:o,wide:a,slot:{width:Math.max(qc.width,i),height:Math.max(qc.height,s)}}}mainRenderer(e){if(this.show("main"),!this.renderer||this.rendererKind!==e){this.renderer?.dispose(),this.renderer=null;try{this.renderer=vs(e)}catch(t){this.message.textContent=`The ${e.toUpperCase()} view is not available here: ${t.message}`,this.renderer=vs(e==="3d"?"2d":"1d")}this.rendererKind=e,this.slot.replaceChildren(this.renderer.element)}return this.renderer}show(e){if(e!=="tiles"&&this.suggest(null),e===this.panel)return;this.panel=e,e!=="main"&&(this.message.textContent="");let t=e==="main"?this.renderer?.element:e==="tiles"?this.tiles.element:this.diffView.element;this.slot.replaceChildren(...t?[t]:[])}caption(e,t){this.title.textContent=e,this.meta.textContent=t}suggest(e){this.hint.hidden=e===null,this.hintText.textContent=e??""}drawTimed(e){let t=performance.now();e(),performance.mark("tbl-drawn"),window.__TBL_LAST_DRAW_MS=performance.now()-t,window.__TBL_DRAWS=(window.__TBL_DRAWS??0)+1}resetView(){this.renderer?.resetView(),this.tiles.resetView(),this.diffView.resetView()}clear(){this.exportable=null,this.element.hidden=!0,this.note.textContent="",this.message.textContent="",this.suggest(null)}dispose(){this.observer?.disconnect(),this.cleanups.forEach(e=>e()),this.renderer?.dispose(),this.tiles.dispose(),this.diffView.dispose()}};function pE(){try{return window.parent!==window&&window.parent.document.body.classList.contains("dark-mode")}catch{return!1}}function mE(){return typeof window.matchMedia=="function"&&window.matchMedia("(prefers-color-scheme: dark)").matches}function gE(){return pE()||mE()}function Db(n){let e=()=>n.classList.toggle("tbl-dark",gE());e();let t=[];if(typeof window.matchMedia=="function"){let i=window.matchMedia("(prefers-color-scheme: dark)");i.addEventListener("change",e),t.push(()=>i.removeEventListener("change",e))}try{if(window.parent!==window){let i=window.parent.document.body,r=new MutationObserver(e);r.observe(i,{attributes:!0,attributeFilter:["class"]}),t.push(()=>r.disconnect())}}catch{}return()=>t.forEach(i=>i())}var bE=150,Fb="landscape";function Ob(n,e){return e!==null&&n.includes(e)?e:n[0]??null}var Kc=class{constructor(e){this.opts=e;this.root=re("div",{class:"tbl-root"});this.wish=null;this.state=$n;this.loaded=zi;this.otherSteps=new Map;this.latestAtPin=null;this.controls=[];this.places={toolbar:re("div",{class:"tbl-toolbar"}),options:re("div",{class:"tbl-toolbar tbl-options"}),evolution:re("div",{class:"tbl-evolution"}),compare:re("div",{class:"tbl-compare-panel"})};this.status=re("span",{class:"tbl-status","data-testid":"status",role:"status"});this.helpButton=dn("?","help",`Keyboard shortcuts: ${_h.map(([e,t])=>`${e}: ${t}`).join("; ")}`);this.helpPanel=re("div",{class:"tbl-help","data-testid":"help-panel",hidden:!0},jd());this.resetViewButton=dn("reset view","reset-view","Back to the initial zoom / camera");this.exportButtons={png:dn("PNG","export-png","Save the picture as PNG, titled with run, tag, step and metric"),csv:dn("CSV","export-csv","Save the grid as CSV"),json:dn("JSON","export-json","Save the grid as JSON")};this.exportGroup=re("span",{class:"tbl-export",role:"group","aria-label":"Export"});this.playButton=dn("▶","play","Play / pause (Space)");this.slider=re("input",{type:"range","data-testid":"step-slider",min:0,max:0,step:1,value:0,"aria-label":"Step"});this.stepLabel=re("span",{class:"tbl-step-label","data-testid":"step-label"});this.liveButton=dn("","live-indicator","New steps were logged: jump to the latest (End)");this.empty=re("div",{class:"tbl-empty","data-testid":"empty",hidden:!0},Qd());this.stage=new Yc;this.drawnStep=null;this.requestedKey=null;this.seq=0;this.drawnSeq=0;this.selection=0;this.prefetching=!1;this.generation=0;this.inflight=null;this.timer=null;this.urlTimer=null;this.hash=tp();this.stopTheme=null;this.lastError=null;this.stopped=!1;this.cleanups=[];this.loader=new ja(t=>e.api.landscape(t.run,t.tag,t.step)),this.player=new Qa({speed:()=>this.state.play.speed,drawn:()=>this.drawnSeq===this.seq,index:()=>this.currentIndex(),count:()=>this.loaded.steps.length,go:t=>this.setIndex(t),changed:t=>{this.playButton.textContent=t?"❚❚":"▶",this.playButton.setAttribute("aria-pressed",String(t))}}),this.build(),this.setStatus("loading","Loading…"),this.wire()}build(){for(let a of bh){if(!a.control)continue;let o=$d(a);o.onChange(l=>this.choose(a,l)),this.controls.push(o)}let e=a=>this.controls.filter(o=>o.option.place===a).map(o=>o.element),{toolbar:t,options:i,evolution:r,compare:s}=this.places;this.helpButton.setAttribute("aria-expanded","false"),t.append(...e("toolbar"),this.status,re("span",{class:"tbl-spacer"}),this.helpButton),this.exportGroup.append("Export",this.exportButtons.png,this.exportButtons.csv,this.exportButtons.json),i.append(...e("options"),this.resetViewButton,this.exportGroup),this.liveButton.hidden=!0,this.liveButton.classList.add("tbl-live"),this.playButton.setAttribute("aria-pressed","false"),this.playButton.classList.add("tbl-play"),r.append(this.playButton,this.slider,this.stepLabel,this.liveButton,...e("evolution")),s.append(...e("compare")),this.root.append(t,this.helpPanel,i,r,s,this.empty,this.stage.element),this.showPanels()}wire(){let e=(r,s,a)=>r.addEventListener(s,a);e(this.resetViewButton,"click",()=>this.stage.resetView());for(let r of["png","csv","json"])e(this.exportButtons[r],"click",()=>{this.export(r)});e(this.playButton,"click",()=>this.player.toggle());let t=0;e(this.slider,"input",()=>{t||(t=requestAnimationFrame(()=>{t=0,this.setIndex(Number(this.slider.value))}))}),e(this.liveButton,"click",()=>this.goLatest()),e(this.helpButton,"click",()=>this.toggleHelp()),e(this.stage.hintButton,"click",()=>this.choose(Is.scale,"log"));let i=r=>this.onKey(r);document.addEventListener("keydown",i),this.cleanups.push(()=>document.removeEventListener("keydown",i))}choose(e,t){if(this.state=e.set(this.state,t,this.ctx()),e.selects){this.wish=null,this.selectionChanged();return}e===Is.speed&&this.player.retime(),this.saveUrl(),hh(this.state,this.loaded).some(r=>r!==this.state.run&&!this.otherSteps.has(r))?this.refresh():this.update()}ctx(){return Ps(this.state,this.loaded)}start(){this.state=Gd(this.hash.get(),Fb),this.wish={run:this.state.run,tag:this.state.tag},this.stopTheme=Db(document.documentElement),this.stage.watch(()=>this.update()),window.__TBL_DRAWS=window.__TBL_DRAWS??0,window.__TBL_APP={setStep:e=>{let t=Xn(this.loaded),i=t.indexOf(e),r=i>=0?i:Ka(t,e);r>=0&&this.setIndex(r)},steps:()=>Xn(this.loaded)},this.refresh().then(()=>this.schedule())}stop(){this.stopped=!0,this.timer!==null&&clearTimeout(this.timer),this.urlTimer!==null&&clearTimeout(this.urlTimer),this.timer=this.urlTimer=null,this.player.stop(),this.generation++,this.loader.cancelPending(),this.stopTheme?.(),this.cleanups.forEach(e=>e()),this.stage.dispose()}schedule(){this.opts.pollMs<=0||this.stopped||(this.timer=setTimeout(async()=>{!this.inflight&&!document.hidden&&await this.refresh(),this.schedule()},this.opts.pollMs))}selectionChanged(){this.clearView(),this.state={...this.state,step:null},this.latestAtPin=null,this.setStatus("loading","Loading…"),this.saveUrl(),this.refresh()}refresh(){let e=++this.generation,t=this.load(e).finally(()=>{this.inflight===t&&(this.inflight=null)});return this.inflight=t,t}async load(e){let t=()=>e===this.generation&&!this.stopped;try{let i=await this.opts.api.tags();if(!t()||!this.takeTags(i))return;let{run:r,tag:s}=this.state,a=hh(this.state,this.loaded).filter(c=>c!==r),[o,...l]=await Promise.all([this.opts.api.steps(r,s),...a.map(c=>this.opts.api.steps(c,s).catch(()=>null))]);if(!t())return;this.otherSteps.clear(),a.forEach((c,h)=>{let f=l[h];f&&this.otherSteps.set(c,f.steps)}),this.takeSteps(o)}catch(i){if(!t())return;this.fail(i)}}takeTags(e){let t=xh(Object.keys(e).filter(l=>Object.keys(e[l]).length>0));if(t.length===0)return this.showEmpty(),!1;this.empty.hidden=!0;let i=this.wish;this.wish=Td(i,t,l=>Object.keys(e[l]));let r=Ob(t,i?.run??this.state.run),s=xh(Object.keys(e[r])),a=Ob(s,i?.tag??this.state.tag);(r!==this.state.run||a!==this.state.tag)&&(this.drawnStep!==null?(this.clearView(),this.state={...this.state,step:null},this.latestAtPin=null):this.selection++,this.state={...this.state,run:r,tag:a},this.saveUrl());let o=a===null?[]:t.filter(l=>e[l][a]!==void 0);return this.loaded={...this.loaded,runs:t,tags:s,runsWithTag:o},this.syncControls(),a!==null}takeSteps(e){if(this.showSkipped(e),this.loaded={...this.loaded,steps:e.steps},e.steps.length===0){let t=e.skipped[0];this.setStatus("error",t?`No readable record for this run and tag (step ${t.step}: ${t.error})`:"No readable record for this run and tag.");return}this.lastError=null,this.state.step!==null&&this.latestAtPin===null&&(this.latestAtPin=e.steps[e.steps.length-1].step),this.update()}fail(e){let t=ep(e);t!==this.lastError&&console.warn("tb-landscape:",e),this.lastError=t,this.setStatus("error",t)}stepsOf(e){return e===this.state.run?this.loaded.steps:this.otherSteps.get(e)??[]}update(){if(this.stopped)return;this.syncControls();let e=wm({state:this.state,loaded:this.loaded,stepsOf:s=>this.stepsOf(s)},this.stage);if(!e)return;if(e.key===this.requestedKey){this.drawnSeq===this.seq&&this.setStatus("ready",this.readyText());return}this.requestedKey=e.key;let t=++this.seq,i=this.selection,r=e.needs.map(s=>this.loader.cached(s.ref)??null);if(r.every(s=>s!==null))this.commit(t,i,e,r);else{this.setStatus("loading",`Loading step ${e.step}…`);let s=e.needs.map((a,o)=>r[o]?Promise.resolve(r[o]):this.loader.load(a.ref).catch(l=>a.optional&&!(l instanceof br)?null:Promise.reject(l)));Promise.all(s).then(a=>this.commit(t,i,e,a),a=>{t!==this.seq||i!==this.selection||a instanceof br||(this.requestedKey=null,this.player.stop(),this.fail(a))})}this.prefetch()}commit(e,t,i,r){if(!(e<=this.drawnSeq||t!==this.selection||this.stopped)){this.drawnSeq=e;try{i.draw(r)}catch(s){this.fail(s);return}this.stage.element.hidden=!1,this.drawnStep=i.step;for(let s of Object.values(this.exportButtons))s.disabled=this.stage.exportable===null;e===this.seq?this.setStatus("ready",this.readyText()):this.setStatus("loading",this.status.textContent??""),JSON.stringify(this.stage.space())!==i.space&&requestAnimationFrame(()=>this.update())}}prefetch(){let{run:e,tag:t}=this.state;if(!this.prefetching||e===null||t===null)return;let i=_d(this.loaded.steps,this.currentIndex(),this.loader.cache.maxBytes*.75,r=>td(r.shape),r=>this.loader.isHeld(gi(t,e,r)));this.loader.prefetch(i.map(r=>gi(t,e,r)))}setIndex(e){let t=Xn(this.loaded);if(t.length===0)return;let i=Math.max(0,Math.min(t.length-1,e));this.prefetching=!0;let r=null;i===t.length-1?this.latestAtPin=null:(this.state.step===null&&(this.latestAtPin=t[t.length-1]),r=t[i]),this.state={...this.state,step:r},this.saveUrl(),this.update()}currentIndex(){return ki(Xn(this.loaded),this.state.step)}goLatest(){this.setIndex(this.loaded.steps.length-1)}syncControls(){let e=this.ctx();for(let t of this.controls){let i=t.option,r=t.sync(e);i.adopt&&r!==void 0&&i.codec.format(r)!==i.codec.format(i.get(this.state))&&(this.state=i.set(this.state,r,e),this.saveUrl())}this.syncSteps(),this.showPanels()}syncSteps(){let e=Xn(this.loaded),t=e.length,i=ki(e,this.state.step);this.slider.max=String(Math.max(0,t-1)),this.slider.value=String(Math.max(0,i)),this.slider.disabled=t<2,this.playButton.disabled=t<2;let r=i>=0?e[i]:null;this.slider.setAttribute("aria-valuetext",r===null?"no step":`step ${r}`),this.stepLabel.textContent=r===null?"":`step ${r} (${i+1}/${t})${this.state.step===null?" · latest":""}`;let s=t?e[t-1]:null,a=this.state.step!==null&&s!==null&&this.latestAtPin!==null&&s>this.latestAtPin;this.liveButton.hidden=!a,a&&(this.liveButton.textContent=`● new step ${s}`)}showPanels(){let e=this.ctx(),t=this.loaded.steps.length>0;this.places.options.hidden=!t,this.places.evolution.hidden=!t||e.diffing&&e.state.compare.diff?.kind==="steps",this.places.compare.hidden=!t||e.view!=="compare",this.exportGroup.hidden=e.view==="compare"&&!e.diffing}toggleHelp(){this.helpPanel.hidden=!this.helpPanel.hidden,this.helpButton.setAttribute("aria-expanded",String(!this.helpPanel.hidden))}setView(e){let t=Is.view;t.control.enabled(this.ctx(),e)&&this.choose(t,e)}onKey(e){if(e.defaultPrevented||this.loaded.steps.length===0&&e.key!=="?")return;let t=e.target instanceof HTMLElement?e.target:document.body,i=t.tagName==="CANVAS"||t.tagName==="svg",r={ctrl:e.ctrlKey,alt:e.altKey,meta:e.metaKey},s=wd(e.key,{tag:t.tagName,type:t.type,editable:t.isContentEditable},r);s&&(i&&(s.kind==="step"||s.kind==="first"||s.kind==="latest")||(e.preventDefault(),s.kind==="step"?this.setIndex(this.currentIndex()+s.delta):s.kind==="first"?this.setIndex(0):s.kind==="latest"?this.goLatest():s.kind==="play"?this.player.toggle():s.kind==="view"?this.setView(s.view):this.toggleHelp()))}async export(e){let t=this.stage.exportable;if(!t)return;let i=od(t.name,e);try{let r;if(e==="png"){if(!t.renderer)throw new Error("nothing drawn");r=await Jd(await t.renderer.toPng(),t.title)}else e==="csv"?r=new Blob([sd(t.frame)],{type:"text/csv"}):r=new Blob([ad(t.frame)],{type:"application/json"});Xd(r,i),this.exportGroup.title=`Saved ${i}`}catch(r){this.exportGroup.title=`Export failed: ${r.message}`,this.stage.message.textContent=`Export failed: ${r.message}`}}saveUrl(){this.urlTimer!==null&&clearTimeout(this.urlTimer),this.urlTimer=setTimeout(()=>{this.urlTimer=null;try{let e=this.hash.get(),t=this.wish?{run:this.wish.run??this.state.run,tag:this.wish.tag??this.state.tag}:{},i=Hd(e,{...this.state,...t},Fb);i!==e&&this.hash.set(i)}catch(e){console.warn("tb-landscape: cannot write the URL",e)}},bE)}readyText(){let e=this.loaded.steps.length;return`Step ${this.drawnStep} · ${e} step${e===1?"":"s"} logged`}showSkipped(e){let t=e.skipped.length,i=e.skipped[0];this.stage.note.textContent=t===0?"":`${t} record${t===1?"":"s"} could not be read and ${t===1?"is":"are"} not shown (step ${i.step}: ${i.error}${t>1?"; …":""}).`}clearView(){this.selection++,this.player.stop(),this.loader.cancelPending(),this.prefetching=!1,this.drawnStep=null,this.requestedKey=null,this.loaded={...this.loaded,steps:[]},this.otherSteps.clear(),this.stage.clear(),this.showPanels()}showEmpty(){this.clearView(),this.state={...this.state,run:null,tag:null},this.loaded=zi,this.empty.hidden=!1,this.syncControls(),this.setStatus("empty","No landscape data.")}setStatus(e,t){e!=="error"&&(this.lastError=null),this.status.dataset.state=e,this.status.dataset.step=this.drawnStep===null?"":String(this.drawnStep),this.status.textContent=t}};var Ub=`
html, body { margin: 0; padding: 0; background: var(--tbl-bg); }
/* A scroll bar coming or going does not change the width the pictures are sized to. */
html { scrollbar-gutter: stable; }
body:focus { outline: none; }
:root {
  --tbl-bg: #ffffff;
  --tbl-fg: #212121;
  --tbl-muted: #616161;
  --tbl-border: #e0e0e0;
  --tbl-input-bg: #ffffff;
  --tbl-accent: #f57c00;
  --tbl-line: #1976d2;
  --tbl-error: #c62828;
  --tbl-code-bg: #f5f5f5;
}
:root.tbl-dark {
  --tbl-bg: #303030;
  --tbl-fg: #eeeeee;
  --tbl-muted: #bdbdbd;
  --tbl-border: #555555;
  --tbl-input-bg: #424242;
  --tbl-accent: #ffb74d;
  --tbl-line: #64b5f6;
  --tbl-error: #ef9a9a;
  --tbl-code-bg: #424242;
  color-scheme: dark;
}
.tbl-root {
  font-family: Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  color: var(--tbl-fg);
  background: var(--tbl-bg);
  padding: 12px 16px;
}
.tbl-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-toolbar label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-toolbar label[hidden] { display: none; }
.tbl-root select {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; max-width: 320px;
}
.tbl-status { color: var(--tbl-muted); }
.tbl-status[data-state="error"] { color: var(--tbl-error); }
.tbl-title { font-size: 14px; font-weight: 500; margin: 4px 0 2px; overflow-wrap: anywhere; }
.tbl-meta, .tbl-note { color: var(--tbl-muted); font-size: 12px; margin-bottom: 6px; overflow-wrap: anywhere; }
.tbl-note:empty { display: none; }
.tbl-row { display: flex; align-items: flex-start; gap: 8px; }
.tbl-figure { position: relative; flex: none; }
.tbl-axes { position: absolute; left: 0; top: 0; overflow: visible; }
.tbl-plot { position: absolute; display: block; cursor: crosshair; }
.tbl-axis line, .tbl-frame { stroke: var(--tbl-muted); fill: none; shape-rendering: crispEdges; }
.tbl-axis text { fill: var(--tbl-fg); font-size: 11px; }
.tbl-axis .tbl-axis-title { fill: var(--tbl-muted); font-size: 12px; }
.tbl-colorbar { display: flex; flex-direction: column; gap: 2px; margin-top: -10px; }
.tbl-colorbar-title { color: var(--tbl-muted); font-size: 11px; height: 16px; white-space: nowrap; }
.tbl-colorbar-body { display: flex; align-items: flex-start; }
.tbl-colorbar-bar { display: block; outline: 1px solid var(--tbl-border); }
.tbl-colorbar-axis { overflow: visible; }
.tbl-readout { color: var(--tbl-muted); font-size: 12px; min-height: 16px; margin: 2px 0 0 64px; font-variant-numeric: tabular-nums; }
.tbl-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; color: var(--tbl-muted); font-size: 12px; margin: 4px 0 0 64px; }
.tbl-legend-entry { display: inline-flex; align-items: center; gap: 6px; }
.tbl-swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid var(--tbl-border); }
.tbl-hatched { background-image: repeating-linear-gradient(-45deg, rgba(255,255,255,0.9) 0 1.5px, transparent 1.5px 5.5px); }
.tbl-center-mark { font-weight: 700; font-size: 16px; line-height: 14px; }
.tbl-center-dash { display: inline-block; width: 14px; border-top: 1.5px dashed var(--tbl-accent); }
.tbl-curve-svg { display: block; overflow: visible; }
.tbl-curve-line { fill: none; stroke: var(--tbl-line); stroke-width: 1.5; stroke-linejoin: round; }
.tbl-curve-dot { fill: var(--tbl-line); }
.tbl-center-line { stroke: var(--tbl-accent); stroke-dasharray: 4 3; }
.tbl-zero-line { stroke: var(--tbl-fg); stroke-opacity: 0.6; stroke-width: 1; shape-rendering: crispEdges; }
.tbl-empty { max-width: 900px; line-height: 1.5; }
.tbl-empty h2 { font-size: 16px; font-weight: 500; margin: 8px 0; }
.tbl-empty pre {
  background: var(--tbl-code-bg); padding: 8px 12px; border-radius: 3px; overflow-x: auto;
  font-family: "Roboto Mono", Menlo, Consolas, monospace; font-size: 12px;
}
.tbl-toolbar input[type="number"] {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; width: 72px;
}
.tbl-toolbar input[aria-invalid="true"] { border-color: var(--tbl-error); }
.tbl-options { margin-top: -4px; }
.tbl-options > label, .tbl-options > span { white-space: nowrap; }
.tbl-check { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); cursor: pointer; }
.tbl-check input { margin: 0; accent-color: var(--tbl-accent); }
.tbl-clip, .tbl-export { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); }
.tbl-spacer { flex: 1 1 auto; }
.tbl-button {
  font: inherit; font-size: 12px; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 8px; cursor: pointer; line-height: 18px;
}
.tbl-button:hover:not(:disabled) { border-color: var(--tbl-muted); }
.tbl-button:disabled { opacity: 0.45; cursor: default; }
.tbl-button:focus-visible, .tbl-root select:focus-visible, .tbl-root input:focus-visible {
  outline: 2px solid var(--tbl-accent); outline-offset: 1px;
}
.tbl-segmented { display: inline-flex; }
.tbl-segmented .tbl-button { border-radius: 0; margin-left: -1px; min-width: 34px; }
.tbl-segmented .tbl-button:first-child { border-radius: 3px 0 0 3px; margin-left: 0; }
.tbl-segmented .tbl-button:last-child { border-radius: 0 3px 3px 0; }
.tbl-segmented .tbl-button[aria-pressed="true"] {
  background: var(--tbl-accent); border-color: var(--tbl-accent); color: #fff; position: relative; z-index: 1;
}
:root.tbl-dark .tbl-segmented .tbl-button[aria-pressed="true"] { color: #212121; }
.tbl-evolution { display: flex; align-items: center; gap: 10px; margin: 0 0 10px; max-width: 900px; }
.tbl-evolution label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); white-space: nowrap; }
.tbl-evolution label[hidden] { display: none; }
.tbl-evolution[hidden] { display: none; }
.tbl-play { min-width: 34px; }
.tbl-evolution input[type="range"] { flex: 1 1 auto; min-width: 120px; accent-color: var(--tbl-accent); margin: 0; }
.tbl-step-label { color: var(--tbl-muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; min-width: 150px; }
.tbl-live { color: var(--tbl-accent); border-color: var(--tbl-accent); white-space: nowrap; }
.tbl-help {
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 6px 12px; margin-bottom: 10px;
  font-size: 12px; color: var(--tbl-muted); max-width: 420px;
}
.tbl-help-title { font-weight: 500; color: var(--tbl-fg); margin-bottom: 4px; }
.tbl-help dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.tbl-help dt { font-family: "Roboto Mono", Menlo, Consolas, monospace; color: var(--tbl-fg); }
.tbl-help dd { margin: 0; }
.tbl-compare-panel { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-compare-panel > label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-compare-runs {
  display: flex; flex-wrap: wrap; gap: 4px 14px; border: 1px solid var(--tbl-border); border-radius: 3px;
  padding: 4px 10px 6px; margin: 0; max-width: 100%;
}
.tbl-compare-runs legend { color: var(--tbl-muted); font-size: 12px; padding: 0 4px; }
.tbl-compare-runs .tbl-check { color: var(--tbl-fg); max-width: 280px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbl-compare-area { display: flex; align-items: flex-start; gap: 12px; }
.tbl-compare { display: grid; gap: 16px 20px; align-items: start; }
.tbl-compare-bar { position: sticky; top: 8px; flex: none; }
.tbl-tile { min-width: 0; }
.tbl-tile-name { font-weight: 500; overflow-wrap: anywhere; }
.tbl-tile-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 2px; }
.tbl-tile-message { color: var(--tbl-muted); font-size: 12px; padding: 24px 0; }
.tbl-diff-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 4px; overflow-wrap: anywhere; }
.tbl-diff-message { color: var(--tbl-error); margin: 8px 0; }
.tbl-message { color: var(--tbl-error); font-size: 12px; margin-bottom: 6px; }
.tbl-hint { display: flex; align-items: center; gap: 10px; color: var(--tbl-fg); font-size: 12px; margin-bottom: 6px; }
/* A wide window: the read-out, legend and notes of a picture go beside it, not under it. */
.tbl-wide > :is(.tbl-heatmap, .tbl-surface, .tbl-curve), .tbl-wide > .tbl-diff > div > :is(.tbl-heatmap, .tbl-curve) {
  display: grid; grid-template-columns: max-content minmax(180px, 1fr); grid-auto-rows: min-content;
  column-gap: 20px; align-items: start;
}
.tbl-wide > :is(.tbl-heatmap, .tbl-surface, .tbl-curve) > :first-child,
.tbl-wide > .tbl-diff > div > :is(.tbl-heatmap, .tbl-curve) > :first-child { grid-row: 1 / span 8; }
.tbl-wide > :is(.tbl-heatmap, .tbl-surface, .tbl-curve) > :not(:first-child),
.tbl-wide > .tbl-diff > div > :is(.tbl-heatmap, .tbl-curve) > :not(:first-child) { grid-column: 2; margin-left: 0; }
.tbl-view.tbl-wide .tbl-readout { margin: 24px 0 8px; }
.tbl-view.tbl-wide .tbl-legend { flex-direction: column; align-items: flex-start; margin: 0; }
.tbl-message:empty { display: none; }
[hidden] { display: none !important; }
`;var xE=5e3;function yE(n,e){let t=[new URLSearchParams(n).get("poll"),e];for(let i of t){if(i==null||i==="")continue;let r=Number(i);if(Number.isFinite(r)&&r>=0)return r}return xE}function _E(n){if(!n||n.body)return!0;if(n.editable)return!1;let e=n.tag.toUpperCase();return e!=="INPUT"&&e!=="TEXTAREA"&&e!=="SELECT"}function vE(n=window){try{if(n.parent===n){let e=n.document.activeElement;if(e&&e!==n.document.body&&e!==n.document.documentElement)return!1}else{let e=n.parent.document,t=e.activeElement,i=n.frameElement,r=t===null||t===i?null:{tag:t.tagName,editable:t.isContentEditable,body:t===e.body||t===e.documentElement};if(!_E(r))return!1;i?.focus({preventScroll:!0})}return n.focus(),n.document.body.focus({preventScroll:!0}),!0}catch{return!1}}var Zc=null;function VL(){if(Zc)return;let n=document.createElement("style");n.textContent=Ub+Nb(),document.head.append(n),Zc=new Kc({api:new qa,pollMs:yE(window.location.search,window.__TBL_POLL_MS)}),document.body.tabIndex=-1,document.body.append(Zc.root),Zc.start(),vE()}export{vE as claimFocus,_E as mayTakeFocus,yE as pollInterval,VL as render};
