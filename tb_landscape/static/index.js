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
var Qf="TBL1",yt=class extends Error{constructor(e){super(e),this.name="FrameError"}},ed=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function Ot(n,e){if(!(Number.isInteger(e)&&e>=0&&e<n.metricCount))throw new RangeError(`metric index ${e} out of range [0, ${n.metricCount})`);let t=n.nx*n.ny;return n.values.subarray(e*t,(e+1)*t)}function nd(n){let e=n instanceof ArrayBuffer?new Uint8Array(n):new Uint8Array(n.buffer,n.byteOffset,n.byteLength);if(e.length<8)throw new yt(`frame too short: ${e.length} bytes, a frame has at least 8`);let t=String.fromCharCode(e[0],e[1],e[2],e[3]);if(t!==Qf)throw new yt(`bad magic ${JSON.stringify(t)}, expected "${Qf}"`);let i=new DataView(e.buffer,e.byteOffset,8).getUint32(4,!0),r=8+i;if(r>e.length)throw new yt(`header length ${i} runs past the end of the ${e.length}-byte frame`);if(r%4!==0)throw new yt(`misaligned frame: 8 + header length (${i}) = ${r} is not a multiple of 4`);let s;try{let h=new TextDecoder("utf-8",{fatal:!0}).decode(e.subarray(8,r));s=JSON.parse(h)}catch(h){throw new yt(`header is not UTF-8 JSON: ${h.message}`)}let a=Fb(s),o=a.shape,l=o.reduce((h,f)=>h*f,1),c=e.length-r;if(c!==l*4)throw new yt(`shape [${o.join(", ")}] needs ${l*4} bytes of float32 values, the frame has ${c}`);return{header:a,values:Ib(e,r,l),metricCount:o[0],nx:o[o.length-1],ny:a.dims===2?o[1]:1}}function Ib(n,e,t){let i=n.byteOffset+e;if(ed&&i%4===0)return new Float32Array(n.buffer,i,t);if(ed)return new Float32Array(n.slice(e,e+t*4).buffer);let r=new DataView(n.buffer,i,t*4),s=new Float32Array(t);for(let a=0;a<t;a++)s[a]=r.getFloat32(a*4,!0);return s}function Ja(n){return typeof n=="object"&&n!==null&&!Array.isArray(n)}var td={NaN:NaN,Infinity:1/0,"-Infinity":-1/0};function ih(n,e){if(typeof n=="number")return n;if(typeof n=="string"&&Object.prototype.hasOwnProperty.call(td,n))return td[n];throw new yt(`header.${e} is not a number: ${JSON.stringify(n)}`)}function Ka(n,e){return n==null?null:ih(n,e)}function Cs(n,e){if(!Array.isArray(n))throw new yt(`header.${e} is not an array`);return Float64Array.from(n,(t,i)=>ih(t,`${e}[${i}]`))}function Za(n,e){return n==null?null:Cs(n,e)}function Dn(n,e,t){if(typeof n=="string")return n;if(n==null&&t!==void 0)return t;throw new yt(`header.${e} is not a string: ${JSON.stringify(n)}`)}function Lb(n,e){if(typeof n=="number"&&Number.isInteger(n)&&n>=1)return n;throw new yt(`header.${e} is not a positive integer: ${JSON.stringify(n)}`)}function Nb(n,e){if(!Ja(n))throw new yt(`header.axes[${e}] is not an object`);return{label:Dn(n.label,`axes[${e}].label`,""),unit:Dn(n.unit,`axes[${e}].unit`,""),coords:Cs(n.coords,`axes[${e}].coords`),explained_variance:Ka(n.explained_variance,`axes[${e}].explained_variance`)}}function Db(n){if(n==null)return null;if(!Ja(n))throw new yt("header.trajectory is not an object or null");let e=Cs(n.steps,"trajectory.steps");return{steps:Array.from(e),x:Cs(n.x,"trajectory.x"),y:Za(n.y,"trajectory.y"),plane_loss:Za(n.plane_loss,"trajectory.plane_loss"),true_loss:Za(n.true_loss,"trajectory.true_loss"),residual:Za(n.residual,"trajectory.residual")}}function Fb(n){if(!Ja(n))throw new yt("header is not a JSON object");let e=n.dims;if(e!==1&&e!==2)throw new yt(`header.dims must be 1 or 2, got ${JSON.stringify(e)}`);if(!Array.isArray(n.shape)||n.shape.length!==e+1)throw new yt(`header.shape must have ${e+1} entries for a ${e}D landscape, got ${JSON.stringify(n.shape)}`);let t=n.shape.map((o,l)=>Lb(o,`shape[${l}]`));if(!Array.isArray(n.metrics)||n.metrics.length!==t[0])throw new yt(`header.metrics must name the ${t[0]} metrics of shape[0], got ${JSON.stringify(n.metrics)}`);let i=n.metrics.map((o,l)=>Dn(o,`metrics[${l}]`));if(!Array.isArray(n.axes)||n.axes.length!==e)throw new yt(`header.axes must have ${e} entries for a ${e}D landscape`);let r=n.axes.map(Nb);r.forEach((o,l)=>{let c=t[t.length-1-l];if(o.coords.length!==c)throw new yt(`header.axes[${l}].coords has ${o.coords.length} entries, shape says ${c}`)});let s=n.center===void 0||n.center===null?new Array(e).fill(0):Array.from(Cs(n.center,"center"));if(s.length!==e)throw new yt(`header.center must have ${e} entries, got ${s.length}`);let a=ih(n.step,"step");if(!Number.isInteger(a))throw new yt(`header.step is not an integer: ${a}`);return{run:Dn(n.run,"run"),tag:Dn(n.tag,"tag"),step:a,wall_time:Ka(n.wall_time,"wall_time")??NaN,version:Ka(n.version,"version")??1,dims:e,shape:t,metrics:i,axes:r,center:s,method:Dn(n.method,"method",""),normalization:Dn(n.normalization,"normalization",""),seed:Ka(n.seed,"seed"),bn_mode:Dn(n.bn_mode,"bn_mode",""),data_description:Dn(n.data_description,"data_description",""),frame_id:Dn(n.frame_id,"frame_id",""),extra:Ja(n.extra)?n.extra:{},trajectory:Db(n.trajectory)}}var Rs=class extends Error{constructor(t,i,r){super(`${t}: ${r.trim()||"request failed"}`);this.status=t;this.url=i;this.name="ApiError"}},ja=class{constructor(e=(i,r)=>fetch(i,r),t="./"){this.fetchFn=e;this.base=t}url(e,t={}){let i=new URLSearchParams;for(let[s,a]of Object.entries(t))i.set(s,String(a));let r=i.toString();return`${this.base}${e}${r?`?${r}`:""}`}async tags(e){return(await this.get(this.url("tags"),e)).json()}async steps(e,t,i){return(await this.get(this.url("steps",{run:e,tag:t}),i)).json()}async landscape(e,t,i,r){let s={run:e,tag:t};i!==void 0&&(s.step=i);let o=await(await this.get(this.url("landscape",s),r)).arrayBuffer();return typeof performance<"u"&&typeof performance.mark=="function"&&performance.mark("tbl-frame-received"),nd(o)}async get(e,t){let i=await this.fetchFn(e,t?{signal:t}:void 0);if(!i.ok)throw new Rs(i.status,e,await i.text().catch(()=>""));return i}};var rh=class{constructor(e,t){this.maxBytes=e;this.sizeOf=t;this.map=new Map;this.total=0}get bytes(){return this.total}get size(){return this.map.size}has(e){return this.map.has(e)}get(e){let t=this.map.get(e);if(t)return this.map.delete(e),this.map.set(e,t),t.value}peek(e){return this.map.get(e)?.value}set(e,t){let i=Math.max(0,this.sizeOf(t));if(this.delete(e),i>this.maxBytes)return!1;this.map.set(e,{value:t,bytes:i}),this.total+=i;for(let[r,s]of this.map){if(this.total<=this.maxBytes)break;this.map.delete(r),this.total-=s.bytes}return!0}delete(e){let t=this.map.get(e);return t?(this.map.delete(e),this.total-=t.bytes,!0):!1}clear(){this.map.clear(),this.total=0}keys(){return[...this.map.keys()]}};function Ob(n){let e=n.header.axes.reduce((t,i)=>t+i.coords.byteLength,0);return n.values.buffer.byteLength+e+1024}function id(n){let e=n.reduce((i,r)=>i*r,1),t=n.slice(1).reduce((i,r)=>i+r,0);return e*4+t*32+2048}function rd(n,e,t,i){return`${n}\0${e}\0${t}\0${i}`}function sd(n=67108864){return new rh(n,Ob)}function ad(n){if(n!==n)return"NaN";if(n===1/0)return"inf";if(n===-1/0)return"-inf";if(n===0)return Object.is(n,-0)?"-0":"0";let e=Math.fround(n);for(let t=1;t<=9;t++){let i=Number(e.toPrecision(t));if(Math.fround(i)===e)return String(i)}return String(e)}function sh(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":String(n)}function Ub(n){return/[",\r\n]/.test(n)?`"${n.replace(/"/g,'""')}"`:n}function od(n){let{nx:e,ny:t,header:i}=n,r=i.dims,a=[[...r===2?["x","y"]:["x"],...i.metrics].map(Ub).join(",")],o=i.metrics.map((h,f)=>Ot(n,f)),l=i.axes[0].coords,c=r===2?i.axes[1].coords:null;for(let h=0;h<t;h++)for(let f=0;f<e;f++){let u=h*e+f,d=c?[sh(l[f]),sh(c[h])]:[sh(l[f])];for(let p of o)d.push(ad(p[u]));a.push(d.join(","))}return a.join(`
`)+`
`}function Bb(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":null}function kb(n){return Number.isFinite(n)?Number(ad(n)):null}function fr(n){return n?Array.from(n,e=>Number.isFinite(e)?e:null):null}function zb(n){return n?{steps:n.steps.slice(),x:fr(n.x),y:fr(n.y),plane_loss:fr(n.plane_loss),true_loss:fr(n.true_loss),residual:fr(n.residual)}:null}function Vb(n){let{nx:e,ny:t,header:i}=n,r={},s=[];return i.metrics.forEach((a,o)=>{let l=Ot(n,o),c=[];for(let h=0;h<t;h++){let f=new Array(e);for(let u=0;u<e;u++){let d=l[h*e+u],p=Bb(d);p&&s.push({metric:a,index:i.dims===2?[h,u]:[u],value:p}),f[u]=kb(d)}c.push(f)}r[a]=i.dims===2?c:c[0]}),{run:i.run,tag:i.tag,step:i.step,wall_time:Number.isFinite(i.wall_time)?i.wall_time:null,dims:i.dims,metrics:i.metrics.slice(),axes:i.axes.map(a=>({label:a.label,unit:a.unit,coords:fr(a.coords)??[]})),values:r,non_finite:s,trajectory:zb(i.trajectory)}}function ld(n){return JSON.stringify(Vb(n))}function cd(n,e){let t=n.map(i=>String(i)).join("_").normalize("NFC").replace(/[^\p{L}\p{N}.=+-]+/gu,"_").replace(/_+/g,"_").replace(/^[._]+/,"").replace(/[._]+$/,"");return t=Array.from(t).slice(0,150).join(""),t||(t="landscape"),`${t}.${e}`}function Wn(n,e=""){let t=n.label,i=n.explained_variance;return typeof i=="number"&&Number.isFinite(i)&&!/\d\s*%/.test(t)&&(t+=`${t?" ":""}(${(i*100).toFixed(1)}% of variance)`),n.unit&&(t+=t?` [${n.unit}]`:n.unit),e&&(t+=t?` · ${e}`:e),t}function hd(n,e,t="colour range"){return`${n} point${n===1?"":"s"} ${e} the ${t}`}function We(n){if(n!==n)return"NaN";if(n===1/0)return"+inf";if(n===-1/0)return"-inf";if(n===0)return"0";let e=Math.abs(n);return e>=1e5||e<.001?n.toExponential(3):String(Number(n.toPrecision(4)))}var ud=6.4;function ah(n){return Math.ceil(n.length*ud)}function fd(n,e){let t=Math.max(4,Math.floor(e/ud));return n.length<=t?n:`${n.slice(0,t-1).trimEnd()}…`}var Gb="http://www.w3.org/2000/svg";function dd(n,e){for(let[t,i]of Object.entries(e))i==null||i===!1||n.setAttribute(t,i===!0?"":String(i))}function re(n,e={},t=[]){let i=document.createElement(n);return dd(i,e),i.append(...t),i}function Ue(n,e={},t=[]){let i=document.createElementNS(Gb,n);return dd(i,e),i.append(...t),i}function pd(n,e,t){let i=Math.max(1,Math.min(3,window.devicePixelRatio||1));n.width=Math.round(e*i),n.height=Math.round(t*i),n.style.width=`${e}px`,n.style.height=`${t}px`;let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");return r.setTransform(i,0,0,i,0,0),r}function Qa(){return Math.max(1,Math.min(3,window.devicePixelRatio||1))}function oh(n,e,t){let i=Qa(),r=Math.round(e*i),s=Math.round(t*i),a;if(n.width!==r||n.height!==s?(n.width=r,n.height=s,a=n.getContext("2d")):(a=n.getContext("2d"),a&&(a.setTransform(1,0,0,1,0,0),a.globalCompositeOperation="source-over",a.globalAlpha=1,a.clearRect(0,0,r,s))),!a)throw new Error("canvas 2D context unavailable");return n.style.width!==`${e}px`&&(n.style.width=`${e}px`),n.style.height!==`${t}px`&&(n.style.height=`${t}px`),a.setTransform(i,0,0,i,0,0),a}function Hb(n){let e=getComputedStyle(n).getPropertyValue("--tbl-bg").trim();if(e)return e;for(let t=n;t;t=t.parentElement){let i=getComputedStyle(t).backgroundColor;if(i&&!md(i))return i}return"#ffffff"}function md(n){return n==="transparent"||/^rgba\(.*,\s*0\)$/.test(n)}var Wb=["fill","fill-opacity","stroke","stroke-width","stroke-opacity","stroke-dasharray","stroke-linecap","stroke-linejoin","opacity","font-family","font-size","font-weight","font-style","text-anchor","dominant-baseline","shape-rendering","visibility","display"],fi=24;function $b(n){let e=n.getBoundingClientRect(),t=n.cloneNode(!0),i=[n,...Array.from(n.querySelectorAll("*"))],r=[t,...Array.from(t.querySelectorAll("*"))];i.forEach((l,c)=>{let h=getComputedStyle(l),f=Wb.map(u=>`${u}:${h.getPropertyValue(u)}`).join(";");r[c].setAttribute("style",f)});let s=e.width+2*fi,a=e.height+2*fi;t.setAttribute("xmlns","http://www.w3.org/2000/svg"),t.setAttribute("width",String(s)),t.setAttribute("height",String(a)),t.setAttribute("viewBox",`${-fi} ${-fi} ${s} ${a}`),t.style.overflow="visible";let o="data:image/svg+xml;charset=utf-8,"+encodeURIComponent(new XMLSerializer().serializeToString(t));return new Promise((l,c)=>{let h=new Image;h.onload=()=>l(h),h.onerror=()=>c(new Error("SVG export failed")),h.src=o})}function Xb(n){return new Promise((e,t)=>n.toBlob(i=>i?e(i):t(new Error("PNG export failed")),"image/png"))}async function dr(n,e=()=>!1){let t=n.getBoundingClientRect(),i=Qa(),r=[],s=1,a=1,o=p=>(s=Math.max(s,p.right-t.left),a=Math.max(a,p.bottom-t.top),[p.left-t.left,p.top-t.top,p.width,p.height]),l=p=>{if(p.nodeType===Node.TEXT_NODE){let m=(p.textContent??"").replace(/\s+/g," ").trim(),v=p.parentElement;if(!m||!v)return;let A=document.createRange();A.selectNodeContents(p);let _=Array.from(A.getClientRects()).filter(N=>N.width>0);if(_.length===0)return;let E=_.map(o),w=getComputedStyle(v),x=`${w.fontStyle} ${w.fontWeight} ${w.fontSize} ${w.fontFamily}`,S=w.color;r.push(Promise.resolve(N=>{N.font=x,N.fillStyle=S,N.textBaseline="middle",N.textAlign="left";let T=m.split(" "),P=0;E.forEach(([I,O,R,D],H)=>{let k=T[P++]??"";for(;P<T.length&&(H===E.length-1||N.measureText(`${k} ${T[P]}`).width<=R+1);)k+=` ${T[P++]}`;N.fillText(k,I,O+D/2)})}));return}if(!(p instanceof Element)||p!==n&&e(p))return;let b=getComputedStyle(p);if(b.display==="none"||b.visibility==="hidden")return;let g=p.getBoundingClientRect();if(p instanceof HTMLCanvasElement){if(p.width>0&&p.height>0){let m=o(g);r.push(Promise.resolve(v=>v.drawImage(p,...m)))}return}if(p instanceof SVGSVGElement){let[m,v,A,_]=o(g);r.push($b(p).then(E=>w=>{w.drawImage(E,m-fi,v-fi,A+2*fi,_+2*fi)}));return}if(p!==n&&g.width>0&&g.height>0&&p.childNodes.length===0&&o(g),p!==n&&g.width>0&&g.height>0){let m=b.backgroundColor,v=p.classList.contains("tbl-hatched"),A=b.backgroundImage,_=/^linear-gradient\(to right, (rgb\([^)]*\)), (rgb\([^)]*\))\)$/.exec(A),E=parseFloat(b.borderTopWidth)||0,w=b.borderTopStyle,x=b.borderTopColor,S=(parseFloat(b.borderLeftWidth)||0)>0&&b.borderLeftStyle!=="none",N=b.borderLeftColor,T=parseFloat(b.borderTopLeftRadius)||0,[P,I,O,R]=[g.left-t.left,g.top-t.top,g.width,g.height];r.push(Promise.resolve(D=>{let H=T>=Math.min(O,R)/2-.5&&T>0,k=()=>{D.beginPath(),H?D.arc(P+O/2,I+R/2,Math.min(O,R)/2,0,2*Math.PI):D.rect(P,I,O,R)};if(_){let K=D.createLinearGradient(P,0,P+O,0);K.addColorStop(0,_[1]),K.addColorStop(1,_[2]),D.fillStyle=K,k(),D.fill()}else m&&!md(m)&&(D.fillStyle=m,k(),D.fill());if(v){D.save(),D.beginPath(),D.rect(P,I,O,R),D.clip(),D.strokeStyle="rgba(255, 255, 255, 0.9)",D.lineWidth=1.5,D.beginPath();for(let K=-R;K<O;K+=5.5)D.moveTo(P+K,I+R),D.lineTo(P+K+R,I);D.stroke(),D.restore()}S&&!H?(D.strokeStyle=N,D.lineWidth=1,D.strokeRect(P+.5,I+.5,O-1,R-1)):S&&H?(D.strokeStyle=N,D.lineWidth=parseFloat(b.borderLeftWidth)||1,k(),D.stroke()):E>0&&w!=="none"&&(D.strokeStyle=x,D.lineWidth=E,D.setLineDash(w==="dashed"?[4,3]:w==="dotted"?[1,2]:[]),D.beginPath(),D.moveTo(P,I+E/2),D.lineTo(P+O,I+E/2),D.stroke(),D.setLineDash([]))}))}p.childNodes.forEach(l)};l(n);let c=await Promise.all(r),h=Math.max(1,Math.min(Math.ceil(t.width),Math.ceil(s+8))),f=Math.max(1,Math.min(Math.ceil(t.height),Math.ceil(a+4))),u=document.createElement("canvas");u.width=Math.round(h*i),u.height=Math.round(f*i);let d=u.getContext("2d");if(!d)throw new Error("canvas 2D context unavailable");d.setTransform(i,0,0,i,0,0),d.fillStyle=Hb(n),d.fillRect(0,0,h,f);for(let p of c)p(d);return Xb(u)}var gd=/(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\D+)/y,eo=new Map,qb=2048;function bd(n){let e=eo.get(n);if(e)return e;let t=[];gd.lastIndex=0;let i;for(;(i=gd.exec(n))!==null;)i[1]!==void 0?t.push(Number(i[1])):t.push(i[2].toLowerCase());return eo.size>=qb&&eo.clear(),eo.set(n,t),t}function Yb(n,e){return typeof n=="number"?typeof e!="number"||n<e?-1:n>e?1:0:typeof e=="number"?1:n<e?-1:n>e?1:0}function xd(n,e){if(n===e)return 0;let t=bd(n),i=bd(e),r=Math.min(t.length,i.length);for(let s=0;s<r;s++){let a=Yb(t[s],i[s]);if(a!==0)return a}return t.length!==i.length?t.length-i.length:n<e?-1:1}function to(n,e){let t=0,i=n.length-1,r=-1;for(;t<=i;){let s=t+i>>1;n[s]<=e?(r=s,t=s+1):i=s-1}return r}function zi(n,e){return n.length===0?-1:e===null?n.length-1:Math.max(0,to(n,e))}function yd(n,e){if(n.length===0)return null;if(e===null)return n[n.length-1];let t=to(n,e);return t<0?null:n[t]}function Zb(n,e){let t=[];for(let i=1;t.length<n-1&&i<n;i++)e+i<n&&t.push(e+i),e-i>=0&&t.push(e-i);return t}function _d(n,e,t,i,r){let s=[],a=e>=0&&e<n.length?i(n[e]):0;for(let o of Zb(n.length,Math.max(0,Math.min(e,n.length-1)))){if(a+=i(n[o]),a>t)break;r(n[o])||s.push(n[o])}return s}function vd(n,e,t=5){let i=Array.from({length:n},(s,a)=>a).filter(s=>s!==e);if(i.length<=t)return i;let r=new Set;for(let s=0;s<t;s++)r.add(i[Math.round(s*(i.length-1)/(t-1))]);return[...r].sort((s,a)=>s-a)}function Md(n,e,t=4){let i=n.filter(r=>r!==e);return[...e!==null&&n.includes(e)?[e]:[],...i].slice(0,t)}function Ps(n){let e=1/0,t=-1/0;for(let i of n)!i||!Number.isFinite(i[0])||!Number.isFinite(i[1])||(e=Math.min(e,i[0]),t=Math.max(t,i[1]));return e<=t?[e,t]:null}function lh(n,e){return Ps(n.map(t=>{let i=t.metrics.indexOf(e);return i>=0&&t.ranges?t.ranges[i]:null}))}function ch(n,e){if(!e||e[0]===null&&e[1]===null)return n;let[t,i]=e;if(!n)return t!==null&&i!==null?[t,i]:null;let r=t===null?n[0]:Math.max(n[0],t),s=i===null?n[1]:Math.min(n[1],i);return r<s?[r,s]:t!==null&&i!==null?[t,i]:n}function Sd(n,e){let t=s=>{let a=s.trim();if(a==="")return null;let o=Number(a);return Number.isFinite(o)?o:void 0},i=t(n),r=t(e);return i===void 0?{clip:null,error:`"${n.trim()}" is not a number`}:r===void 0?{clip:null,error:`"${e.trim()}" is not a number`}:i===null&&r===null?{clip:null,error:null}:i!==null&&r!==null&&!(i<r)?{clip:null,error:"the low end must be below the high end"}:{clip:[i,r],error:null}}function wd(n,e,t={}){if(t.ctrl||t.alt||t.meta)return null;let i=e.tag.toUpperCase();if(e.editable||i==="TEXTAREA"||i==="SELECT"||i==="INPUT")return null;if(n===" "||n==="Spacebar")return i==="BUTTON"||i==="A"?null:{kind:"play"};switch(n){case"ArrowLeft":return{kind:"step",delta:-1};case"ArrowRight":return{kind:"step",delta:1};case"Home":return{kind:"first"};case"End":return{kind:"latest"};case"1":return{kind:"view",view:"1d"};case"2":return{kind:"view",view:"2d"};case"3":return{kind:"view",view:"3d"};case"c":case"C":return{kind:"view",view:"compare"};case"?":return{kind:"help"};default:return null}}var Ad=["2d","3d","1d","compare"],$n={run:null,tag:null,metric:null,view:null,step:null,plot:{scale:"linear",clip:null,fixed:!1,path:!0},heatmap:{style:"heatmap",aspect:"equal"},surface:{floor:!0},curve:{overlay:"none",allMetrics:!1},compare:{runs:null,diff:null},play:{speed:2}},Vi={runs:[],tags:[],runsWithTag:[],steps:[]};function Xn(n){return n.steps.map(e=>e.step)}function hh(n){let e=n.steps.length;return e?n.steps[e-1].dims:null}function Ed(n){let e=n.steps.length;return e?n.steps[e-1].metrics:[]}function Is(n,e){let t=hh(e),i=n.view??(t===1?"1d":"2d");return t===1&&(i==="2d"||i==="3d")?"1d":i}function Gi(n,e){return(n.compare.runs??Md(e.runsWithTag,n.run)).filter(i=>e.runsWithTag.includes(i))}function uh(n,e){let t=Is(n,e),i=n.compare.diff;return t==="compare"&&i?.kind==="runs"?[i.a,i.b]:t==="compare"||t==="1d"&&n.curve.overlay==="runs"?Gi(n,e):[]}function fh(n,e,t){if(n==="runs"){let s=t.runsWithTag,a=e.run??s[0]??"";return{kind:n,a,b:s.find(o=>o!==a)??a}}let i=Xn(t),r=zi(i,e.step);return{kind:n,a:i[r]??0,b:i[0]??0}}function Td(n,e,t,i){return[n,e,`step ${t}`,i].filter(Boolean).join(" · ")}var no={format:n=>n??"",parse:n=>n===""?void 0:n};function Hi(n){return{format:e=>e,parse:e=>n.includes(e)?e:void 0}}var Cd={format:n=>n??"",parse:n=>Ad.includes(n)?n:void 0},Ls={format:n=>n?"1":"0",parse:n=>n==="1"||n==="true"?!0:n==="0"||n==="false"?!1:void 0};function dh(n){if(n.trim()==="")return;let e=Number(n);return Number.isFinite(e)?e:void 0}var Rd={format:n=>n===null?"":String(n),parse:n=>{let e=dh(n);return e!==void 0&&Number.isInteger(e)?e:void 0}};function Pd(n){return{format:e=>String(e),parse:e=>{let t=dh(e);return t!==void 0&&n.includes(t)?t:void 0}}}var Id={format:n=>n?n.map(e=>e===null?"":String(e)).join(","):"",parse:n=>{let e=n.split(",");if(e.length!==2)return;let t=s=>s.trim()===""?null:dh(s)??NaN,i=t(e[0]),r=t(e[1]);if(!(Number.isNaN(i)||Number.isNaN(r)||i===null&&r===null)&&!(i!==null&&r!==null&&!(i<r)))return[i,r]}};function Ld(n){try{return JSON.parse(n)}catch{return}}var Nd={format:n=>n?JSON.stringify(n):"",parse:n=>{let e=Ld(n);return Array.isArray(e)&&e.every(t=>typeof t=="string")?e:void 0}},Dd={format:n=>n?JSON.stringify(n):"",parse:n=>{let e=Ld(n);if(typeof e!="object"||e===null)return;let t=e;if(t.kind==="runs"&&typeof t.a=="string"&&typeof t.b=="string")return{kind:"runs",a:t.a,b:t.b};if(t.kind==="steps"&&Number.isInteger(t.a)&&Number.isInteger(t.b))return{kind:"steps",a:t.a,b:t.b}}},ph={format:n=>n,parse:n=>n};function mh(n){try{return decodeURIComponent(n)}catch{return null}}function gh(n){let e=n.startsWith("#")?n.slice(1):n,t={tab:null,entries:new Map};if(!e)return t;for(let i of e.split("&")){let r=i.split("=");if(r.length===1)i!==""&&(t.tab=mh(i)??i);else if(r.length===2){let s=mh(r[0]),a=mh(r[1]);s!==null&&a!==null&&t.entries.set(s,a)}}return t}function Fd(n){let e=[];n.tab!==null&&e.push(n.tab);for(let[t,i]of n.entries)e.push(`${encodeURIComponent(t)}=${encodeURIComponent(i)}`);return e.length?`#${e.join("&")}`:""}function Ds(n,e){let t=Is(n,e);return{state:n,loaded:e,view:t,dims:hh(e),metrics:Ed(e),diffing:t==="compare"&&n.compare.diff!==null}}function dn(n,e){return{get:t=>t[n][e],set:(t,i)=>({...t,[n]:{...t[n],[e]:i}})}}function Ns(n){return{get:e=>e[n],set:(e,t)=>({...e,[n]:t})}}var io=()=>!0,Od=()=>!1,bh=n=>n.map(e=>[e,e]),Jb=[["2d","2D","Heatmap or filled contours (key 2)"],["3d","3D","Surface (key 3)"],["1d","1D","Curves; slices through the centre of a 2D landscape (key 1)"],["compare","Compare","Runs side by side, or a difference map (key c)"]],Ud=[1,2,5,10];function Bd(n){return n.state.compare.diff?.kind==="steps"?Xn(n.loaded).map(e=>[String(e),`step ${e}`]):n.loaded.runsWithTag.map(e=>[e,e])}function kd(n,e,t){let i=n.compare.diff;if(!i)return n;let r=i.kind==="runs"?{...i,[e]:t}:{...i,[e]:Number(t)};return{...n,compare:{...n.compare,diff:r}}}var Fs={run:{id:"run",place:"toolbar",testid:"run-select",key:"run",codec:no,...Ns("run"),control:{kind:"select",label:"Run",choices:n=>bh(n.loaded.runs)},shown:n=>n.loaded.runs.length>0,selects:!0},tag:{id:"tag",place:"toolbar",testid:"tag-select",key:"tag",codec:no,...Ns("tag"),control:{kind:"select",label:"Tag",choices:n=>bh(n.loaded.tags)},shown:n=>n.loaded.runs.length>0,selects:!0},metric:{id:"metric",place:"toolbar",testid:"metric-select",key:"metric",codec:no,...Ns("metric"),control:{kind:"select",label:"Metric",choices:n=>bh(n.metrics)},shown:n=>n.metrics.length>1,adopt:!0},view:{id:"view",place:"toolbar",testid:"view-switch",key:"view",codec:Cd,...Ns("view"),control:{kind:"buttons",label:"View",choices:Jb,enabled:(n,e)=>!(n.dims===1&&(e==="2d"||e==="3d"))},shows:n=>n.view,shown:io},step:{id:"step",place:"evolution",testid:"step-slider",key:"step",codec:Rd,...Ns("step"),control:null,shown:Od},style:{id:"style",place:"options",testid:"style-select",key:"style",codec:Hi(["heatmap","filled"]),...dn("heatmap","style"),control:{kind:"select",label:"Style",choices:[["heatmap","heatmap + isolines"],["filled","filled contours"]]},shown:n=>n.view==="2d"||n.view==="compare"&&n.dims===2},aspect:{id:"aspect",place:"options",testid:"aspect-select",key:"aspect",codec:Hi(["equal","fill"]),...dn("heatmap","aspect"),control:{kind:"select",label:"Aspect",choices:[["equal","equal units","Axes in the same unit keep equal scales: a round basin stays round"],["fill","fill the space","The plot fills the space; the axes' scales may differ"]]},shown:n=>n.view==="2d"||n.diffing&&n.dims===2},scale:{id:"scale",place:"options",testid:"scale-select",key:"scale",codec:Hi(["linear","log"]),...dn("plot","scale"),control:{kind:"select",label:"Scale",title:"Colour scale (in Compare: the one colour bar of all tiles)",choices:[["linear","linear"],["log","log"]]},shown:n=>!n.diffing},clip:{id:"clip",place:"options",testid:"clip",key:"clip",codec:Id,...dn("plot","clip"),control:{kind:"range",label:"Clip",title:"Colour range (empty: automatic)"},shown:io},fixed:{id:"fixed",place:"options",testid:"fixed-range",key:"fixed",codec:Ls,...dn("plot","fixed"),control:{kind:"toggle",label:"fixed across steps",title:"One colour range for all steps (min / max over every step), instead of each step's own"},shown:n=>!n.diffing},path:{id:"path",place:"options",testid:"show-path",key:"path",codec:Ls,...dn("plot","path"),control:{kind:"toggle",label:"path",title:"Show the optimizer's path"},shown:n=>!n.diffing},floor:{id:"floor",place:"options",testid:"floor-contours",key:"floor",codec:Ls,...dn("surface","floor"),control:{kind:"toggle",label:"floor contours",title:"Contour lines on the floor under the surface"},shown:n=>n.view==="3d"},overlay:{id:"overlay",place:"options",testid:"overlay-select",key:"overlay",codec:Hi(["none","steps","runs"]),...dn("curve","overlay"),control:{kind:"select",label:"Overlay",title:"More curves on the 1D view",choices:[["none","none"],["steps","other steps"],["runs","compared runs"]]},shown:n=>n.view==="1d"},allMetrics:{id:"allMetrics",place:"options",testid:"all-metrics",key:"allm",codec:Ls,...dn("curve","allMetrics"),control:{kind:"toggle",label:"all metrics",title:"One panel per metric, stacked, sharing the x axis"},shown:n=>n.view==="1d"&&n.metrics.length>1},speed:{id:"speed",place:"evolution",testid:"speed-select",key:"speed",codec:Pd(Ud),...dn("play","speed"),control:{kind:"select",label:"Speed",title:"Steps per second while playing",choices:Ud.map(n=>[n,`${n} step${n===1?"":"s"}/s`])},shown:io},compareRuns:{id:"compareRuns",place:"compare",testid:"compare-runs",key:"compare",codec:Nd,...dn("compare","runs"),control:{kind:"checklist",label:"Runs",choices:n=>n.loaded.runsWithTag.map(e=>[e,e])},shows:n=>Gi(n.state,n.loaded),shown:n=>!n.diffing},compareMode:{id:"compareMode",place:"compare",testid:"compare-mode",key:null,codec:Hi(["tiles","diff"]),control:{kind:"select",label:"Show",choices:[["tiles","side by side"],["diff","difference"]]},get:n=>n.compare.diff?"diff":"tiles",set:(n,e,t)=>({...n,compare:{...n.compare,diff:e==="diff"?n.compare.diff??fh("runs",n,t.loaded):null}}),shown:io},diff:{id:"diff",place:"compare",testid:"diff",key:"diff",codec:Dd,...dn("compare","diff"),control:null,shown:Od},diffKind:{id:"diffKind",place:"compare",testid:"diff-kind",key:null,codec:Hi(["runs","steps"]),control:{kind:"select",label:"Difference of",choices:[["runs","two runs, same step"],["steps","two steps, same run"]]},get:n=>n.compare.diff?.kind??"runs",set:(n,e,t)=>({...n,compare:{...n.compare,diff:fh(e,n,t.loaded)}}),shown:n=>n.diffing},diffA:{id:"diffA",place:"compare",testid:"diff-a",key:null,codec:ph,control:{kind:"select",label:"A",choices:Bd},get:n=>String(n.compare.diff?.a??""),set:(n,e)=>kd(n,"a",e),shown:n=>n.diffing},diffB:{id:"diffB",place:"compare",testid:"diff-b",key:null,codec:ph,control:{kind:"select",label:"B",choices:Bd},get:n=>String(n.compare.diff?.b??""),set:(n,e)=>kd(n,"b",e),shown:n=>n.diffing}},xh=Object.values(Fs),zd=xh.filter(n=>n.key!==null),Vd=n=>`p.${n}.`;function Gd(n,e="landscape"){let t=gh(n).entries,i=Ds($n,Vi),r=$n;for(let s of zd){let a=t.get(Vd(e)+s.key),o=a===void 0?void 0:s.codec.parse(a);o!==void 0&&(r=s.set(r,o,i))}return r}function jb(n){let e=[];for(let t of zd){let i=t.codec.format(t.get(n));i!==""&&i!==t.codec.format(t.get($n))&&e.push([t.key,i])}return e}function Hd(n,e,t="landscape"){let i=gh(n),r=Vd(t),s=new Map([...i.entries].filter(([a])=>!a.startsWith(r)));for(let[a,o]of jb(e))s.set(r+a,o);return Fd({tab:i.tab,entries:s})}function yh(n){return[...n].sort(xd)}function Qb(n,e,t,i){let r=re("input",{type:"checkbox","data-testid":e});return r.checked=t,{label:re("label",{class:"tbl-check",title:i},[r,n]),input:r}}function pn(n,e,t){return re("button",{type:"button",class:"tbl-button","data-testid":e,title:t},[n])}function Wd(n,e,t){return re("input",{type:"number",step:"any",class:"tbl-number","data-testid":n,placeholder:e,"aria-label":t,autocomplete:"off"})}function _h(n,e){return typeof n=="function"?n(e):n}function pr(n,e){return n.shows?n.shows(e):n.get(e.state)}function $d(n){let e=n.control;if(!e)throw new Error(`option ${n.id} has no control`);switch(e.kind){case"select":return ex(n,e.label,e.choices,e.title);case"toggle":return tx(n,e.label,e.title);case"range":return nx(n,e.label,e.title);case"buttons":return ix(n,e);case"checklist":return rx(n,e.label,e.choices)}}function ex(n,e,t,i){let r=re("select",{"data-testid":n.testid,title:i}),s=re("label",{},[e,r]),a="";return{option:n,element:s,sync:o=>{s.hidden=!n.shown(o);let l=_h(t,o),c=l.map(([d,p,b])=>`${n.codec.format(d)}\0${p}\0${b??""}`).join("");c!==a&&(r.replaceChildren(...l.map(([d,p,b])=>Object.assign(new Option(p,n.codec.format(d)),{title:b??""}))),a=c);let h=n.codec.format(pr(n,o)),f=l.map(([d])=>n.codec.format(d)),u=f.includes(h)?h:f[0];if(u!==void 0)return r.value=u,n.codec.parse(u)},onChange:o=>r.addEventListener("change",()=>{let l=n.codec.parse(r.value);l!==void 0&&o(l)})}}function tx(n,e,t){let{label:i,input:r}=Qb(e,n.testid,n.get($n),t);return{option:n,element:i,sync:s=>(i.hidden=!n.shown(s),r.checked=pr(n,s),r.checked),onChange:s=>r.addEventListener("change",()=>s(r.checked))}}function nx(n,e,t){let i=Wd(`${n.testid}-lo`,"auto",`${t??e}: low end`),r=Wd(`${n.testid}-hi`,"auto",`${t??e}: high end`),s=pn("reset",`${n.testid}-reset`,"Automatic range"),a=re("span",{class:"tbl-clip",role:"group","aria-label":t??e},[e,i,"–",r,s]),o=null,l=c=>{i.value=c?.[0]===null||!c?"":String(c[0]),r.value=c?.[1]===null||!c?"":String(c[1]),o=n.codec.format(c)};return{option:n,element:a,sync:c=>{a.hidden=!n.shown(c);let h=pr(n,c);return n.codec.format(h)!==o&&l(h),h},onChange:c=>{let h=()=>{let{clip:f,error:u}=Sd(i.value,r.value),d=u!==null||i.validity.badInput||r.validity.badInput;for(let p of[i,r])p.setAttribute("aria-invalid",String(d));a.title=d?`${e} range ignored: ${u??"not a number"}`:"",!d&&(o=n.codec.format(f),c(f))};i.addEventListener("change",h),r.addEventListener("change",h),s.addEventListener("click",()=>{i.value=r.value="",h()})}}}function ix(n,e){let t=re("div",{class:"tbl-segmented",role:"group","aria-label":e.label,"data-testid":n.testid}),i=[],r=[];for(let[s,a,o]of _h(e.choices,Ds($n,Vi))){let l=pn(a,`${n.id}-${n.codec.format(s)}`,o);l.setAttribute("aria-pressed","false"),l.addEventListener("click",()=>r.forEach(c=>c(s))),i.push([s,l]),t.append(l)}return{option:n,element:t,sync:s=>{t.hidden=!n.shown(s);let a=n.codec.format(pr(n,s));for(let[o,l]of i)l.setAttribute("aria-pressed",String(n.codec.format(o)===a)),l.disabled=e.enabled?!e.enabled(s,o):!1;return pr(n,s)},onChange:s=>r.push(s)}}function rx(n,e,t){let i=re("fieldset",{class:"tbl-compare-runs","data-testid":n.testid},[re("legend",{},[e])]),r=()=>Array.from(i.querySelectorAll("input[type=checkbox]"));return{option:n,element:i,sync:s=>{i.hidden=!n.shown(s);let a=_h(t,s),o=r();(o.length!==a.length||o.some((c,h)=>c.value!==a[h][0]))&&i.replaceChildren(re("legend",{},[e]),...a.map(([c,h])=>re("label",{class:"tbl-check",title:h},[re("input",{type:"checkbox",value:c}),h])));let l=new Set(pr(n,s)??[]);for(let c of r())c.checked=l.has(c.value);return[...l]},onChange:s=>i.addEventListener("change",()=>s(r().filter(a=>a.checked).map(a=>a.value)))}}function Xd(n,e){let t=URL.createObjectURL(n),i=re("a",{href:t,download:e,hidden:!0});document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(t),3e4)}var vh=28;async function qd(n,e,t=Qa()){let i=await createImageBitmap(n),r=getComputedStyle(document.documentElement),s=`500 ${14*t}px Roboto, "Helvetica Neue", Arial, sans-serif`,a=document.createElement("canvas"),o=a.getContext("2d");if(!o)throw new Error("canvas 2D context unavailable");o.font=s;let l=8*t;return a.width=Math.max(i.width,Math.ceil(o.measureText(e).width+2*l)),a.height=i.height+Math.round(vh*t),o.fillStyle=r.getPropertyValue("--tbl-bg").trim()||"#ffffff",o.fillRect(0,0,a.width,a.height),o.font=s,o.fillStyle=r.getPropertyValue("--tbl-fg").trim()||"#212121",o.textBaseline="middle",o.fillText(e,l,vh*t/2),o.drawImage(i,0,Math.round(vh*t)),i.close(),new Promise((c,h)=>a.toBlob(f=>f?c(f):h(new Error("PNG encoding failed")),"image/png"))}var mr=class extends Error{constructor(){super("cancelled"),this.name="CancelledError"}},qn=n=>rd(n.run,n.tag,n.step,n.wallTime),ro=class{constructor(e,t=sd(),i=2){this.fetchFrame=e;this.cache=t;this.maxInFlight=i;this.pending=new Map;this.running=new Map;this.counter=0}get inFlight(){return this.running.size}get queued(){return this.pending.size}cached(e){return this.cache.get(qn(e))}isHeld(e){let t=qn(e);return this.cache.has(t)||this.running.has(t)||this.pending.has(t)}load(e){let t=qn(e),i=this.cache.get(t);if(i)return Promise.resolve(i);let r=this.running.get(t);if(r)return r;let s=this.pending.get(t)??this.newJob(t,e);return s.foreground=!0,s.order=++this.counter,this.pump(),s.promise}prefetch(e){let t=new Set(e.map(qn));for(let[i,r]of this.pending)!r.foreground&&!t.has(i)&&this.drop(r);for(let i of e){let r=qn(i);if(this.cache.has(r)||this.running.has(r))continue;let s=this.pending.get(r)??this.newJob(r,i);s.foreground||(s.order=++this.counter)}this.pump()}cancelPending(){for(let e of[...this.pending.values()])this.drop(e)}newJob(e,t){let i,r,s=new Promise((o,l)=>{i=o,r=l});s.catch(()=>{});let a={key:e,ref:t,foreground:!1,order:0,promise:s,resolve:i,reject:r};return this.pending.set(e,a),a}drop(e){this.pending.delete(e.key),e.reject(new mr)}next(){let e=null;for(let t of this.pending.values())e?t.foreground!==e.foreground?t.foreground&&(e=t):(t.foreground?t.order>e.order:t.order<e.order)&&(e=t):e=t;return e}pump(){for(;this.running.size<this.maxInFlight;){let e=this.next();if(!e)return;this.pending.delete(e.key);let t=(async()=>this.fetchFrame(e.ref))();this.running.set(e.key,e.promise),t.then(i=>{this.cache.set(e.key,i),this.running.delete(e.key),e.resolve(i),this.pump()},i=>{this.running.delete(e.key),e.reject(i),this.pump()})}}};var sx=["import tb_landscape as tbl","from torch.utils.tensorboard import SummaryWriter","",'logger = tbl.LandscapeLogger(SummaryWriter("runs/exp1"), model, loss_fn, (x_eval, y_eval), every_n_steps=200)',"for step, (x, y) in enumerate(loader):","    ...; optimizer.step()","    logger.step(step)  # cheap when no landscape is due","logger.close()"].join(`
`),Mh=[["← / →","previous / next step"],["Home / End","first / latest step"],["Space","play / pause"],["2  3  1  c","2D / 3D / 1D / Compare view"],["?","this help"]];function Yd(){return[re("div",{class:"tbl-help-title"},["Keyboard (focus outside the inputs)"]),re("dl",{},Mh.flatMap(([n,e])=>[re("dt",{},[n]),re("dd",{},[e])]))]}function Zd(){return[re("h2",{},["No loss landscapes yet"]),re("p",{},["Add three lines to your training loop; this tab picks the landscapes up by itself (or log one with tbl.add_landscape):"]),re("pre",{},[re("code",{},[sx])])]}function Kd(n){return n instanceof Rs?`Server error ${n.message}`:n instanceof Error?`${n.name==="FrameError"?"Unreadable record":"Error"}: ${n.message}`:`Error: ${String(n)}`}function Jd(){let n={get:()=>window.location.hash,set:e=>{let t=new URL(window.location.href);t.hash=e,window.history.replaceState(window.history.state,"",t.toString())}};try{if(window.parent===window)return n;let e=window.parent;return e.location.hash,{get:()=>e.location.hash,set:t=>{let i=new URL(e.location.href);i.hash=t,e.history.replaceState(e.history.state,"",i.toString())}}}catch{return n}}var so=class{constructor(e){this.host=e;this.timer=null}get playing(){return this.timer!==null}toggle(){this.playing?this.stop():this.start()}start(){let e=this.host.count();this.playing||e<2||(this.host.index()>=e-1&&this.host.go(0),this.schedule(1e3/this.host.speed()),this.host.changed(!0))}retime(){this.timer!==null&&(clearTimeout(this.timer),this.schedule(1e3/this.host.speed()))}stop(){this.timer!==null&&(clearTimeout(this.timer),this.timer=null,this.host.changed(!1))}schedule(e){this.timer=setTimeout(()=>this.tick(),e)}tick(){if(!this.host.drawn()){this.schedule(40);return}let e=this.host.index(),t=this.host.count()-1;if(e<t&&this.host.go(e+1),e+1>=t){this.stop();return}this.schedule(1e3/this.host.speed())}};function gr(n){let e=1/0,t=-1/0;for(let i=0;i<n.length;i++){let r=n[i];Number.isFinite(r)&&(r<e&&(e=r),r>t&&(t=r))}return e<=t?[e,t]:null}function br(n){let e={nan:0,posInf:0,negInf:0};for(let t=0;t<n.length;t++){let i=n[t];i!==i?e.nan++:i===1/0?e.posInf++:i===-1/0&&e.negInf++}return e}function jd(n){let e=[],t=-1;for(let i=0;i<=n.length;i++){let r=i<n.length&&Number.isFinite(n[i]);r&&t<0&&(t=i),!r&&t>=0&&(e.push([t,i]),t=-1)}return e}function di(n,e){let[t,i]=e,r=0,s=0;for(let a=0;a<n.length;a++){let o=n[a];o<t?o!==-1/0&&r++:o>i&&o!==1/0&&s++}return{below:r,above:s}}var ax=1e-9;function Sh(n,e){if(n.header.dims!==e.header.dims)return`A is ${n.header.dims}D and B is ${e.header.dims}D`;if(n.nx!==e.nx||n.ny!==e.ny){let i=r=>r.header.dims===2?`${r.nx} x ${r.ny}`:`${r.nx}`;return`the grids differ: A has ${i(n)} points, B has ${i(e)}`}let t=["x","y"];for(let i=0;i<n.header.axes.length;i++){let r=n.header.axes[i].coords,s=e.header.axes[i].coords;for(let a=0;a<r.length;a++){let o=Math.max(1,Math.abs(r[a]),Math.abs(s[a]));if(!(Math.abs(r[a]-s[a])<=ax*o))return`the ${t[i]} coordinates differ (point ${a}: ${r[a]} in A, ${s[a]} in B)`}}return null}function ox(n,e){if(n.length!==e.length)throw new RangeError(`lengths differ: ${n.length} and ${e.length}`);let t=new Float32Array(n.length);for(let i=0;i<n.length;i++)t[i]=n[i]-e[i];return t}function wh(n){let e=gr(n);if(!e)return null;let t=Math.max(Math.abs(e[0]),Math.abs(e[1]));return t>0?[-t,t]:[-1,1]}function Qd(n,e,t,i={a:"A",b:"B"}){let r=Sh(n,e);if(r)return{ok:!1,error:`Cannot subtract ${i.b} from ${i.a}: ${r.replace(/\bA\b/g,i.a).replace(/\bB\b/g,i.b)}.`};let s=n.header.metrics.indexOf(t),a=e.header.metrics.indexOf(t);if(s<0||a<0)return{ok:!1,error:`Cannot subtract: ${s<0?i.a:i.b} has no metric "${t}".`};let o=ox(Ot(n,s),Ot(e,a));return{ok:!0,frame:{header:{...n.header,metrics:[`${t} (${i.a} − ${i.b})`],shape:n.header.dims===2?[1,n.ny,n.nx]:[1,n.nx],trajectory:null},values:o,metricCount:1,nx:n.nx,ny:n.ny},domain:wh(o)}}var ep=(n,e,t)=>Math.min(Math.max(n,e),t);function Ah(n,e,t,i){if(i==="fill")return null;let r=Math.abs(n[1]-n[0]),s=Math.abs(e[1]-e[0]);return ep(t&&r>0&&s>0?s/r:1,.25,4)}function tp(n,e,t,i,r){let s=Math.max(120,i.width),a=Math.max(120,i.height),o=Ah(n,e,t,r)??ep(a/s,.25,4),l=Math.min(s,a/o);return{width:Math.max(120,Math.floor(l)),height:Math.max(120,Math.floor(l*o))}}function Os(n,e){return n==null||e==null?NaN:n<e?-1:n>e?1:n>=e?0:NaN}function lx(n,e){return n==null||e==null?NaN:e<n?-1:e>n?1:e>=n?0:NaN}function np(n){let e,t,i;n.length!==2?(e=Os,t=(o,l)=>Os(n(o),l),i=(o,l)=>n(o)-l):(e=n===Os||n===lx?n:cx,t=n,i=n);function r(o,l,c=0,h=o.length){if(c<h){if(e(l,l)!==0)return h;do{let f=c+h>>>1;t(o[f],l)<0?c=f+1:h=f}while(c<h)}return c}function s(o,l,c=0,h=o.length){if(c<h){if(e(l,l)!==0)return h;do{let f=c+h>>>1;t(o[f],l)<=0?c=f+1:h=f}while(c<h)}return c}function a(o,l,c=0,h=o.length){let f=r(o,l,c,h-1);return f>c&&i(o[f-1],l)>-i(o[f],l)?f-1:f}return{left:r,center:a,right:s}}function cx(){return 0}function hx(n){return n===null?NaN:+n}var ip=np(Os),rp=ip.right,kE=ip.left,zE=np(hx).center;var ux=sp(ap),VE=sp(fx);function sp(n){return function(e,t,i=t){if(!((t=+t)>=0))throw new RangeError("invalid rx");if(!((i=+i)>=0))throw new RangeError("invalid ry");let{data:r,width:s,height:a}=e;if(!((s=Math.floor(s))>=0))throw new RangeError("invalid width");if(!((a=Math.floor(a!==void 0?a:r.length/s))>=0))throw new RangeError("invalid height");if(!s||!a||!t&&!i)return e;let o=t&&n(t),l=i&&n(i),c=r.slice();return o&&l?(xr(o,c,r,s,a),xr(o,r,c,s,a),xr(o,c,r,s,a),yr(l,r,c,s,a),yr(l,c,r,s,a),yr(l,r,c,s,a)):o?(xr(o,r,c,s,a),xr(o,c,r,s,a),xr(o,r,c,s,a)):l&&(yr(l,r,c,s,a),yr(l,c,r,s,a),yr(l,r,c,s,a)),e}}function xr(n,e,t,i,r){for(let s=0,a=i*r;s<a;)n(e,t,s,s+=i,1)}function yr(n,e,t,i,r){for(let s=0,a=i*r;s<i;++s)n(e,t,s,s+a,i)}function fx(n){let e=ap(n);return(t,i,r,s,a)=>{r<<=2,s<<=2,a<<=2,e(t,i,r+0,s+0,a),e(t,i,r+1,s+1,a),e(t,i,r+2,s+2,a),e(t,i,r+3,s+3,a)}}function ap(n){let e=Math.floor(n);if(e===n)return dx(n);let t=n-e,i=2*n+1;return(r,s,a,o,l)=>{if(!((o-=l)>=a))return;let c=e*s[a],h=l*e,f=h+l;for(let u=a,d=a+h;u<d;u+=l)c+=s[Math.min(o,u)];for(let u=a,d=o;u<=d;u+=l)c+=s[Math.min(o,u+h)],r[u]=(c+t*(s[Math.max(a,u-f)]+s[Math.min(o,u+f)]))/i,c-=s[Math.max(a,u-h)]}}function dx(n){let e=2*n+1;return(t,i,r,s,a)=>{if(!((s-=a)>=r))return;let o=n*i[r],l=a*n;for(let c=r,h=r+l;c<h;c+=a)o+=i[Math.min(s,c)];for(let c=r,h=s;c<=h;c+=a)o+=i[Math.min(s,c+l)],t[c]=o/e,o-=i[Math.max(r,c-l)]}}function px(n,e){let t=0;if(e===void 0)for(let i of n)i!=null&&(i=+i)>=i&&++t;else{let i=-1;for(let r of n)(r=e(r,++i,n))!=null&&(r=+r)>=r&&++t}return t}function op(n,e){let t,i;if(e===void 0)for(let r of n)r!=null&&(t===void 0?r>=r&&(t=i=r):(t>r&&(t=r),i<r&&(i=r)));else{let r=-1;for(let s of n)(s=e(s,++r,n))!=null&&(t===void 0?s>=s&&(t=i=s):(t>s&&(t=s),i<s&&(i=s)))}return[t,i]}var mx=Array.prototype,GE=mx.slice;var gx=Math.sqrt(50),bx=Math.sqrt(10),xx=Math.sqrt(2);function ao(n,e,t){let i=(e-n)/Math.max(0,t),r=Math.floor(Math.log10(i)),s=i/Math.pow(10,r),a=s>=gx?10:s>=bx?5:s>=xx?2:1,o,l,c;return r<0?(c=Math.pow(10,-r)/a,o=Math.round(n*c),l=Math.round(e*c),o/c<n&&++o,l/c>e&&--l,c=-c):(c=Math.pow(10,r)*a,o=Math.round(n/c),l=Math.round(e/c),o*c<n&&++o,l*c>e&&--l),l<o&&.5<=t&&t<2?ao(n,e,t*2):[o,l,c]}function oo(n,e,t){if(e=+e,n=+n,t=+t,!(t>0))return[];if(n===e)return[n];let i=e<n,[r,s,a]=i?ao(e,n,t):ao(n,e,t);if(!(s>=r))return[];let o=s-r+1,l=new Array(o);if(i)if(a<0)for(let c=0;c<o;++c)l[c]=(s-c)/-a;else for(let c=0;c<o;++c)l[c]=(s-c)*a;else if(a<0)for(let c=0;c<o;++c)l[c]=(r+c)/-a;else for(let c=0;c<o;++c)l[c]=(r+c)*a;return l}function Us(n,e,t){return e=+e,n=+n,t=+t,ao(n,e,t)[2]}function lp(n,e,t){e=+e,n=+n,t=+t;let i=e<n,r=i?Us(e,n,t):Us(n,e,t);return(i?-1:1)*(r<0?1/-r:r)}function cp(n,e,t){let i;for(;;){let r=Us(n,e,t);if(r===i||r===0||!isFinite(r))return[n,e];if(r>0){let s=Math.ceil(n/r),a=Math.floor(e/r);n=(s-(s*r>n))*r,e=(a+(a*r<e))*r}else if(r<0){let s=-r,a=Math.ceil(n*s),o=Math.floor(e*s);n=(a-(a/s>n))/s,e=(o+(o/s<e))/s}i=r}}function hp(n){return Math.max(1,Math.ceil(Math.log(px(n))/Math.LN2)+1)}var HE=yx(Math.random);function yx(n){return function(t,i=0,r=t.length){let s=r-(i=+i);for(;s;){let a=n()*s--|0,o=t[s+i];t[s+i]=t[a+i],t[a+i]=o}return t}}function Sr(n,e,t){n.prototype=e.prototype=t,t.constructor=n}function zs(n,e){var t=Object.create(n.prototype);for(var i in e)t[i]=e[i];return t}function pi(){}var qi=.7,Mr=1/qi,_r="\\s*([+-]?\\d+)\\s*",Bs="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*",Fn="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*",_x=/^#([0-9a-f]{3,8})$/,vx=new RegExp(`^rgb\\(${_r},${_r},${_r}\\)$`),Mx=new RegExp(`^rgb\\(${Fn},${Fn},${Fn}\\)$`),Sx=new RegExp(`^rgba\\(${_r},${_r},${_r},${Bs}\\)$`),wx=new RegExp(`^rgba\\(${Fn},${Fn},${Fn},${Bs}\\)$`),Ax=new RegExp(`^hsl\\(${Bs},${Fn},${Fn}\\)$`),Ex=new RegExp(`^hsla\\(${Bs},${Fn},${Fn},${Bs}\\)$`),up={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074};Sr(pi,wr,{copy(n){return Object.assign(new this.constructor,this,n)},displayable(){return this.rgb().displayable()},hex:fp,formatHex:fp,formatHex8:Tx,formatHsl:Cx,formatRgb:dp,toString:dp});function fp(){return this.rgb().formatHex()}function Tx(){return this.rgb().formatHex8()}function Cx(){return Mp(this).formatHsl()}function dp(){return this.rgb().formatRgb()}function wr(n){var e,t;return n=(n+"").trim().toLowerCase(),(e=_x.exec(n))?(t=e[1].length,e=parseInt(e[1],16),t===6?pp(e):t===3?new Lt(e>>8&15|e>>4&240,e>>4&15|e&240,(e&15)<<4|e&15,1):t===8?lo(e>>24&255,e>>16&255,e>>8&255,(e&255)/255):t===4?lo(e>>12&15|e>>8&240,e>>8&15|e>>4&240,e>>4&15|e&240,((e&15)<<4|e&15)/255):null):(e=vx.exec(n))?new Lt(e[1],e[2],e[3],1):(e=Mx.exec(n))?new Lt(e[1]*255/100,e[2]*255/100,e[3]*255/100,1):(e=Sx.exec(n))?lo(e[1],e[2],e[3],e[4]):(e=wx.exec(n))?lo(e[1]*255/100,e[2]*255/100,e[3]*255/100,e[4]):(e=Ax.exec(n))?bp(e[1],e[2]/100,e[3]/100,1):(e=Ex.exec(n))?bp(e[1],e[2]/100,e[3]/100,e[4]):up.hasOwnProperty(n)?pp(up[n]):n==="transparent"?new Lt(NaN,NaN,NaN,0):null}function pp(n){return new Lt(n>>16&255,n>>8&255,n&255,1)}function lo(n,e,t,i){return i<=0&&(n=e=t=NaN),new Lt(n,e,t,i)}function Ih(n){return n instanceof pi||(n=wr(n)),n?(n=n.rgb(),new Lt(n.r,n.g,n.b,n.opacity)):new Lt}function Yi(n,e,t,i){return arguments.length===1?Ih(n):new Lt(n,e,t,i??1)}function Lt(n,e,t,i){this.r=+n,this.g=+e,this.b=+t,this.opacity=+i}Sr(Lt,Yi,zs(pi,{brighter(n){return n=n==null?Mr:Math.pow(Mr,n),new Lt(this.r*n,this.g*n,this.b*n,this.opacity)},darker(n){return n=n==null?qi:Math.pow(qi,n),new Lt(this.r*n,this.g*n,this.b*n,this.opacity)},rgb(){return this},clamp(){return new Lt($i(this.r),$i(this.g),$i(this.b),ho(this.opacity))},displayable(){return-.5<=this.r&&this.r<255.5&&-.5<=this.g&&this.g<255.5&&-.5<=this.b&&this.b<255.5&&0<=this.opacity&&this.opacity<=1},hex:mp,formatHex:mp,formatHex8:Rx,formatRgb:gp,toString:gp}));function mp(){return`#${Wi(this.r)}${Wi(this.g)}${Wi(this.b)}`}function Rx(){return`#${Wi(this.r)}${Wi(this.g)}${Wi(this.b)}${Wi((isNaN(this.opacity)?1:this.opacity)*255)}`}function gp(){let n=ho(this.opacity);return`${n===1?"rgb(":"rgba("}${$i(this.r)}, ${$i(this.g)}, ${$i(this.b)}${n===1?")":`, ${n})`}`}function ho(n){return isNaN(n)?1:Math.max(0,Math.min(1,n))}function $i(n){return Math.max(0,Math.min(255,Math.round(n)||0))}function Wi(n){return n=$i(n),(n<16?"0":"")+n.toString(16)}function bp(n,e,t,i){return i<=0?n=e=t=NaN:t<=0||t>=1?n=e=NaN:e<=0&&(n=NaN),new Sn(n,e,t,i)}function Mp(n){if(n instanceof Sn)return new Sn(n.h,n.s,n.l,n.opacity);if(n instanceof pi||(n=wr(n)),!n)return new Sn;if(n instanceof Sn)return n;n=n.rgb();var e=n.r/255,t=n.g/255,i=n.b/255,r=Math.min(e,t,i),s=Math.max(e,t,i),a=NaN,o=s-r,l=(s+r)/2;return o?(e===s?a=(t-i)/o+(t<i)*6:t===s?a=(i-e)/o+2:a=(e-t)/o+4,o/=l<.5?s+r:2-s-r,a*=60):o=l>0&&l<1?0:a,new Sn(a,o,l,n.opacity)}function fo(n,e,t,i){return arguments.length===1?Mp(n):new Sn(n,e,t,i??1)}function Sn(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}Sr(Sn,fo,zs(pi,{brighter(n){return n=n==null?Mr:Math.pow(Mr,n),new Sn(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?qi:Math.pow(qi,n),new Sn(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=this.h%360+(this.h<0)*360,e=isNaN(n)||isNaN(this.s)?0:this.s,t=this.l,i=t+(t<.5?t:1-t)*e,r=2*t-i;return new Lt(Eh(n>=240?n-240:n+120,r,i),Eh(n,r,i),Eh(n<120?n+240:n-120,r,i),this.opacity)},clamp(){return new Sn(xp(this.h),co(this.s),co(this.l),ho(this.opacity))},displayable(){return(0<=this.s&&this.s<=1||isNaN(this.s))&&0<=this.l&&this.l<=1&&0<=this.opacity&&this.opacity<=1},formatHsl(){let n=ho(this.opacity);return`${n===1?"hsl(":"hsla("}${xp(this.h)}, ${co(this.s)*100}%, ${co(this.l)*100}%${n===1?")":`, ${n})`}`}}));function xp(n){return n=(n||0)%360,n<0?n+360:n}function co(n){return Math.max(0,Math.min(1,n||0))}function Eh(n,e,t){return(n<60?e+(t-e)*n/60:n<180?t:n<240?e+(t-e)*(240-n)/60:e)*255}var Sp=Math.PI/180,wp=180/Math.PI,uo=18,Ap=.96422,Ep=1,Tp=.82521,Cp=4/29,vr=6/29,Rp=3*vr*vr,Px=vr*vr*vr;function Pp(n){if(n instanceof On)return new On(n.l,n.a,n.b,n.opacity);if(n instanceof Yn)return Lp(n);n instanceof Lt||(n=Ih(n));var e=Ph(n.r),t=Ph(n.g),i=Ph(n.b),r=Th((.2225045*e+.7168786*t+.0606169*i)/Ep),s,a;return e===t&&t===i?s=a=r:(s=Th((.4360747*e+.3850649*t+.1430804*i)/Ap),a=Th((.0139322*e+.0971045*t+.7141733*i)/Tp)),new On(116*r-16,500*(s-r),200*(r-a),n.opacity)}function Ip(n,e,t,i){return arguments.length===1?Pp(n):new On(n,e,t,i??1)}function On(n,e,t,i){this.l=+n,this.a=+e,this.b=+t,this.opacity=+i}Sr(On,Ip,zs(pi,{brighter(n){return new On(this.l+uo*(n??1),this.a,this.b,this.opacity)},darker(n){return new On(this.l-uo*(n??1),this.a,this.b,this.opacity)},rgb(){var n=(this.l+16)/116,e=isNaN(this.a)?n:n+this.a/500,t=isNaN(this.b)?n:n-this.b/200;return e=Ap*Ch(e),n=Ep*Ch(n),t=Tp*Ch(t),new Lt(Rh(3.1338561*e-1.6168667*n-.4906146*t),Rh(-.9787684*e+1.9161415*n+.033454*t),Rh(.0719453*e-.2289914*n+1.4052427*t),this.opacity)}}));function Th(n){return n>Px?Math.pow(n,1/3):n/Rp+Cp}function Ch(n){return n>vr?n*n*n:Rp*(n-Cp)}function Rh(n){return 255*(n<=.0031308?12.92*n:1.055*Math.pow(n,1/2.4)-.055)}function Ph(n){return(n/=255)<=.04045?n/12.92:Math.pow((n+.055)/1.055,2.4)}function Ix(n){if(n instanceof Yn)return new Yn(n.h,n.c,n.l,n.opacity);if(n instanceof On||(n=Pp(n)),n.a===0&&n.b===0)return new Yn(NaN,0<n.l&&n.l<100?0:NaN,n.l,n.opacity);var e=Math.atan2(n.b,n.a)*wp;return new Yn(e<0?e+360:e,Math.sqrt(n.a*n.a+n.b*n.b),n.l,n.opacity)}function po(n,e,t,i){return arguments.length===1?Ix(n):new Yn(n,e,t,i??1)}function Yn(n,e,t,i){this.h=+n,this.c=+e,this.l=+t,this.opacity=+i}function Lp(n){if(isNaN(n.h))return new On(n.l,0,0,n.opacity);var e=n.h*Sp;return new On(n.l,Math.cos(e)*n.c,Math.sin(e)*n.c,n.opacity)}Sr(Yn,po,zs(pi,{brighter(n){return new Yn(this.h,this.c,this.l+uo*(n??1),this.opacity)},darker(n){return new Yn(this.h,this.c,this.l-uo*(n??1),this.opacity)},rgb(){return Lp(this).rgb()}}));var Np=-.14861,Lh=1.78277,Nh=-.29227,mo=-.90649,ks=1.97294,yp=ks*mo,_p=ks*Lh,vp=Lh*Nh-mo*Np;function Lx(n){if(n instanceof Xi)return new Xi(n.h,n.s,n.l,n.opacity);n instanceof Lt||(n=Ih(n));var e=n.r/255,t=n.g/255,i=n.b/255,r=(vp*i+yp*e-_p*t)/(vp+yp-_p),s=i-r,a=(ks*(t-r)-Nh*s)/mo,o=Math.sqrt(a*a+s*s)/(ks*r*(1-r)),l=o?Math.atan2(a,s)*wp-120:NaN;return new Xi(l<0?l+360:l,o,r,n.opacity)}function mn(n,e,t,i){return arguments.length===1?Lx(n):new Xi(n,e,t,i??1)}function Xi(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}Sr(Xi,mn,zs(pi,{brighter(n){return n=n==null?Mr:Math.pow(Mr,n),new Xi(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?qi:Math.pow(qi,n),new Xi(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=isNaN(this.h)?0:(this.h+120)*Sp,e=+this.l,t=isNaN(this.s)?0:this.s*e*(1-e),i=Math.cos(n),r=Math.sin(n);return new Lt(255*(e+t*(Np*i+Lh*r)),255*(e+t*(Nh*i+mo*r)),255*(e+t*(ks*i)),this.opacity)}}));function Up(n,e,t,i,r){var s=n*n,a=s*n;return((1-3*n+3*s-a)*e+(4-6*s+3*a)*t+(1+3*n+3*s-3*a)*i+a*r)/6}function Nx(n){var e=n.length-1;return function(t){var i=t<=0?t=0:t>=1?(t=1,e-1):Math.floor(t*e),r=n[i],s=n[i+1],a=i>0?n[i-1]:2*r-s,o=i<e-1?n[i+2]:2*s-r;return Up((t-i/e)*e,a,r,s,o)}}function Dx(n){var e=n.length;return function(t){var i=Math.floor(((t%=1)<0?++t:t)*e),r=n[(i+e-1)%e],s=n[i%e],a=n[(i+1)%e],o=n[(i+2)%e];return Up((t-i/e)*e,r,s,a,o)}}var bo=n=>()=>n;function Bp(n,e){return function(t){return n+t*e}}function Fx(n,e,t){return n=Math.pow(n,t),e=Math.pow(e,t)-n,t=1/t,function(i){return Math.pow(n+i*e,t)}}function Uh(n,e){var t=e-n;return t?Bp(n,t>180||t<-180?t-360*Math.round(t/360):t):bo(isNaN(n)?e:n)}function Ox(n){return(n=+n)==1?jt:function(e,t){return t-e?Fx(e,t,n):bo(isNaN(e)?t:e)}}function jt(n,e){var t=e-n;return t?Bp(n,t):bo(isNaN(n)?e:n)}var Dp=(function n(e){var t=Ox(e);function i(r,s){var a=t((r=Yi(r)).r,(s=Yi(s)).r),o=t(r.g,s.g),l=t(r.b,s.b),c=jt(r.opacity,s.opacity);return function(h){return r.r=a(h),r.g=o(h),r.b=l(h),r.opacity=c(h),r+""}}return i.gamma=n,i})(1);function kp(n){return function(e){var t=e.length,i=new Array(t),r=new Array(t),s=new Array(t),a,o;for(a=0;a<t;++a)o=Yi(e[a]),i[a]=o.r||0,r[a]=o.g||0,s[a]=o.b||0;return i=n(i),r=n(r),s=n(s),o.opacity=1,function(l){return o.r=i(l),o.g=r(l),o.b=s(l),o+""}}}var zp=kp(Nx),qE=kp(Dx);function Ux(n,e){e||(e=[]);var t=n?Math.min(e.length,n.length):0,i=e.slice(),r;return function(s){for(r=0;r<t;++r)i[r]=n[r]*(1-s)+e[r]*s;return i}}function Bx(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function kx(n,e){var t=e?e.length:0,i=n?Math.min(t,n.length):0,r=new Array(i),s=new Array(t),a;for(a=0;a<i;++a)r[a]=xo(n[a],e[a]);for(;a<t;++a)s[a]=e[a];return function(o){for(a=0;a<i;++a)s[a]=r[a](o);return s}}function zx(n,e){var t=new Date;return n=+n,e=+e,function(i){return t.setTime(n*(1-i)+e*i),t}}function wn(n,e){return n=+n,e=+e,function(t){return n*(1-t)+e*t}}function Vx(n,e){var t={},i={},r;(n===null||typeof n!="object")&&(n={}),(e===null||typeof e!="object")&&(e={});for(r in e)r in n?t[r]=xo(n[r],e[r]):i[r]=e[r];return function(s){for(r in t)i[r]=t[r](s);return i}}var Fh=/[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g,Dh=new RegExp(Fh.source,"g");function Gx(n){return function(){return n}}function Hx(n){return function(e){return n(e)+""}}function Wx(n,e){var t=Fh.lastIndex=Dh.lastIndex=0,i,r,s,a=-1,o=[],l=[];for(n=n+"",e=e+"";(i=Fh.exec(n))&&(r=Dh.exec(e));)(s=r.index)>t&&(s=e.slice(t,s),o[a]?o[a]+=s:o[++a]=s),(i=i[0])===(r=r[0])?o[a]?o[a]+=r:o[++a]=r:(o[++a]=null,l.push({i:a,x:wn(i,r)})),t=Dh.lastIndex;return t<e.length&&(s=e.slice(t),o[a]?o[a]+=s:o[++a]=s),o.length<2?l[0]?Hx(l[0].x):Gx(e):(e=l.length,function(c){for(var h=0,f;h<e;++h)o[(f=l[h]).i]=f.x(c);return o.join("")})}function xo(n,e){var t=typeof e,i;return e==null||t==="boolean"?bo(e):(t==="number"?wn:t==="string"?(i=wr(e))?(e=i,Dp):Wx:e instanceof wr?Dp:e instanceof Date?zx:Bx(e)?Ux:Array.isArray(e)?kx:typeof e.valueOf!="function"&&typeof e.toString!="function"||isNaN(e)?Vx:wn)(n,e)}function Vp(n,e){return n=+n,e=+e,function(t){return Math.round(n*(1-t)+e*t)}}var Fp=180/Math.PI,Oh={translateX:0,translateY:0,rotate:0,skewX:0,scaleX:1,scaleY:1};function Gp(n,e,t,i,r,s){var a,o,l;return(a=Math.sqrt(n*n+e*e))&&(n/=a,e/=a),(l=n*t+e*i)&&(t-=n*l,i-=e*l),(o=Math.sqrt(t*t+i*i))&&(t/=o,i/=o,l/=o),n*i<e*t&&(n=-n,e=-e,l=-l,a=-a),{translateX:r,translateY:s,rotate:Math.atan2(e,n)*Fp,skewX:Math.atan(l)*Fp,scaleX:a,scaleY:o}}var go;function $x(n){let e=new(typeof DOMMatrix=="function"?DOMMatrix:WebKitCSSMatrix)(n+"");return e.isIdentity?Oh:Gp(e.a,e.b,e.c,e.d,e.e,e.f)}function Xx(n){return n==null||(go||(go=document.createElementNS("http://www.w3.org/2000/svg","g")),go.setAttribute("transform",n),!(n=go.transform.baseVal.consolidate()))?Oh:(n=n.matrix,Gp(n.a,n.b,n.c,n.d,n.e,n.f))}function Hp(n,e,t,i){function r(c){return c.length?c.pop()+" ":""}function s(c,h,f,u,d,p){if(c!==f||h!==u){var b=d.push("translate(",null,e,null,t);p.push({i:b-4,x:wn(c,f)},{i:b-2,x:wn(h,u)})}else(f||u)&&d.push("translate("+f+e+u+t)}function a(c,h,f,u){c!==h?(c-h>180?h+=360:h-c>180&&(c+=360),u.push({i:f.push(r(f)+"rotate(",null,i)-2,x:wn(c,h)})):h&&f.push(r(f)+"rotate("+h+i)}function o(c,h,f,u){c!==h?u.push({i:f.push(r(f)+"skewX(",null,i)-2,x:wn(c,h)}):h&&f.push(r(f)+"skewX("+h+i)}function l(c,h,f,u,d,p){if(c!==f||h!==u){var b=d.push(r(d)+"scale(",null,",",null,")");p.push({i:b-4,x:wn(c,f)},{i:b-2,x:wn(h,u)})}else(f!==1||u!==1)&&d.push(r(d)+"scale("+f+","+u+")")}return function(c,h){var f=[],u=[];return c=n(c),h=n(h),s(c.translateX,c.translateY,h.translateX,h.translateY,f,u),a(c.rotate,h.rotate,f,u),o(c.skewX,h.skewX,f,u),l(c.scaleX,c.scaleY,h.scaleX,h.scaleY,f,u),c=h=null,function(d){for(var p=-1,b=u.length,g;++p<b;)f[(g=u[p]).i]=g.x(d);return f.join("")}}}var YE=Hp($x,"px, ","px)","deg)"),ZE=Hp(Xx,", ",")",")"),qx=1e-12;function Op(n){return((n=Math.exp(n))+1/n)/2}function Yx(n){return((n=Math.exp(n))-1/n)/2}function Zx(n){return((n=Math.exp(2*n))-1)/(n+1)}var KE=(function n(e,t,i){function r(s,a){var o=s[0],l=s[1],c=s[2],h=a[0],f=a[1],u=a[2],d=h-o,p=f-l,b=d*d+p*p,g,m;if(b<qx)m=Math.log(u/c)/e,g=function(x){return[o+x*d,l+x*p,c*Math.exp(e*x*m)]};else{var v=Math.sqrt(b),A=(u*u-c*c+i*b)/(2*c*t*v),_=(u*u-c*c-i*b)/(2*u*t*v),E=Math.log(Math.sqrt(A*A+1)-A),w=Math.log(Math.sqrt(_*_+1)-_);m=(w-E)/e,g=function(x){var S=x*m,N=Op(E),T=c/(t*v)*(N*Zx(e*S+E)-Yx(E));return[o+T*d,l+T*p,c*N/Op(e*S+E)]}}return g.duration=Math.abs(m)*1e3*e/Math.SQRT2,g}return r.rho=function(s){var a=Math.max(.001,+s),o=a*a,l=o*o;return n(a,o,l)},r})(Math.SQRT2,2,4);function Wp(n){return function(e,t){var i=n((e=fo(e)).h,(t=fo(t)).h),r=jt(e.s,t.s),s=jt(e.l,t.l),a=jt(e.opacity,t.opacity);return function(o){return e.h=i(o),e.s=r(o),e.l=s(o),e.opacity=a(o),e+""}}}var JE=Wp(Uh),jE=Wp(jt);function $p(n){return function(e,t){var i=n((e=po(e)).h,(t=po(t)).h),r=jt(e.c,t.c),s=jt(e.l,t.l),a=jt(e.opacity,t.opacity);return function(o){return e.h=i(o),e.c=r(o),e.l=s(o),e.opacity=a(o),e+""}}}var QE=$p(Uh),eT=$p(jt);function Xp(n){return(function e(t){t=+t;function i(r,s){var a=n((r=mn(r)).h,(s=mn(s)).h),o=jt(r.s,s.s),l=jt(r.l,s.l),c=jt(r.opacity,s.opacity);return function(h){return r.h=a(h),r.s=o(h),r.l=l(Math.pow(h,t)),r.opacity=c(h),r+""}}return i.gamma=e,i})(1)}var tT=Xp(Uh),yo=Xp(jt);function Kx(n){return Math.abs(n=Math.round(n))>=1e21?n.toLocaleString("en").replace(/,/g,""):n.toString(10)}function vo(n,e){if(!isFinite(n)||n===0)return null;var t=(n=e?n.toExponential(e-1):n.toExponential()).indexOf("e"),i=n.slice(0,t);return[i.length>1?i[0]+i.slice(2):i,+n.slice(t+1)]}function Ar(n){return n=vo(Math.abs(n)),n?n[1]:NaN}function Jx(n,e){return function(t,i){for(var r=t.length,s=[],a=0,o=n[0],l=0;r>0&&o>0&&(l+o+1>i&&(o=Math.max(1,i-l)),s.push(t.substring(r-=o,r+o)),!((l+=o+1)>i));)o=n[a=(a+1)%n.length];return s.reverse().join(e)}}function jx(n){return function(e){return e.replace(/[0-9]/g,function(t){return n[+t]})}}var Qx=/^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;function Vs(n){if(!(e=Qx.exec(n)))throw new Error("invalid format: "+n);var e;return new Bh({fill:e[1],align:e[2],sign:e[3],symbol:e[4],zero:e[5],width:e[6],comma:e[7],precision:e[8]&&e[8].slice(1),trim:e[9],type:e[10]})}Vs.prototype=Bh.prototype;function Bh(n){this.fill=n.fill===void 0?" ":n.fill+"",this.align=n.align===void 0?">":n.align+"",this.sign=n.sign===void 0?"-":n.sign+"",this.symbol=n.symbol===void 0?"":n.symbol+"",this.zero=!!n.zero,this.width=n.width===void 0?void 0:+n.width,this.comma=!!n.comma,this.precision=n.precision===void 0?void 0:+n.precision,this.trim=!!n.trim,this.type=n.type===void 0?"":n.type+""}Bh.prototype.toString=function(){return this.fill+this.align+this.sign+this.symbol+(this.zero?"0":"")+(this.width===void 0?"":Math.max(1,this.width|0))+(this.comma?",":"")+(this.precision===void 0?"":"."+Math.max(0,this.precision|0))+(this.trim?"~":"")+this.type};function ey(n){e:for(var e=n.length,t=1,i=-1,r;t<e;++t)switch(n[t]){case".":i=r=t;break;case"0":i===0&&(i=t),r=t;break;default:if(!+n[t])break e;i>0&&(i=0);break}return i>0?n.slice(0,i)+n.slice(r+1):n}var Mo;function ty(n,e){var t=vo(n,e);if(!t)return Mo=void 0,n.toPrecision(e);var i=t[0],r=t[1],s=r-(Mo=Math.max(-8,Math.min(8,Math.floor(r/3)))*3)+1,a=i.length;return s===a?i:s>a?i+new Array(s-a+1).join("0"):s>0?i.slice(0,s)+"."+i.slice(s):"0."+new Array(1-s).join("0")+vo(n,Math.max(0,e+s-1))[0]}function qp(n,e){var t=vo(n,e);if(!t)return n+"";var i=t[0],r=t[1];return r<0?"0."+new Array(-r).join("0")+i:i.length>r+1?i.slice(0,r+1)+"."+i.slice(r+1):i+new Array(r-i.length+2).join("0")}var Yp={"%":(n,e)=>(n*100).toFixed(e),b:n=>Math.round(n).toString(2),c:n=>n+"",d:Kx,e:(n,e)=>n.toExponential(e),f:(n,e)=>n.toFixed(e),g:(n,e)=>n.toPrecision(e),o:n=>Math.round(n).toString(8),p:(n,e)=>qp(n*100,e),r:qp,s:ty,X:n=>Math.round(n).toString(16).toUpperCase(),x:n=>Math.round(n).toString(16)};function Zp(n){return n}var Kp=Array.prototype.map,Jp=["y","z","a","f","p","n","µ","m","","k","M","G","T","P","E","Z","Y"];function ny(n){var e=n.grouping===void 0||n.thousands===void 0?Zp:Jx(Kp.call(n.grouping,Number),n.thousands+""),t=n.currency===void 0?"":n.currency[0]+"",i=n.currency===void 0?"":n.currency[1]+"",r=n.decimal===void 0?".":n.decimal+"",s=n.numerals===void 0?Zp:jx(Kp.call(n.numerals,String)),a=n.percent===void 0?"%":n.percent+"",o=n.minus===void 0?"−":n.minus+"",l=n.nan===void 0?"NaN":n.nan+"";function c(f,u){f=Vs(f);var d=f.fill,p=f.align,b=f.sign,g=f.symbol,m=f.zero,v=f.width,A=f.comma,_=f.precision,E=f.trim,w=f.type;w==="n"?(A=!0,w="g"):Yp[w]||(_===void 0&&(_=12),E=!0,w="g"),(m||d==="0"&&p==="=")&&(m=!0,d="0",p="=");var x=(u&&u.prefix!==void 0?u.prefix:"")+(g==="$"?t:g==="#"&&/[boxX]/.test(w)?"0"+w.toLowerCase():""),S=(g==="$"?i:/[%p]/.test(w)?a:"")+(u&&u.suffix!==void 0?u.suffix:""),N=Yp[w],T=/[defgprs%]/.test(w);_=_===void 0?6:/[gprs]/.test(w)?Math.max(1,Math.min(21,_)):Math.max(0,Math.min(20,_));function P(I){var O=x,R=S,D,H,k;if(w==="c")R=N(I)+R,I="";else{I=+I;var K=I<0||1/I<0;if(I=isNaN(I)?l:N(Math.abs(I),_),E&&(I=ey(I)),K&&+I==0&&b!=="+"&&(K=!1),O=(K?b==="("?b:o:b==="-"||b==="("?"":b)+O,R=(w==="s"&&!isNaN(I)&&Mo!==void 0?Jp[8+Mo/3]:"")+R+(K&&b==="("?")":""),T){for(D=-1,H=I.length;++D<H;)if(k=I.charCodeAt(D),48>k||k>57){R=(k===46?r+I.slice(D+1):I.slice(D))+R,I=I.slice(0,D);break}}}A&&!m&&(I=e(I,1/0));var $=O.length+I.length+R.length,Z=$<v?new Array(v-$+1).join(d):"";switch(A&&m&&(I=e(Z+I,Z.length?v-R.length:1/0),Z=""),p){case"<":I=O+I+R+Z;break;case"=":I=O+Z+I+R;break;case"^":I=Z.slice(0,$=Z.length>>1)+O+I+R+Z.slice($);break;default:I=Z+O+I+R;break}return s(I)}return P.toString=function(){return f+""},P}function h(f,u){var d=Math.max(-8,Math.min(8,Math.floor(Ar(u)/3)))*3,p=Math.pow(10,-d),b=c((f=Vs(f),f.type="f",f),{suffix:Jp[8+d/3]});return function(g){return b(p*g)}}return{format:c,formatPrefix:h}}var _o,kh,zh;iy({thousands:",",grouping:[3],currency:["$",""]});function iy(n){return _o=ny(n),kh=_o.format,zh=_o.formatPrefix,_o}function jp(n){return Math.max(0,-Ar(Math.abs(n)))}function Qp(n,e){return Math.max(0,Math.max(-8,Math.min(8,Math.floor(Ar(e)/3)))*3-Ar(Math.abs(n)))}function em(n,e){return n=Math.abs(n),e=Math.abs(e)-n,Math.max(0,Ar(e)-Ar(n))+1}function ry(n,e){switch(arguments.length){case 0:break;case 1:this.range(n);break;default:this.range(e).domain(n);break}return this}function sy(n){return function(){return n}}function ay(n){return+n}var tm=[0,1];function Er(n){return n}function Vh(n,e){return(e-=n=+n)?function(t){return(t-n)/e}:sy(isNaN(e)?NaN:.5)}function oy(n,e){var t;return n>e&&(t=n,n=e,e=t),function(i){return Math.max(n,Math.min(e,i))}}function ly(n,e,t){var i=n[0],r=n[1],s=e[0],a=e[1];return r<i?(i=Vh(r,i),s=t(a,s)):(i=Vh(i,r),s=t(s,a)),function(o){return s(i(o))}}function cy(n,e,t){var i=Math.min(n.length,e.length)-1,r=new Array(i),s=new Array(i),a=-1;for(n[i]<n[0]&&(n=n.slice().reverse(),e=e.slice().reverse());++a<i;)r[a]=Vh(n[a],n[a+1]),s[a]=t(e[a],e[a+1]);return function(o){var l=rp(n,o,1,i)-1;return s[l](r[l](o))}}function hy(n,e){return e.domain(n.domain()).range(n.range()).interpolate(n.interpolate()).clamp(n.clamp()).unknown(n.unknown())}function uy(){var n=tm,e=tm,t=xo,i,r,s,a=Er,o,l,c;function h(){var u=Math.min(n.length,e.length);return a!==Er&&(a=oy(n[0],n[u-1])),o=u>2?cy:ly,l=c=null,f}function f(u){return u==null||isNaN(u=+u)?s:(l||(l=o(n.map(i),e,t)))(i(a(u)))}return f.invert=function(u){return a(r((c||(c=o(e,n.map(i),wn)))(u)))},f.domain=function(u){return arguments.length?(n=Array.from(u,ay),h()):n.slice()},f.range=function(u){return arguments.length?(e=Array.from(u),h()):e.slice()},f.rangeRound=function(u){return e=Array.from(u),t=Vp,h()},f.clamp=function(u){return arguments.length?(a=u?!0:Er,h()):a!==Er},f.interpolate=function(u){return arguments.length?(t=u,h()):t},f.unknown=function(u){return arguments.length?(s=u,f):s},function(u,d){return i=u,r=d,h()}}function fy(){return uy()(Er,Er)}function dy(n,e,t,i){var r=lp(n,e,t),s;switch(i=Vs(i??",f"),i.type){case"s":{var a=Math.max(Math.abs(n),Math.abs(e));return i.precision==null&&!isNaN(s=Qp(r,a))&&(i.precision=s),zh(i,a)}case"":case"e":case"g":case"p":case"r":{i.precision==null&&!isNaN(s=em(r,Math.max(Math.abs(n),Math.abs(e))))&&(i.precision=s-(i.type==="e"));break}case"f":case"%":{i.precision==null&&!isNaN(s=jp(r))&&(i.precision=s-(i.type==="%")*2);break}}return kh(i)}function py(n){var e=n.domain;return n.ticks=function(t){var i=e();return oo(i[0],i[i.length-1],t??10)},n.tickFormat=function(t,i){var r=e();return dy(r[0],r[r.length-1],t??10,i)},n.nice=function(t){t==null&&(t=10);var i=e(),r=0,s=i.length-1,a=i[r],o=i[s],l,c,h=10;for(o<a&&(c=a,a=o,o=c,c=r,r=s,s=c);h-- >0;){if(c=Us(a,o,t),c===l)return i[r]=a,i[s]=o,e(i);if(c>0)a=Math.floor(a/c)*c,o=Math.ceil(o/c)*c;else if(c<0)a=Math.ceil(a*c)/c,o=Math.floor(o*c)/c;else break;l=c}return n},n}function Tr(){var n=fy();return n.copy=function(){return hy(n,Tr())},ry.apply(n,arguments),py(n)}function nn(n,e){let t=n.length;if(t===1)return n[0]+e;let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function An(n,e){let t=n.length;if(t===1)return e-n[0];let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function gi(n){return[nn(n,-.5),nn(n,n.length-.5)]}function rm(n,e,t,i=480,r=.25){let s=Math.abs(n[1]-n[0]),a=Math.abs(e[1]-e[0]),o=t&&s>0&&a>0?a/s:1;return o=Math.min(Math.max(o,r),1/r),o<=1?{width:i,height:Math.round(i*o)}:{width:Math.round(i/o),height:i}}function mi(n,e=5){let[t,i]=n;if(!(Number.isFinite(t)&&Number.isFinite(i)))return[];if(t===i){let a=Tr().domain([t-1,t+1]).tickFormat(e);return[{value:t,label:a(t)}]}let r=Tr().domain([Math.min(t,i),Math.max(t,i)]),s=r.tickFormat(e);return r.ticks(e).map(a=>({value:a,label:s(a)}))}function nm(n){if(!n)return null;if(n[0]===n[1]){let e=Math.abs(n[0])*1e-6||1e-6;return[n[0]-e,n[1]+e]}return n}function sm(n,e=10){let[t,i]=n;return t<i?Tr().domain([t,i]).ticks(e).filter(r=>r>t&&r<i):[]}function im(n,e=5){let[t,i]=n;if(t===i){let s=Math.abs(t)*.05||1;return[t-s,i+s]}let r=Tr().domain([t,i]).nice(e).domain();return[r[0],r[1]]}function am(n,e){return+`${n}e${e}`}function my(n,e){let t=am(n,e);return e>=-3&&e<5?String(t):`${n}e${e}`}function Cr(n,e,t){let i=[],r=Math.floor(Math.log10(n))-1,s=Math.ceil(Math.log10(e))+1;for(let a=r;a<=s;a++)for(let o of t){let l=am(o,a);l>=n*(1-1e-9)&&l<=e*(1+1e-9)&&i.push({value:l,label:my(o,a)})}return i}var om=(n,e)=>(n%e+e)%e,lm=[1],cm=[1,2,5],hm=[1,2,3,4,5,6,7,8,9];function gy(n,e=5){let t=Math.min(n[0],n[1]),i=Math.max(n[0],n[1]);if(!(t>0&&Number.isFinite(i)))return[];if(t===i)return mi([t,i],e);let r=Cr(t,i,lm);if(r.length>e){let o=Math.ceil(r.length/e);return r.filter(l=>om(Math.round(Math.log10(l.value)),o)===0)}if(r.length>=3)return r;let s=Cr(t,i,cm);if(s.length>e+2)return r.length>=2?r:s;if(s.length>=3)return s;let a=Cr(t,i,hm);return a.length>=3&&a.length<=e+2?a:s.length>=2?s:a.length>=2?a.filter((o,l)=>l%2===0||l===a.length-1):mi([t,i],e).filter(o=>o.value>0)}function by(n,e=10){let[t,i]=n;if(!(t>0&&i>t&&Number.isFinite(i)))return[];let r=o=>o.map(l=>l.value).filter(l=>l>t&&l<i),s=r(Cr(t,i,cm));if(s.length>Math.ceil(e*1.5)){if(s=r(Cr(t,i,lm)),s.length>e){let o=Math.ceil(s.length/e);s=s.filter(l=>om(Math.round(Math.log10(l)),o)===0)}return s}if(s.length>=3)return s;let a=r(Cr(t,i,hm));return a.length>=3?a:sm(n,e).filter(o=>o>0)}function Rr(n,e,t=5){return e==="log"?gy(n,t):mi(n,t)}function So(n,e,t=10){return e==="log"?by(n,t):sm(n,t)}function um(n){let e=1/0;for(let t=0;t<n.length;t++){let i=n[t];i>0&&i<e&&(e=i)}return e<1/0?e:null}function Pr(n,e,t){let i=null;if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])?i=nm([Math.min(e[0],e[1]),Math.max(e[0],e[1])]):i=nm(gr(n)),!i||t!=="log")return i;let[r,s]=i;if(r<=0){let a=1/0;for(let o=0;o<n.length;o++){let l=n[o];l>0&&l<a&&l<=s&&(a=l)}if(a<1/0)r=a;else if(s>0)r=s/10;else return[.1,1]}return r===s?[r*(1-1e-6),s*(1+1e-6)]:[r,s]}function fm(n,e,t){if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])){let i=Math.min(e[0],e[1]),r=Math.max(e[0],e[1]);if(t==="log"){let s=r>0?r:1,a=i>0?i:n&&n[0]>0&&n[0]<s?n[0]:s/10;return a<s?[a,s]:[a/1.1,s*1.1]}return i<r?[i,r]:im([i,r])}if(t==="log"){if(!n||!(n[0]>0))return[.1,1];let[i,r]=n;if(i===r)return[i/1.25,r*1.25];let s=Math.log10(i),a=Math.log10(r),o=(a-s)*.05;return[Math.pow(10,s-o),Math.pow(10,a+o)]}return im(n??[0,1])}var dm={metric:0,scale:"linear",domain:null,palette:"sequential",style:"heatmap",path:!0,floorContours:!0,overlays:[],allMetrics:!1,maxSide:480,fit:null,aspect:"equal",colorbar:!0};function Ao(n,e,t,i){let r=e?Math.max(0,e.header.metrics.indexOf(n.metric??"")):0;return{...dm,metric:r,scale:n.plot.scale,domain:t,style:n.heatmap.style,aspect:n.heatmap.aspect,path:n.plot.path,floorContours:n.surface.floor,overlays:[],fit:i}}function Hh(n,e){let t=n?n.header.metrics.indexOf(e):-1;return n&&t>=0?gr(Ot(n,t)):null}function Wh(n,e,t,i,r=!1){if(n.fixed){let s=Ps(i);if(s)return ch(s,n.clip)}return!n.clip&&t.length<=1&&!r?null:ch(Ps(t.map(s=>Hh(s,e))),n.clip)}function pm(n,e,t,i){let r=Wh(n,e,t,i,!0);if(!r)return null;let s=r[0];if(n.scale==="log"&&s<=0){let a=1/0;for(let o of t){let l=o?o.header.metrics.indexOf(e):-1,c=o&&l>=0?um(Ot(o,l)):null;c!==null&&c<=r[1]&&c<a&&(a=c)}s=a<1/0?a:r[1]/10}return Pr([],[s,r[1]],n.scale)}function mm(n){let e=n.filter(a=>a.extent!==null);if(e.length<2)return null;let t=Ps(e.map(a=>a.extent)),i=t[1]-t[0];if(!(i>0))return null;let r=e.reduce((a,o)=>o.extent[1]>a.extent[1]?o:a),s=e.filter(a=>a!==r&&a.extent[1]-a.extent[0]<i/10).map(a=>a.run);return s.length?{run:r.run,max:r.extent[1],flat:s}:null}function gm(n){let e=n.flat.length===1?n.flat[0]:`${n.flat.length} other runs`;return`${n.run} reaches ${We(n.max)}: on this linear scale ${e} ${n.flat.length===1?"looks":"look"} flat.`}function bm(n,e,t,i){let r=n.method==="pca"||e.method==="pca",s=n.frame_id&&e.frame_id&&n.frame_id!==e.frame_id,a=n.seed!==null&&e.seed!==null&&n.seed!==e.seed;if(!r&&!s&&!a)return null;let o=r?"PCA directions come from each run's own path, so the axes point in different directions of weight space, over different ranges":a?`their directions were drawn with different seeds (${n.seed} and ${e.seed})`:`their directions are not the same (frame ${n.frame_id} and ${e.frame_id})`;return`${t} and ${i} each have their own plane: ${o}. A point of one is not the same point of the other, so they cannot be subtracted. For a difference, log the runs on a shared frame: random directions drawn once with the same seed on the same architecture (LandscapeLogger's default frame="fixed" with one seed for all runs), or the same direction tensors passed to every run. Side by side shows these planes as they are.`}function xm(n,e){let[t,i]=n.header.axes,r=ah(Wn(t,n.header.method))-40;if(n.header.dims===1||!i)return r;let s=Ah(gi(t.coords),gi(i.coords),t.unit===i.unit,e)??1;return Math.max(r,(ah(Wn(i,n.header.method))-40)/s)}var wo={width:72,height:70},xy=110,Gh=20,yy=280;function ym(n,e,t,i=1){let r=Math.max(yy,t),s=Math.max(1,Math.floor((e.width+Gh)/(r+wo.width+Gh))),a=Math.ceil(Math.max(1,n)/Math.min(Math.max(1,n),s)),o=Math.ceil(Math.max(1,n)/a),l=Math.floor((e.width-(o-1)*Gh)/o),c=Math.max(Math.ceil(r*i)+wo.height,e.height-xy);return{columns:o,fit:{width:l,height:Math.min(c,l-wo.width+wo.height)}}}var $h="";function bi(n,e,t){return{run:e,tag:n,step:t.step,wallTime:t.wall_time}}function _y(n){return[n.method&&`method: ${n.method}`,n.normalization&&`normalization: ${n.normalization}`,n.seed!==null&&`seed: ${n.seed}`,n.bn_mode&&`BatchNorm: ${n.bn_mode}`,n.data_description&&`data: ${n.data_description}`].filter(Boolean).join(" · ")}function _m(n,e){let{state:t,loaded:i}=n;if(t.run===null||t.tag===null||i.steps.length===0)return null;let r=zi(i.steps.map(h=>h.step),t.step),s=i.steps[r],a=Is(t,i),o=e.space(),l=JSON.stringify([a,t.metric,t.plot,t.heatmap,t.surface,t.curve,o]);return{...a!=="compare"?My(n,e,a,r,o,l):t.compare.diff?Ay(n,e,s,o,l):Sy(n,e,s,o,l),space:JSON.stringify(o)}}function Xh(n,e,t){let i=n.stepsOf(e),r=yd(i.map(s=>s.step),n.state.step===null?null:t);return i.find(s=>s.step===r)}function vy(n,e){let{state:t,loaded:i}=n,r=t.run,s=t.tag,a=[],o=[];if(t.curve.overlay==="steps")for(let l of vd(i.steps.length,e))a.push({ref:bi(s,r,i.steps[l]),optional:!0}),o.push(`step ${i.steps[l].step}`);else if(t.curve.overlay==="runs")for(let l of Gi(t,i)){let c=l===r?void 0:Xh(n,l,i.steps[e].step);c&&(a.push({ref:bi(s,l,c),optional:!0}),o.push(`${l} · step ${c.step}`))}return{needs:a,labels:o}}function My(n,e,t,i,r,s){let{state:a,loaded:o}=n,l=a.run,c=o.steps[i],h=t==="1d"?vy(n,i):{needs:[],labels:[]},f=[{ref:bi(a.tag,l,c)},...h.needs];return{key:["main",s,...f.map(u=>qn(u.ref))].join($h),step:c.step,needs:f,draw:u=>{let d=u[0],p=[];u.slice(1).forEach((S,N)=>S&&p.push({label:h.labels[N],frame:S}));let b=d.header.dims===1?"1d":t,g=e.mainRenderer(b),m=a.curve.overlay==="runs"&&b==="1d"?[l,...Gi(a,o)]:[l],{header:v}=d,A=v.metrics.indexOf(a.metric??""),_=m.map(S=>lh(n.stepsOf(S),a.metric??"")),E=A>=0?Wh(a.plot,a.metric??"",b==="1d"?u:[d],_):null,w={...Ao(a,d,E,r.fit),overlays:p,allMetrics:a.curve.allMetrics&&b==="1d"};e.drawTimed(()=>g.draw(d,w));let x=Td(v.run,v.tag,v.step,v.metrics[Math.max(0,A)]??"");e.caption(x,_y(v)),e.exportable={frame:d,renderer:g,name:[v.run,v.tag,v.step],title:x}}}}function Sy(n,e,t,i,r){let{state:s,loaded:a}=n,o=Gi(s,a),l=s.metric??"",c=o.map(f=>({run:f,info:Xh(n,f,t.step)??null,known:n.stepsOf(f).length>0})),h=c.filter(f=>f.info).map(f=>({ref:bi(s.tag,f.run,f.info),optional:!0}));return{key:["tiles",r,...o,...h.map(f=>qn(f.ref))].join($h),step:t.step,needs:h,draw:f=>{let u=0,d=c.map(A=>{if(!A.info)return{run:A.run,frame:null,caption:"",message:A.known?`no step ≤ ${t.step}`:"no readable record"};let _=f[u++];return{run:A.run,frame:_,caption:`step ${A.info.step}`,message:_?void 0:"could not be loaded"}}),p=o.map(A=>lh(n.stepsOf(A),l)),b=pm(s.plot,l,d.map(A=>A.frame),p);e.show("tiles"),e.drawTimed(()=>e.tiles.show(d,l,Ao(s,null,b,null),i.slot));let g=s.step===null?"latest steps":`step ≤ ${t.step}`,m=a.steps[a.steps.length-1]?.dims===2;e.caption(`${s.tag} · ${o.length} run${o.length===1?"":"s"} · ${g} · ${l}`,o.length?m?"One colour scale for all tiles.":"One value range for all tiles.":"Choose runs to compare.");let v=m&&s.plot.scale==="linear"&&!s.plot.clip?mm(d.map(A=>({run:A.run,extent:Hh(A.frame,l)}))):null;e.suggest(v?gm(v):null),e.exportable=null}}}function wy(n,e){let{state:t,loaded:i}=n,r=t.compare.diff;return r.kind==="runs"?[r.a,r.b].map(s=>({run:s,info:Xh(n,s,e.step),label:s})):[r.a,r.b].map(s=>({run:t.run,info:i.steps.find(a=>a.step===s),label:`step ${s}`}))}function Ay(n,e,t,i,r){let{state:s}=n,a=s.compare.diff,o=s.metric??"",[l,c]=wy(n,t),h=[l,c].filter(u=>u.info).map(u=>({ref:bi(s.tag,u.run,u.info)})),f=a.kind==="runs"?`${l.label}${l.info?` (step ${l.info.step})`:""} − ${c.label}${c.info?` (step ${c.info.step})`:""}`:`${s.run}: ${l.label} − ${c.label}`;return{key:["diff",r,JSON.stringify(a),...h.map(u=>qn(u.ref))].join($h),step:t.step,needs:h,draw:u=>{if(e.show("diff"),e.caption(`${s.tag} · difference · ${o}`,"A − B: red where A is higher, blue where it is lower."),e.exportable=null,!l.info||!c.info){let A=l.info?c:l;e.diffView.showMessage(f,`${A.label} has no step${a.kind==="runs"?` ≤ ${t.step}`:""} to compare.`);return}let d=Qd(u[0],u[1],o,{a:l.label,b:c.label});if(!d.ok){let A=Sh(u[0],u[1])!==null,_=a.kind==="runs"&&A?bm(u[0].header,u[1].header,l.label,c.label):null;e.diffView.showMessage(f,_??d.error,_?d.error:void 0);return}let p=s.plot.clip?Math.max(...s.plot.clip.filter(A=>A!==null).map(Math.abs)):0,b=p>0?[-p,p]:wh(d.frame.values),g={...i.fit,height:i.fit.height-24},m={...Ao(s,d.frame,b,g),metric:0,scale:"linear",palette:"diverging",path:!1};e.drawTimed(()=>e.diffView.show(d.frame,f,m));let v=a.kind==="runs"?[a.a,"minus",a.b,s.tag,"step",t.step]:[s.run,s.tag,a.a,"minus",a.b];e.exportable={frame:d.frame,renderer:e.diffView.current,name:v,title:`${s.tag} · ${f} · ${o}`}}}}function ze(n){for(var e=n.length/6|0,t=new Array(e),i=0;i<e;)t[i]="#"+n.slice(i*6,++i*6);return t}var NT=ze("1f77b4ff7f0e2ca02cd627289467bd8c564be377c27f7f7fbcbd2217becf"),DT=ze("7fc97fbeaed4fdc086ffff99386cb0f0027fbf5b17666666"),FT=ze("1b9e77d95f027570b3e7298a66a61ee6ab02a6761d666666"),OT=ze("4269d0efb118ff725c6cc5b03ca951ff8ab7a463f297bbf59c6b4e9498a0"),UT=ze("a6cee31f78b4b2df8a33a02cfb9a99e31a1cfdbf6fff7f00cab2d66a3d9affff99b15928"),BT=ze("fbb4aeb3cde3ccebc5decbe4fed9a6ffffcce5d8bdfddaecf2f2f2"),kT=ze("b3e2cdfdcdaccbd5e8f4cae4e6f5c9fff2aef1e2cccccccc"),zT=ze("e41a1c377eb84daf4a984ea3ff7f00ffff33a65628f781bf999999"),VT=ze("66c2a5fc8d628da0cbe78ac3a6d854ffd92fe5c494b3b3b3"),GT=ze("8dd3c7ffffb3bebadafb807280b1d3fdb462b3de69fccde5d9d9d9bc80bdccebc5ffed6f"),qh=ze("4e79a7f28e2ce1575976b7b259a14fedc949af7aa1ff9da79c755fbab0ab"),ct=n=>zp(n[n.length-1]),Ey=new Array(3).concat("d8b365f5f5f55ab4ac","a6611adfc27d80cdc1018571","a6611adfc27df5f5f580cdc1018571","8c510ad8b365f6e8c3c7eae55ab4ac01665e","8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e","8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e","8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e","5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30","5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30").map(ze),HT=ct(Ey),Ty=new Array(3).concat("af8dc3f7f7f77fbf7b","7b3294c2a5cfa6dba0008837","7b3294c2a5cff7f7f7a6dba0008837","762a83af8dc3e7d4e8d9f0d37fbf7b1b7837","762a83af8dc3e7d4e8f7f7f7d9f0d37fbf7b1b7837","762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b7837","762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b7837","40004b762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b783700441b","40004b762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b783700441b").map(ze),WT=ct(Ty),Cy=new Array(3).concat("e9a3c9f7f7f7a1d76a","d01c8bf1b6dab8e1864dac26","d01c8bf1b6daf7f7f7b8e1864dac26","c51b7de9a3c9fde0efe6f5d0a1d76a4d9221","c51b7de9a3c9fde0eff7f7f7e6f5d0a1d76a4d9221","c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221","c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221","8e0152c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221276419","8e0152c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221276419").map(ze),$T=ct(Cy),Ry=new Array(3).concat("998ec3f7f7f7f1a340","5e3c99b2abd2fdb863e66101","5e3c99b2abd2f7f7f7fdb863e66101","542788998ec3d8daebfee0b6f1a340b35806","542788998ec3d8daebf7f7f7fee0b6f1a340b35806","5427888073acb2abd2d8daebfee0b6fdb863e08214b35806","5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b35806","2d004b5427888073acb2abd2d8daebfee0b6fdb863e08214b358067f3b08","2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08").map(ze),XT=ct(Ry),Py=new Array(3).concat("ef8a62f7f7f767a9cf","ca0020f4a58292c5de0571b0","ca0020f4a582f7f7f792c5de0571b0","b2182bef8a62fddbc7d1e5f067a9cf2166ac","b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac","b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac","b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac","67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061","67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061").map(ze),vm=ct(Py),Iy=new Array(3).concat("ef8a62ffffff999999","ca0020f4a582bababa404040","ca0020f4a582ffffffbababa404040","b2182bef8a62fddbc7e0e0e09999994d4d4d","b2182bef8a62fddbc7ffffffe0e0e09999994d4d4d","b2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d","b2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d","67001fb2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d1a1a1a","67001fb2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d1a1a1a").map(ze),qT=ct(Iy),Ly=new Array(3).concat("fc8d59ffffbf91bfdb","d7191cfdae61abd9e92c7bb6","d7191cfdae61ffffbfabd9e92c7bb6","d73027fc8d59fee090e0f3f891bfdb4575b4","d73027fc8d59fee090ffffbfe0f3f891bfdb4575b4","d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4","d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4","a50026d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4313695","a50026d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4313695").map(ze),YT=ct(Ly),Ny=new Array(3).concat("fc8d59ffffbf91cf60","d7191cfdae61a6d96a1a9641","d7191cfdae61ffffbfa6d96a1a9641","d73027fc8d59fee08bd9ef8b91cf601a9850","d73027fc8d59fee08bffffbfd9ef8b91cf601a9850","d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850","d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850","a50026d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850006837","a50026d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850006837").map(ze),ZT=ct(Ny),Dy=new Array(3).concat("fc8d59ffffbf99d594","d7191cfdae61abdda42b83ba","d7191cfdae61ffffbfabdda42b83ba","d53e4ffc8d59fee08be6f59899d5943288bd","d53e4ffc8d59fee08bffffbfe6f59899d5943288bd","d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd","d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd","9e0142d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd5e4fa2","9e0142d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd5e4fa2").map(ze),KT=ct(Dy),Fy=new Array(3).concat("e5f5f999d8c92ca25f","edf8fbb2e2e266c2a4238b45","edf8fbb2e2e266c2a42ca25f006d2c","edf8fbccece699d8c966c2a42ca25f006d2c","edf8fbccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45006d2c00441b").map(ze),JT=ct(Fy),Oy=new Array(3).concat("e0ecf49ebcda8856a7","edf8fbb3cde38c96c688419d","edf8fbb3cde38c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d810f7c4d004b").map(ze),jT=ct(Oy),Uy=new Array(3).concat("e0f3dba8ddb543a2ca","f0f9e8bae4bc7bccc42b8cbe","f0f9e8bae4bc7bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe0868ac084081").map(ze),QT=ct(Uy),By=new Array(3).concat("fee8c8fdbb84e34a33","fef0d9fdcc8afc8d59d7301f","fef0d9fdcc8afc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000").map(ze),e2=ct(By),ky=new Array(3).concat("ece2f0a6bddb1c9099","f6eff7bdc9e167a9cf02818a","f6eff7bdc9e167a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016c59014636").map(ze),t2=ct(ky),zy=new Array(3).concat("ece7f2a6bddb2b8cbe","f1eef6bdc9e174a9cf0570b0","f1eef6bdc9e174a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0045a8d023858").map(ze),n2=ct(zy),Vy=new Array(3).concat("e7e1efc994c7dd1c77","f1eef6d7b5d8df65b0ce1256","f1eef6d7b5d8df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125698004367001f").map(ze),i2=ct(Vy),Gy=new Array(3).concat("fde0ddfa9fb5c51b8a","feebe2fbb4b9f768a1ae017e","feebe2fbb4b9f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a017749006a").map(ze),r2=ct(Gy),Hy=new Array(3).concat("edf8b17fcdbb2c7fb8","ffffcca1dab441b6c4225ea8","ffffcca1dab441b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58").map(ze),s2=ct(Hy),Wy=new Array(3).concat("f7fcb9addd8e31a354","ffffccc2e69978c679238443","ffffccc2e69978c67931a354006837","ffffccd9f0a3addd8e78c67931a354006837","ffffccd9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443006837004529").map(ze),a2=ct(Wy),$y=new Array(3).concat("fff7bcfec44fd95f0e","ffffd4fed98efe9929cc4c02","ffffd4fed98efe9929d95f0e993404","ffffd4fee391fec44ffe9929d95f0e993404","ffffd4fee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c02993404662506").map(ze),o2=ct($y),Xy=new Array(3).concat("ffeda0feb24cf03b20","ffffb2fecc5cfd8d3ce31a1c","ffffb2fecc5cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026").map(ze),Mm=ct(Xy),qy=new Array(3).concat("deebf79ecae13182bd","eff3ffbdd7e76baed62171b5","eff3ffbdd7e76baed63182bd08519c","eff3ffc6dbef9ecae16baed63182bd08519c","eff3ffc6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b").map(ze),l2=ct(qy),Yy=new Array(3).concat("e5f5e0a1d99b31a354","edf8e9bae4b374c476238b45","edf8e9bae4b374c47631a354006d2c","edf8e9c7e9c0a1d99b74c47631a354006d2c","edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b").map(ze),c2=ct(Yy),Zy=new Array(3).concat("f0f0f0bdbdbd636363","f7f7f7cccccc969696525252","f7f7f7cccccc969696636363252525","f7f7f7d9d9d9bdbdbd969696636363252525","f7f7f7d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525000000").map(ze),h2=ct(Zy),Ky=new Array(3).concat("efedf5bcbddc756bb1","f2f0f7cbc9e29e9ac86a51a3","f2f0f7cbc9e29e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d").map(ze),u2=ct(Ky),Jy=new Array(3).concat("fee0d2fc9272de2d26","fee5d9fcae91fb6a4acb181d","fee5d9fcae91fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d").map(ze),f2=ct(Jy),jy=new Array(3).concat("fee6cefdae6be6550d","feeddefdbe85fd8d3cd94701","feeddefdbe85fd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704").map(ze),d2=ct(jy);var p2=yo(mn(300,.5,0),mn(-240,.5,1)),m2=yo(mn(-100,.75,.35),mn(80,1.5,.8)),g2=yo(mn(260,.75,.35),mn(80,1.5,.8)),b2=mn();var x2=Yi(),y2=Math.PI/3,_2=Math.PI*2/3;function Eo(n){var e=n.length;return function(t){return n[Math.max(0,Math.min(e-1,Math.floor(t*e)))]}}var Sm=Eo(ze("44015444025645045745055946075a46085c460a5d460b5e470d60470e6147106347116447136548146748166848176948186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f854240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d218f8d21908d21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f881fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad8128ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc743fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc8635ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11cd2e21bd5e21ad8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6e620f8e621fbe723fde725")),v2=Eo(ze("00000401000501010601010802010902020b02020d03030f03031204041405041606051806051a07061c08071e0907200a08220b09240c09260d0a290e0b2b100b2d110c2f120d31130d34140e36150e38160f3b180f3d19103f1a10421c10441d11471e114920114b21114e22115024125325125527125829115a2a115c2c115f2d11612f116331116533106734106936106b38106c390f6e3b0f703d0f713f0f72400f74420f75440f764510774710784910784a10794c117a4e117b4f127b51127c52137c54137d56147d57157e59157e5a167e5c167f5d177f5f187f601880621980641a80651a80671b80681c816a1c816b1d816d1d816e1e81701f81721f817320817521817621817822817922827b23827c23827e24828025828125818326818426818627818827818928818b29818c29818e2a81902a81912b81932b80942c80962c80982d80992d809b2e7f9c2e7f9e2f7fa02f7fa1307ea3307ea5317ea6317da8327daa337dab337cad347cae347bb0357bb2357bb3367ab5367ab73779b83779ba3878bc3978bd3977bf3a77c03a76c23b75c43c75c53c74c73d73c83e73ca3e72cc3f71cd4071cf4070d0416fd2426fd3436ed5446dd6456cd8456cd9466bdb476adc4869de4968df4a68e04c67e24d66e34e65e44f64e55064e75263e85362e95462ea5661eb5760ec5860ed5a5fee5b5eef5d5ef05f5ef1605df2625df2645cf3655cf4675cf4695cf56b5cf66c5cf66e5cf7705cf7725cf8745cf8765cf9785df9795df97b5dfa7d5efa7f5efa815ffb835ffb8560fb8761fc8961fc8a62fc8c63fc8e64fc9065fd9266fd9467fd9668fd9869fd9a6afd9b6bfe9d6cfe9f6dfea16efea36ffea571fea772fea973feaa74feac76feae77feb078feb27afeb47bfeb67cfeb77efeb97ffebb81febd82febf84fec185fec287fec488fec68afec88cfeca8dfecc8ffecd90fecf92fed194fed395fed597fed799fed89afdda9cfddc9efddea0fde0a1fde2a3fde3a5fde5a7fde7a9fde9aafdebacfcecaefceeb0fcf0b2fcf2b4fcf4b6fcf6b8fcf7b9fcf9bbfcfbbdfcfdbf")),M2=Eo(ze("00000401000501010601010802010a02020c02020e03021004031204031405041706041907051b08051d09061f0a07220b07240c08260d08290e092b10092d110a30120a32140b34150b37160b39180c3c190c3e1b0c411c0c431e0c451f0c48210c4a230c4c240c4f260c51280b53290b552b0b572d0b592f0a5b310a5c320a5e340a5f3609613809623909633b09643d09653e0966400a67420a68440a68450a69470b6a490b6a4a0c6b4c0c6b4d0d6c4f0d6c510e6c520e6d540f6d550f6d57106e59106e5a116e5c126e5d126e5f136e61136e62146e64156e65156e67166e69166e6a176e6c186e6d186e6f196e71196e721a6e741a6e751b6e771c6d781c6d7a1d6d7c1d6d7d1e6d7f1e6c801f6c82206c84206b85216b87216b88226a8a226a8c23698d23698f24699025689225689326679526679727669827669a28659b29649d29649f2a63a02a63a22b62a32c61a52c60a62d60a82e5fa92e5eab2f5ead305dae305cb0315bb1325ab3325ab43359b63458b73557b93556ba3655bc3754bd3853bf3952c03a51c13a50c33b4fc43c4ec63d4dc73e4cc83f4bca404acb4149cc4248ce4347cf4446d04545d24644d34743d44842d54a41d74b3fd84c3ed94d3dda4e3cdb503bdd513ade5238df5337e05536e15635e25734e35933e45a31e55c30e65d2fe75e2ee8602de9612bea632aeb6429eb6628ec6726ed6925ee6a24ef6c23ef6e21f06f20f1711ff1731df2741cf3761bf37819f47918f57b17f57d15f67e14f68013f78212f78410f8850ff8870ef8890cf98b0bf98c0af98e09fa9008fa9207fa9407fb9606fb9706fb9906fb9b06fb9d07fc9f07fca108fca309fca50afca60cfca80dfcaa0ffcac11fcae12fcb014fcb216fcb418fbb61afbb81dfbba1ffbbc21fbbe23fac026fac228fac42afac62df9c72ff9c932f9cb35f8cd37f8cf3af7d13df7d340f6d543f6d746f5d949f5db4cf4dd4ff4df53f4e156f3e35af3e55df2e661f2e865f2ea69f1ec6df1ed71f1ef75f1f179f2f27df2f482f3f586f3f68af4f88ef5f992f6fa96f8fb9af9fc9dfafda1fcffa4")),S2=Eo(ze("0d088710078813078916078a19068c1b068d1d068e20068f2206902406912605912805922a05932c05942e05952f059631059733059735049837049938049a3a049a3c049b3e049c3f049c41049d43039e44039e46039f48039f4903a04b03a14c02a14e02a25002a25102a35302a35502a45601a45801a45901a55b01a55c01a65e01a66001a66100a76300a76400a76600a76700a86900a86a00a86c00a86e00a86f00a87100a87201a87401a87501a87701a87801a87a02a87b02a87d03a87e03a88004a88104a78305a78405a78606a68707a68808a68a09a58b0aa58d0ba58e0ca48f0da4910ea3920fa39410a29511a19613a19814a099159f9a169f9c179e9d189d9e199da01a9ca11b9ba21d9aa31e9aa51f99a62098a72197a82296aa2395ab2494ac2694ad2793ae2892b02991b12a90b22b8fb32c8eb42e8db52f8cb6308bb7318ab83289ba3388bb3488bc3587bd3786be3885bf3984c03a83c13b82c23c81c33d80c43e7fc5407ec6417dc7427cc8437bc9447aca457acb4679cc4778cc4977cd4a76ce4b75cf4c74d04d73d14e72d24f71d35171d45270d5536fd5546ed6556dd7566cd8576bd9586ada5a6ada5b69db5c68dc5d67dd5e66de5f65de6164df6263e06363e16462e26561e26660e3685fe4695ee56a5de56b5de66c5ce76e5be76f5ae87059e97158e97257ea7457eb7556eb7655ec7754ed7953ed7a52ee7b51ef7c51ef7e50f07f4ff0804ef1814df1834cf2844bf3854bf3874af48849f48948f58b47f58c46f68d45f68f44f79044f79143f79342f89441f89540f9973ff9983ef99a3efa9b3dfa9c3cfa9e3bfb9f3afba139fba238fca338fca537fca636fca835fca934fdab33fdac33fdae32fdaf31fdb130fdb22ffdb42ffdb52efeb72dfeb82cfeba2cfebb2bfebd2afebe2afec029fdc229fdc328fdc527fdc627fdc827fdca26fdcb26fccd25fcce25fcd025fcd225fbd324fbd524fbd724fad824fada24f9dc24f9dd25f8df25f8e125f7e225f7e425f6e626f6e826f5e926f5eb27f4ed27f3ee27f3f027f2f227f1f426f1f525f0f724f0f921"));var Zi=[150,150,150],Ki=[230,0,230],Ji=[0,200,255];function At(n){return`rgb(${n[0]}, ${n[1]}, ${n[2]})`}function Yh(n){let e=/^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(n);if(e)return[+e[1],+e[2],+e[3]];let t=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(n);if(t)return[parseInt(t[1],16),parseInt(t[2],16),parseInt(t[3],16)];throw new Error(`unrecognised colour ${JSON.stringify(n)}`)}function To(n){return vm(1-n)}function Qy(n){return n==="diverging"?To:Sm}function e_(n,e,t="linear"){let[i,r]=e;if(t==="log"){let s=Math.log10(i);return Math.pow(10,s+n*(Math.log10(r)-s))}return i+n*(r-i)}var xi=class{constructor(e,t={}){this.scale=t.scale??"linear",this.palette=t.palette??"sequential",this.size=t.size??256,this.interpolate=t.interpolate??Qy(this.palette);let[i,r]=e;this.scale==="log"&&!(i>0)&&(i=r>0?r*1e-6:1e-6,r>i||(r=i*10)),this.domain=[i,r],this.l0=i>0?Math.log10(i):0,this.lspan=i>0&&r>i?Math.log10(r)-this.l0:0,this.lut=new Uint8Array(this.size*3);for(let s=0;s<this.size;s++)this.lut.set(Yh(this.interpolate(s/(this.size-1))),s*3)}position(e){if(!Number.isFinite(e))return NaN;let[t,i]=this.domain;if(!(i>t))return .5;let r;if(this.scale==="log"){if(e<=0)return 0;r=(Math.log10(e)-this.l0)/this.lspan}else r=(e-t)/(i-t);return r<0?0:r>1?1:r}valueAt(e){return e_(e,this.domain,this.scale)}color(e){if(e!==e)return Zi;if(e===1/0)return Ki;if(e===-1/0)return Ji;let t=this.lutOffset(e);return[this.lut[t],this.lut[t+1],this.lut[t+2]]}colorAt(e){let t=e<0?0:e>1?1:e,i=Math.round(t*(this.size-1))*3;return[this.lut[i],this.lut[i+1],this.lut[i+2]]}lutOffset(e){return Math.round(this.position(e)*(this.size-1))*3}};function wm(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);let s=r&&r.rgba.length===e*t*4&&r.mask.length===e*t*4,a=s?r.rgba:new Uint8ClampedArray(e*t*4),o=s?r.mask:new Uint8ClampedArray(e*t*4),l=i.lut,c=0;for(let h=0;h<t;h++){let f=t-1-h;for(let u=0;u<e;u++){let d=n[h*e+u],p=(f*e+u)*4;if(Number.isFinite(d)){let b=i.lutOffset(d);a[p]=l[b],a[p+1]=l[b+1],a[p+2]=l[b+2],o[p+3]=0}else{let b=i.color(d);a[p]=b[0],a[p+1]=b[1],a[p+2]=b[2],o[p+3]=255,c++}a[p+3]=255}}return{rgba:a,mask:o,nonFinite:c}}var Co=4;function yi(n){let{side:e,x:t,y:i,length:r}=n,s=Ue("g",{class:`tbl-axis tbl-axis-${e}`,transform:`translate(${t},${i})`}),a=e==="bottom";s.append(Ue("line",a?{x1:0,y1:0,x2:r,y2:0}:{x1:0,y1:0,x2:0,y2:r}));for(let o of n.ticks)if(!(o.pos<-.5||o.pos>r+.5))if(a)s.append(Ue("line",{x1:o.pos,y1:0,x2:o.pos,y2:Co}),Ue("text",{x:o.pos,y:Co+2,"text-anchor":"middle","dominant-baseline":"hanging"},[o.label]));else{let l=e==="left"?-1:1;s.append(Ue("line",{x1:0,y1:o.pos,x2:l*Co,y2:o.pos}),Ue("text",{x:l*(Co+3),y:o.pos,"text-anchor":e==="left"?"end":"start","dominant-baseline":"middle"},[o.label]))}if(n.title){let o=n.titleOffset??30,l=fd(n.title,r+40),c=a?Ue("text",{class:"tbl-axis-title",x:r/2,y:o,"text-anchor":"middle"},[l]):Ue("text",{class:"tbl-axis-title",transform:`translate(${e==="left"?-o:o},${r/2}) rotate(-90)`,"text-anchor":"middle"},[l]);l!==n.title&&c.append(Ue("title",{},[n.title])),s.append(c)}return s}var Zh=14,t_=56,Am=16,Em=7,_i=class{constructor(){this.element=re("div",{class:"tbl-colorbar","data-testid":"colorbar"});this.title=re("div",{class:"tbl-colorbar-title"});this.canvas=re("canvas",{class:"tbl-colorbar-bar"});this.svg=Ue("svg",{class:"tbl-colorbar-axis"});this.painted="";let e=re("div",{class:"tbl-colorbar-body"},[this.canvas,this.svg]);this.element.append(this.title,e),this.svg.style.overflow="visible"}draw(e,t,i,r={}){let s=r.top??26;this.element.style.marginTop="0px",this.element.style.gap=`${Math.max(2,s-Am)}px`,this.title.style.height=`${Am}px`,this.title.textContent=i;let[a,o]=e.domain,l=`${a} ${o} ${e.scale} ${e.palette} ${t} ${window.devicePixelRatio}`;if(l!==this.painted){let g=pd(this.canvas,Zh,t);for(let m=0;m<t;m++)g.fillStyle=At(e.colorAt(1-(m+.5)/t)),g.fillRect(0,m,Zh,1);this.painted=l}let c=Rr([a,o],e.scale,Math.max(2,Math.round(t/60))),h=g=>o>a?(1-e.position(g))*t:t/2;this.svg.setAttribute("width",String(t_)),this.svg.setAttribute("height",String(t+2));let f=[yi({side:"right",x:.5,y:.5,length:t,ticks:c.map(g=>({pos:h(g.value),label:g.label}))})],u=-Zh-.5,d=-.5,p=(u+d)/2,b=r.clip??{below:0,above:0};b.above>0&&f.push(Ue("polygon",{class:"tbl-clip-mark","data-end":"above",points:`${u},-1.5 ${d},-1.5 ${p},${-1.5-Em}`,fill:At(e.colorAt(1))})),b.below>0&&f.push(Ue("polygon",{class:"tbl-clip-mark","data-end":"below",points:`${u},${t+1.5} ${d},${t+1.5} ${p},${t+1.5+Em}`,fill:At(e.colorAt(0))})),this.svg.replaceChildren(...f),this.element.dataset.ticks=c.map(g=>g.label).join(" "),this.element.dataset.domain=`${a} ${o}`,this.element.dataset.scale=e.scale,this.element.dataset.clip=[b.below>0?"below":"",b.above>0?"above":""].filter(Boolean).join(" ")}};function Tm(n,e,t,i,r,s=1/0){let a=Math.max(1,Math.floor(n)),o=Math.max(120,Math.round(e)),l=Math.floor((s-t.top-t.bottom-(a-1)*r)/a),c=Math.max(80,Math.min(l,Math.round(o*i*(a>1?.6:1)))),h=[];for(let f=0;f<a;f++)h.push({left:t.left,top:t.top+f*(c+r),width:o,height:c});return{plots:h,width:t.left+o+t.right,height:t.top+a*c+(a-1)*r+t.bottom}}function Cm(n,e,t,i=4){if(n.length===0)return-1;let r=n[0],s=n[n.length-1];if(e<r.left-i||e>r.left+r.width+i||t<r.top-i||t>s.top+s.height+i)return-1;let a=0,o=1/0;return n.forEach((l,c)=>{let h=t<l.top?l.top-t:t>l.top+l.height?t-(l.top+l.height):0;h<o&&(o=h,a=c)}),a}function Ro(n,e){let t=n.length;return Number.isFinite(e)?Math.min(t-1,Math.max(0,Math.round(An(n,e)))):Math.floor((t-1)/2)}function Kh(n,e){let t=Ot(n,e),i=n.header.axes;if(n.header.dims===1)return[{label:n.header.metrics[e],axis:0,coords:i[0].coords,values:t}];let{nx:r,ny:s}=n,[a,o]=n.header.center,l=i[0].coords,c=i[1].coords,h=Ro(c,o),f=Ro(l,a),u=new Float32Array(s);for(let p=0;p<s;p++)u[p]=t[p*r+f];let d=p=>i[p].label||(p===0?"x":"y");return[{label:`${d(0)} at ${d(1)} = ${We(c[h])}`,axis:0,coords:l,values:t.subarray(h*r,(h+1)*r)},{label:`${d(1)} at ${d(0)} = ${We(l[f])}`,axis:1,coords:c,values:u}]}function Rm(n,e,t){let i=n.header.metrics.indexOf(e);return i>=0?i:t>=0&&t<n.metricCount?t:-1}function Jh(n,e,t){let i=n.length;if(i===0)return{x:NaN,value:NaN};let r=An(n,t);if(r<-.5||r>i-.5)return{x:NaN,value:NaN};let s=Math.min(i-1,Math.max(0,Math.round(r)));return{x:n[s],value:e[s]}}function Pm(n,e,t){let i=n.length;if(i===0||!(t>=n[0]&&t<=n[i-1]))return NaN;if(i===1)return e[0];let r=An(n,t),s=Math.min(i-2,Math.max(0,Math.floor(r))),a=r-s;return e[s]+a*(e[s+1]-e[s])}function Ir(n){if(!n)return[];let e=[];for(let t=0;t<n.x.length;t++){let i=n.x[t],r=n.y?n.y[t]:0;!Number.isFinite(i)||!Number.isFinite(r)||e.push({step:n.steps[t],x:i,y:r,planeLoss:n.plane_loss?n.plane_loss[t]:NaN,trueLoss:n.true_loss?n.true_loss[t]:NaN,residual:n.residual?n.residual[t]:NaN})}return e}function Lr(n,e){let t=e<=1?1:n/(e-1);return Yh(Mm(.25+.75*t))}function Po(n,e,t,i){let r=-1,s=i*i;for(let a=0;a<n.length;a++){let o=n[a][0]-e,l=n[a][1]-t,c=o*o+l*l;c<=s&&(r=a,s=c)}return r}function Im(n,e){return re("span",{class:e?"tbl-swatch tbl-hatched":"tbl-swatch",style:`background-color: ${At(n)}`})}function Nr(n,e){let t=re("div",{class:"tbl-legend","data-testid":"legend"}),i=e.series??[];i.length>1&&i.forEach(({label:o,color:l},c)=>{t.append(re("span",{class:"tbl-legend-entry","data-kind":"series","data-index":c},[re("span",{class:"tbl-series-swatch",style:`border-top-color: ${l}`}),o]))});let r=[[Zi,n.nan,"NaN"],[Ki,n.posInf,"+inf"],[Ji,n.negInf,"-inf"]];for(let[o,l,c]of r)l>0&&t.append(re("span",{class:"tbl-legend-entry","data-kind":c},[Im(o,e.hatched),`${c}: ${l} point${l===1?"":"s"} (${e.note})`]));let s=e.clip;if(s){let o=s.range??"colour range";for(let[l,c,h,f]of[[s.above,"above",s.high,"▲"],[s.below,"below",s.low,"▼"]])l>0&&t.append(re("span",{class:"tbl-legend-entry","data-kind":c,"data-count":l},[...h?[Im(h,!1)]:[],`${f} ${hd(l,c,o)}`]))}if(e.center){let o=e.center.mark==="cross"?re("span",{class:"tbl-center-mark"},["+"]):re("span",{class:"tbl-center-dash"});t.append(re("span",{class:"tbl-legend-entry","data-kind":"center"},[o,e.center.text]))}let a=e.path;if(a&&a.count>0){let o=a.count===1?`step ${a.last}`:`${a.count} steps, ${a.first} → ${a.last}`;t.append(re("span",{class:"tbl-legend-entry","data-kind":"path"},[re("span",{class:"tbl-path-swatch",style:`background-image: linear-gradient(to right, ${At(a.early)}, ${At(a.late)})`}),`optimizer path (${o}, light = early)`,re("span",{class:"tbl-ring-mark",style:`background-color: ${At(a.late)}`}),`current step ${a.last}`]))}return t}var Qh=3.5,Io=6,jh="rgba(0, 0, 0, 0.75)";function Gs(n){return Array.from({length:n},(e,t)=>Lr(t,n))}function Lm(n,e,t,i=-1){let r=e.length;if(r===0)return;if(n.save(),n.lineJoin="round",n.lineCap="round",r>1){n.beginPath(),e.forEach(([o,l],c)=>c===0?n.moveTo(o,l):n.lineTo(o,l)),n.strokeStyle=jh,n.lineWidth=4,n.stroke(),n.lineWidth=2;for(let o=1;o<r;o++)n.beginPath(),n.moveTo(e[o-1][0],e[o-1][1]),n.lineTo(e[o][0],e[o][1]),n.strokeStyle=At(t[o]),n.stroke()}for(let o=0;o<r-1;o++){let[l,c]=e[o];n.beginPath(),n.arc(l,c,Qh,0,2*Math.PI),n.fillStyle=At(t[o]),n.fill(),n.strokeStyle=jh,n.lineWidth=1,n.stroke()}let[s,a]=e[r-1];if(n.beginPath(),n.arc(s,a,Io,0,2*Math.PI),n.fillStyle=At(t[r-1]),n.fill(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.beginPath(),n.arc(s,a,Io+1.5,0,2*Math.PI),n.strokeStyle=jh,n.lineWidth=1,n.stroke(),i>=0&&i<r){let[o,l]=e[i];n.beginPath(),n.arc(o,l,(i===r-1?Io:Qh)+4,0,2*Math.PI),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke()}n.restore()}function Nm(n,e,t=[]){let i=Ue("g",{class:"tbl-path","data-testid":"path-overlay","data-points":n.length}),r=n.length;return r===0||(r>1&&i.append(Ue("polyline",{class:"tbl-path-line",points:n.map(([s,a])=>`${s.toFixed(2)},${a.toFixed(2)}`).join(" ")})),n.forEach(([s,a],o)=>{let l=o===r-1;i.append(Ue("circle",{class:l?"tbl-path-point tbl-path-current":"tbl-path-point",cx:s.toFixed(2),cy:a.toFixed(2),r:l?Io:Qh,fill:At(e[o]),"data-step":t[o]}))})),i}function Lo(n,e,t){let i=e===2?`(${We(n.x)}, ${We(n.y)})`:`x = ${We(n.x)}`;return`path, step ${n.step}${t?" (current)":""} at ${i}: on-plane loss = ${We(n.planeLoss)}, true loss = ${We(n.trueLoss)}, projection residual = ${We(n.residual)}`}var Qt={top:14,right:16,bottom:44,left:64},n_=.55,i_=8,r_=24,No=To(.9),Do=To(.1);function s_(n){return n===0?"var(--tbl-line)":qh[n%qh.length]}var a_=0,Fo=class{constructor(){this.element=re("div",{class:"tbl-curve"});this.svg=Ue("svg",{"data-testid":"curve",class:"tbl-curve-svg"});this.readout=re("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=re("div");this.clipId=`tbl-curve-clip-${++a_}`;this.hoverGroup=Ue("g");this.cleanups=[];this.frame=null;this.metric=0;this.panels=[];this.xLabel="x";this.px=e=>e;this.ix=e=>e;this.drawable=Number.isFinite;this.path=[];this.pathPixels=[];this.element.append(this.svg,this.readout,this.legendSlot);let e=i=>this.onHover(i),t=()=>this.clearHover();this.svg.addEventListener("mousemove",e),this.svg.addEventListener("mouseleave",t),this.cleanups.push(()=>this.svg.removeEventListener("mousemove",e),()=>this.svg.removeEventListener("mouseleave",t)),this.element.dataset.series="0",this.element.dataset.panels="0",this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();this.frame=e,this.metric=t.metric;let r=e.header,s=t.scale==="log",a=!!t.allMetrics&&r.metrics.length>1,o=a?r.metrics.map((ee,Me)=>Me):[t.metric],l=t.palette==="diverging",c=t.overlays??[],h=c.some(ee=>ee.frame.header.run!==r.run),f=c.length?h?`${r.run}, step ${r.step}`:`step ${r.step}`:"",u=new Map,d=o.map(ee=>{let Me=r.metrics[ee],X=[],ie=0,le=(te,Se,Xe)=>{let Te=s_(a?ie:X.length);X.push({label:te,coords:Se.coords,values:Se.values,color:Te,signed:l&&Xe}),u.has(ie)||u.set(ie,{label:te,color:Te}),ie++},be=Kh(e,ee);for(let te of be)le(f?r.dims===1?f:`${f}: ${te.label}`:te.label,te,!0);for(let te of c){let Se=Rm(te.frame,Me,a&&ee!==t.metric?-1:t.metric);if(Se<0){ie+=te.frame.header.dims===1?1:2;continue}for(let Xe of Kh(te.frame,Se))le(te.frame.header.dims===1?te.label:`${te.label}: ${Xe.label}`,Xe,!1)}return{m:ee,name:Me,series:X,main:be}});this.drawable=s?ee=>Number.isFinite(ee)&&ee>0:Number.isFinite;let p=1/0,b=-1/0,g=d.map(({m:ee,series:Me})=>{let X=1/0,ie=-1/0;for(let le of Me){let be=le.coords.length;if(be!==0){p=Math.min(p,le.coords[0]),b=Math.max(b,le.coords[be-1]);for(let te=0;te<le.values.length;te++){let Se=le.values[te];this.drawable(Se)&&(Se<X&&(X=Se),Se>ie&&(ie=Se))}}}return fm(X<=ie?[X,ie]:null,ee===t.metric?t.domain:null,t.scale)}),m=p<b?[p,b]:Number.isFinite(p)?[p-1,p+1]:[-1,1],v=t.fit?t.fit.width-Qt.left-Qt.right:t.maxSide,A=Tm(d.length,v,Qt,n_,r_,t.fit?.height),_=A.plots[0].width,E=ee=>Qt.left+(ee-m[0])/(m[1]-m[0])*_,w=ee=>m[0]+(ee-Qt.left)/_*(m[1]-m[0]);this.px=E,this.ix=w,this.svg.setAttribute("width",String(A.width)),this.svg.setAttribute("height",String(A.height));let x=d.map((ee,Me)=>{let X=A.plots[Me],ie=g[Me],le=X.height,be=s?Math.log10(ie[0]):0,te=s?Math.log10(ie[1]):0,Se=s?Xe=>X.top+(te-Math.log10(Xe))/(te-be)*le:Xe=>X.top+(ie[1]-Xe)/(ie[1]-ie[0])*le;return{name:ee.name,series:ee.series,main:ee.main,plot:X,py:Se,clipId:Me===0?this.clipId:`${this.clipId}-${Me}`}});this.panels=x;let[S,N]=r.axes;this.xLabel=r.dims===1?S.label||"x":`${S.label||"x"} / ${N.label||"y"}`;let T=r.dims===1?Wn(S,r.method):Wn({label:this.xLabel,unit:S.unit===N.unit?S.unit:"",explained_variance:null},r.method),P=mi(m,Math.max(2,Math.round(_/70))).map(ee=>({pos:E(ee.value)-Qt.left,label:ee.label})),I=d.findIndex(ee=>ee.name==="loss"),O=a?I>=0?I:Math.max(0,d.findIndex(ee=>ee.m===t.metric)):0,R=Ue("defs"),D=[R],H={nan:0,posInf:0,negInf:0},k={below:0,above:0};this.path=[],this.pathPixels=[],x.forEach((ee,Me)=>{let{plot:X,py:ie,main:le}=ee,be=X.top,te=X.height,Se=Me===x.length-1;R.append(Ue("clipPath",{id:ee.clipId},[Ue("rect",{x:Qt.left,y:be-1,width:_,height:te+2})])),D.push(Ue("rect",{class:"tbl-frame",x:Qt.left-.5,y:be-.5,width:_+1,height:te+1}));let Xe=[...new Set(r.center.slice(0,le.length))];for(let xe of Xe)Number.isFinite(xe)&&xe>=m[0]&&xe<=m[1]&&D.push(Ue("line",{class:"tbl-center-line",x1:E(xe),x2:E(xe),y1:be,y2:be+te}));let Te=NaN;if(l&&!s){let xe=g[Me];Te=Math.min(be+te,Math.max(be,ie(0))),xe[0]<0&&xe[1]>0&&D.push(Ue("line",{class:"tbl-zero-line",x1:Qt.left,x2:Qt.left+_,y1:ie(0),y2:ie(0)})),R.append(Ue("clipPath",{id:`${ee.clipId}-above`},[Ue("rect",{x:Qt.left,y:be-1,width:_,height:Math.max(0,Te-be+1)})]),Ue("clipPath",{id:`${ee.clipId}-below`},[Ue("rect",{x:Qt.left,y:Te,width:_,height:Math.max(0,be+te+1-Te)})]))}let qe=Ue("g",{"clip-path":`url(#${ee.clipId})`});ee.series.forEach((xe,Je)=>{let tt="",ht=[];for(let[ot,gt]of o_(xe.values,this.drawable)){if(gt-ot===1){let bt=xe.signed?xe.values[ot]>=0?No:Do:xe.color;ht.push(Ue("circle",{class:"tbl-curve-series-dot",cx:E(xe.coords[ot]),cy:ie(xe.values[ot]),r:2.5,style:`fill: ${bt}`}));continue}for(let bt=ot;bt<gt;bt++)tt+=`${bt===ot?"M":"L"}${E(xe.coords[bt]).toFixed(2)},${ie(xe.values[bt]).toFixed(2)}`}let nt=Je===0?"tbl-curve-line tbl-curve-series":"tbl-curve-series";xe.signed&&Number.isFinite(Te)?qe.append(Ue("g",{"clip-path":`url(#${ee.clipId}-above)`},[Ue("path",{class:nt,"data-series":Je,d:tt,style:`stroke: ${No}`})]),Ue("g",{"clip-path":`url(#${ee.clipId}-below)`},[Ue("path",{class:"tbl-curve-series",d:tt,style:`stroke: ${Do}`})]),...ht):qe.append(Ue("path",{class:nt,"data-series":Je,d:tt,style:`stroke: ${xe.color}`}),...ht)}),D.push(qe);for(let xe of le){let Je=br(xe.values);H.nan+=Je.nan,H.posInf+=Je.posInf,H.negInf+=Je.negInf;for(let tt=0;tt<xe.values.length;tt++){let ht=xe.values[tt];if(Number.isFinite(ht))continue;let nt=ht!==ht?Zi:ht>0?Ki:Ji;D.push(Ue("rect",{class:"tbl-nonfinite-mark",x:E(xe.coords[tt])-2,y:be,width:4,height:8,fill:At(nt)}))}}if(t.domain&&d[Me].m===t.metric)for(let xe of le){let Je=di(xe.values,g[Me]);k={below:k.below+Je.below,above:k.above+Je.above}}if(Me===O&&t.path&&r.dims===1&&r.trajectory){let xe=Ir(r.trajectory),Je=Gs(xe.length),tt=le[0],ht=[];xe.forEach((ot,gt)=>{let bt=Number.isFinite(ot.planeLoss)?ot.planeLoss:Pm(tt.coords,tt.values,ot.x);this.drawable(bt)&&(ht.push(gt),this.path.push(ot),this.pathPixels.push([E(ot.x),ie(bt)]))});let nt=Nm(this.pathPixels,ht.map(ot=>Je[ot]),this.path.map(ot=>ot.step));nt.setAttribute("clip-path",`url(#${ee.clipId})`),D.push(nt)}let et=Rr(g[Me],t.scale,Math.max(2,Math.round(te/50))).map(xe=>({pos:ie(xe.value)-be,label:xe.label}));D.push(yi({side:"bottom",x:Qt.left,y:be+te+.5,length:_,ticks:Se?P:P.map(xe=>({...xe,label:""})),title:Se?T:void 0,titleOffset:36}),yi({side:"left",x:Qt.left-.5,y:be,length:te,ticks:et,title:ee.name+(s?" (log)":""),titleOffset:52}))}),this.hoverGroup=Ue("g",{class:"tbl-curve-hover",visibility:"hidden"}),D.push(this.hoverGroup),this.svg.replaceChildren(...D);let K=this.path.length,$=Gs(K),Z=x[0].main.length,ne=l&&x[0].series.length===1?[{label:"above 0",color:No},{label:"below 0",color:Do}]:a?[...u.entries()].sort((ee,Me)=>ee[0]-Me[0]).map(([,ee])=>ee):x[0].series.map(ee=>({label:ee.label,color:ee.color}));this.legendSlot.replaceChildren(Nr(H,{hatched:!1,note:"line broken",center:{text:`centre (${r.center.slice(0,Z).map(We).join(", ")})`,mark:"line"},series:ne,clip:t.domain?{...k,range:"y range"}:null,path:K>0?{count:K,first:this.path[0].step,last:this.path[K-1].step,early:$[0],late:$[K-1]}:null})),this.readout.textContent=" ",this.element.dataset.series=String(x.reduce((ee,Me)=>ee+Me.series.length,0)),this.element.dataset.panels=String(x.length),this.element.dataset.pathPoints=String(K),this.element.dataset.scale=t.scale,this.element.dataset.drawMs=(performance.now()-i).toFixed(1)}clearHover(){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=" "}onHover(e){let t=this.frame,i=this.panels,r=i[0]?.series[0];if(!t||!r)return;let s=this.svg.getBoundingClientRect(),a=e.clientX-s.left,o=e.clientY-s.top;if(Cm(i.map(b=>b.plot),a,o)<0){this.clearHover();return}let l=Po(this.pathPixels,a,o,i_);if(l>=0){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=Lo(this.path[l],1,l===this.path.length-1);return}let c=this.ix(a),h=Jh(r.coords,r.values,c),f=Number.isFinite(h.x)?h.x:c,u=[],d=[],p=this.px(f);for(let b of i){let g=[];for(let m of b.series){let{x:v,value:A}=Jh(m.coords,m.values,f);if(!Number.isFinite(v))continue;g.push(`${m.label} = ${We(A)}${v!==f?` (at ${We(v)})`:""}`);let _=m.signed?A>=0?No:Do:m.color;this.drawable(A)&&d.push(Ue("circle",{cx:this.px(v),cy:b.py(A),r:3.5,style:`fill: ${_}`}))}if(d.push(Ue("line",{x1:p,x2:p,y1:b.plot.top,y2:b.plot.top+b.plot.height})),i.length===1&&t.header.dims===1&&t.metricCount>1&&Number.isFinite(h.x)){let m=Ro(r.coords,h.x);t.header.metrics.forEach((v,A)=>{A!==this.metric&&g.push(`${v} = ${We(t.values[A*t.nx+m])}`)})}i.length===1?u.push(g.join(", ")):g.length===1&&b.series[0].label===b.name?u.push(g[0]):g.length&&u.push(`${b.name}: ${g.join(", ")}`)}this.readout.textContent=`${this.xLabel} = ${We(f)}: ${u.join("; ")}`,d.sort((b,g)=>(b.tagName==="line"?0:1)-(g.tagName==="line"?0:1)),this.hoverGroup.replaceChildren(...d),this.hoverGroup.setAttribute("visibility","visible")}toPng(){return this.hoverGroup.setAttribute("visibility","hidden"),dr(this.element,e=>e===this.readout)}resetView(){}dispose(){for(let e of this.cleanups.splice(0))e();this.frame=null,this.panels=[]}};function o_(n,e){if(e===Number.isFinite)return jd(n);let t=[],i=-1;for(let r=0;r<=n.length;r++){let s=r<n.length&&e(n[r]);s&&i<0&&(i=r),!s&&i>=0&&(t.push([i,r]),i=-1)}return t}var l_=Array.prototype,c_=l_.slice;function h_(n,e){return n-e}function u_(n){for(var e=0,t=n.length,i=n[t-1][1]*n[0][0]-n[t-1][0]*n[0][1];++e<t;)i+=n[e-1][1]*n[e][0]-n[e-1][0]*n[e][1];return i}var Dm=n=>()=>n;function f_(n,e){for(var t=-1,i=e.length,r;++t<i;)if(r=d_(n,e[t]))return r;return 0}function d_(n,e){for(var t=e[0],i=e[1],r=-1,s=0,a=n.length,o=a-1;s<a;o=s++){var l=n[s],c=l[0],h=l[1],f=n[o],u=f[0],d=f[1];if(p_(l,f,e))return 0;h>i!=d>i&&t<(u-c)*(i-h)/(d-h)+c&&(r=-r)}return r}function p_(n,e,t){var i;return m_(n,e,t)&&g_(n[i=+(n[0]===e[0])],t[i],e[i])}function m_(n,e,t){return(e[0]-n[0])*(t[1]-n[1])===(t[0]-n[0])*(e[1]-n[1])}function g_(n,e,t){return n<=e&&e<=t||t<=e&&e<=n}function b_(){}var Zn=[[],[[[1,1.5],[.5,1]]],[[[1.5,1],[1,1.5]]],[[[1.5,1],[.5,1]]],[[[1,.5],[1.5,1]]],[[[1,1.5],[.5,1]],[[1,.5],[1.5,1]]],[[[1,.5],[1,1.5]]],[[[1,.5],[.5,1]]],[[[.5,1],[1,.5]]],[[[1,1.5],[1,.5]]],[[[.5,1],[1,.5]],[[1.5,1],[1,1.5]]],[[[1.5,1],[1,.5]]],[[[.5,1],[1.5,1]]],[[[1,1.5],[1.5,1]]],[[[.5,1],[1,1.5]]],[]];function Oo(){var n=1,e=1,t=hp,i=l;function r(c){var h=t(c);if(Array.isArray(h))h=h.slice().sort(h_);else{let f=op(c,x_);for(h=oo(...cp(f[0],f[1],h),h);h[h.length-1]>=f[1];)h.pop();for(;h[1]<f[0];)h.shift()}return h.map(f=>s(c,f))}function s(c,h){let f=h==null?NaN:+h;if(isNaN(f))throw new Error(`invalid value: ${h}`);var u=[],d=[];return a(c,f,function(p){i(p,c,f),u_(p)>0?u.push([p]):d.push(p)}),d.forEach(function(p){for(var b=0,g=u.length,m;b<g;++b)if(f_((m=u[b])[0],p)!==-1){m.push(p);return}}),{type:"MultiPolygon",value:h,coordinates:u}}function a(c,h,f){var u=new Array,d=new Array,p,b,g,m,v,A;for(p=b=-1,m=ji(c[0],h),Zn[m<<1].forEach(_);++p<n-1;)g=m,m=ji(c[p+1],h),Zn[g|m<<1].forEach(_);for(Zn[m<<0].forEach(_);++b<e-1;){for(p=-1,m=ji(c[b*n+n],h),v=ji(c[b*n],h),Zn[m<<1|v<<2].forEach(_);++p<n-1;)g=m,m=ji(c[b*n+n+p+1],h),A=v,v=ji(c[b*n+p+1],h),Zn[g|m<<1|v<<2|A<<3].forEach(_);Zn[m|v<<3].forEach(_)}for(p=-1,v=c[b*n]>=h,Zn[v<<2].forEach(_);++p<n-1;)A=v,v=ji(c[b*n+p+1],h),Zn[v<<2|A<<3].forEach(_);Zn[v<<3].forEach(_);function _(E){var w=[E[0][0]+p,E[0][1]+b],x=[E[1][0]+p,E[1][1]+b],S=o(w),N=o(x),T,P;(T=d[S])?(P=u[N])?(delete d[T.end],delete u[P.start],T===P?(T.ring.push(x),f(T.ring)):u[T.start]=d[P.end]={start:T.start,end:P.end,ring:T.ring.concat(P.ring)}):(delete d[T.end],T.ring.push(x),d[T.end=N]=T):(T=u[N])?(P=d[S])?(delete u[T.start],delete d[P.end],T===P?(T.ring.push(x),f(T.ring)):u[P.start]=d[T.end]={start:P.start,end:T.end,ring:P.ring.concat(T.ring)}):(delete u[T.start],T.ring.unshift(w),u[T.start=S]=T):u[S]=d[N]={start:S,end:N,ring:[w,x]}}}function o(c){return c[0]*2+c[1]*(n+1)*4}function l(c,h,f){c.forEach(function(u){var d=u[0],p=u[1],b=d|0,g=p|0,m=eu(h[g*n+b]);d>0&&d<n&&b===d&&(u[0]=Fm(d,eu(h[g*n+b-1]),m,f)),p>0&&p<e&&g===p&&(u[1]=Fm(p,eu(h[(g-1)*n+b]),m,f))})}return r.contour=s,r.size=function(c){if(!arguments.length)return[n,e];var h=Math.floor(c[0]),f=Math.floor(c[1]);if(!(h>=0&&f>=0))throw new Error("invalid size");return n=h,e=f,r},r.thresholds=function(c){return arguments.length?(t=typeof c=="function"?c:Array.isArray(c)?Dm(c_.call(c)):Dm(c),r):t},r.smooth=function(c){return arguments.length?(i=c?l:b_,r):i===l},r}function x_(n){return isFinite(n)?n:NaN}function ji(n,e){return n==null?!1:+n>=e}function eu(n){return n==null||isNaN(n=+n)?-1/0:n}function Fm(n,e,t,i){let r=i-e,s=t-e,a=isFinite(r)||isFinite(s)?r/s:Math.sign(r)/Math.sign(s);return isNaN(a)?n:n+a-.5}function Uo(n,e,t,i){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2||i.length===0)return i.map(o=>({value:o,lines:[]}));let r=nu(n,e,t),s=Oo().size([e,t]).smooth(!0),a=n;return i.map(o=>({value:o,lines:tu(s.contour(a,o).coordinates,e,r)}))}function tu(n,e,t,i=0){let r=[];for(let s of n)for(let a of s)y_(a,e,t,r,.5+i);return r}function nu(n,e,t){let i=new Uint8Array(e*t);for(let s=0;s<i.length;s++)i[s]=Number.isFinite(n[s])?1:0;let r=new Uint8Array((e-1)*(t-1));for(let s=0;s<t-1;s++)for(let a=0;a<e-1;a++){let o=s*e+a;r[s*(e-1)+a]=i[o]&i[o+1]&i[o+e]&i[o+e+1]}return r}function y_(n,e,t,i,r=.5){let s=t.length/(e-1),a=n.length;if(a>1&&n[0][0]===n[a-1][0]&&n[0][1]===n[a-1][1]&&a--,a<2)return;let o=new Array(a);for(let d=0;d<a;d++)o[d]=[n[d][0]-r,n[d][1]-r];let l=(d,p)=>d>=0&&p>=0&&d<e-1&&p<s&&t[p*(e-1)+d]===1,c=(d,p)=>{let b=(d[0]+p[0])/2,g=(d[1]+p[1])/2,m=Math.floor(b),v=Math.floor(g);return!(!l(m,v)||b===m&&!l(m-1,v)||g===v&&!l(m,v-1))},h=[],f=null,u=!0;for(let d=0;d<a;d++){let p=o[d],b=o[(d+1)%a];c(p,b)?(f||(f=[p],h.push(f)),f.push(b)):(u=!1,f=null)}if(!u&&h.length>1){let d=h[0],p=h[h.length-1];d[0]===o[0]&&p[p.length-1]===o[0]&&(h.pop(),h[0]=p.concat(d.slice(1)))}for(let d of h)i.push(d)}function __(n,e,t){let i=Float64Array.from(n),r=e*t,s=[];for(let o=0;o<r;o++)Number.isFinite(i[o])||s.push(o);if(s.length===r)return i.fill(0);let a=new Uint8Array(r);for(let o=0;o<r;o++)a[o]=Number.isFinite(i[o])?1:0;for(;s.length>0;){let o=[],l=[];for(let c of s){let h=c%e,f=(c-h)/e,u=0,d=0;h>0&&a[c-1]&&(u+=i[c-1],d++),h<e-1&&a[c+1]&&(u+=i[c+1],d++),f>0&&a[c-e]&&(u+=i[c-e],d++),f<t-1&&a[c+e]&&(u+=i[c+e],d++),d>0?l.push([c,u/d]):o.push(c)}for(let[c,h]of l)i[c]=h,a[c]=1;s=o}return i}function Om(n,e,t,i){let r=[e[0],...n,e[1]],s=l=>(i(r[l])+i(r[l+1]))/2,a=[],o=s(0);return t.below>0&&(o=0,a.push({value:e[0],t:s(0)})),n.forEach((l,c)=>a.push({value:l,t:s(c+1)})),t.above>0&&a.push({value:e[1],t:1}),{base:o,layers:a}}function Um(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2)return{regions:i.map(b=>({value:b,polygons:[]})),lines:r.map(b=>({value:b,lines:[]}))};let s=__(n,e,t),a=e+2,o=t+2,l=new Float64Array(a*o);for(let b=0;b<o;b++){let g=Math.min(Math.max(b-1,0),t-1);for(let m=0;m<a;m++)l[b*a+m]=s[g*e+Math.min(Math.max(m-1,0),e-1)]}let c=nu(n,e,t),h=Oo().size([a,o]).smooth(!0),f=new Map,u=b=>{let g=f.get(b);return g||(g=h.contour(l,b).coordinates,f.set(b,g)),g},d=r.map(b=>({value:b,lines:tu(u(b),e,c,1)}));return{regions:i.map(b=>({value:b,polygons:u(b).map(g=>g.map(m=>m.map(([v,A])=>[v-1.5,A-1.5])))})),lines:d}}function iu(n,e){return{u0:-.5,u1:n-.5,v0:-.5,v1:e-.5}}function km(n,e){let t=1e-9*Math.max(1,e.u1-e.u0,e.v1-e.v0);return Math.abs(n.u0-e.u0)<t&&Math.abs(n.u1-e.u1)<t&&Math.abs(n.v0-e.v0)<t&&Math.abs(n.v1-e.v1)<t}function Bm(n,e,t,i){let r=Math.min(e-n,i-t);return n<t&&(n=t),n+r>i&&(n=i-r),[n,n+r]}function zm(n,e){let[t,i]=Bm(n.u0,n.u1,e.u0,e.u1),[r,s]=Bm(n.v0,n.v1,e.v0,e.v1);return{u0:t,u1:i,v0:r,v1:s}}function Bo(n,e,t,i,r,s=2){if(!(r>0)||!Number.isFinite(r))return n;let a=n.u1-n.u0,o=n.v1-n.v0,l=e.u1-e.u0,c=e.v1-e.v0,h=1/r,f=Math.max(Math.min(s,l)/a,Math.min(s,c)/o),u=Math.min(l/a,c/o);h=Math.min(Math.max(h,Math.min(f,1)),Math.max(u,1));let d=t-(t-n.u0)*h,p=i-(i-n.v0)*h;return zm({u0:d,u1:d+a*h,v0:p,v1:p+o*h},e)}function Dr(n,e,t,i){return zm({u0:n.u0+t,u1:n.u1+t,v0:n.v0+i,v1:n.v1+i},e)}function Vm(n,e,t){let i=e/(n.u1-n.u0),r=-t/(n.v1-n.v0);return[i,0,0,r,-i*n.u0,-r*n.v1]}function Hs(n,e,t,i,r){return[(i-n.u0)/(n.u1-n.u0)*e,(n.v1-r)/(n.v1-n.v0)*t]}function ru(n,e,t,i,r){return[n.u0+i/e*(n.u1-n.u0),n.v1-r/t*(n.v1-n.v0)]}function su(n,e){if(n.length!==e.length)return!1;for(let t=0;t<n.length;t++)if(n[t]!==e[t]&&!(n[t]!==n[t]&&e[t]!==e[t]))return!1;return!0}var Ut={top:26,right:8,bottom:44,left:64},v_=78;function M_(n,e){return{width:n.width-Ut.left-Ut.right-(e?v_:0),height:n.height-Ut.top-Ut.bottom}}var S_=10,w_=8,A_=.002,Gm=1.25,Hm=.1,au=2,$m=`
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
`,Wm=new WeakMap,E_=1;function T_(n){let e=Wm.get(n);return e===void 0&&(e=E_++,Wm.set(n,e)),e}var Fr=null;function C_(n){if(!Fr){Fr=document.createElement("canvas"),Fr.width=Fr.height=8;let e=Fr.getContext("2d");if(!e)return null;e.strokeStyle="rgba(255, 255, 255, 0.9)",e.lineWidth=1.5,e.beginPath();for(let t of[-8,0,8])e.moveTo(t,8),e.lineTo(t+8,0);e.stroke()}return n.createPattern(Fr,"repeat")}function R_(n){let e=new Path2D,t=0;for(let{lines:i}of n)for(let r of i){t++,e.moveTo(r[0][0],r[0][1]);for(let s=1;s<r.length;s++)e.lineTo(r[s][0],r[s][1])}return{path:e,count:t}}function P_(n){let e=new Path2D;for(let t of n)for(let i of t)if(!(i.length<3)){e.moveTo(i[0][0],i[0][1]);for(let r=1;r<i.length;r++)e.lineTo(i[r][0],i[r][1]);e.closePath()}return e}function ou(n,e,t,i){(n.width!==t||n.height!==i)&&(n.width=t,n.height=i);let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");r.putImageData(new ImageData(e,t,i),0,0)}var ko=class{constructor(){this.element=re("div",{class:"tbl-heatmap"});this.figure=re("div",{class:"tbl-figure"});this.axes=Ue("svg",{class:"tbl-axes"});this.canvas=re("canvas",{"data-testid":"heatmap",class:"tbl-plot",tabindex:0,role:"img","aria-label":"loss landscape: scroll or + / - to zoom, drag or arrow keys to pan, double-click or 0 to reset"});this.overlay=re("canvas",{"data-testid":"path-overlay",class:"tbl-path-overlay"});this.colorbar=new _i;this.readout=re("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=re("div");this.image=document.createElement("canvas");this.mask=document.createElement("canvas");this.marked=document.createElement("canvas");this.hatchLayer=document.createElement("canvas");this.markedBuffer=null;this.cmapCache=null;this.frame=null;this.opts=null;this.content=null;this.width=0;this.height=0;this.grid=null;this.full=iu(1,1);this.win=this.full;this.path=[];this.pathRgb=[];this.pathPixels=[];this.hoverPath=-1;this.lastMouse=null;this.drag=null;this.endDrag=null;this.cleanups=[];this.figure.append(this.axes,this.canvas,this.overlay),this.element.append(re("div",{class:"tbl-row"},[this.figure,this.colorbar.element]),this.readout,this.legendSlot),this.overlay.style.pointerEvents="none",this.overlay.style.position="absolute",this.listen(this.canvas,"mousemove",e=>this.onHover(e)),this.listen(this.canvas,"mouseleave",()=>{this.lastMouse=null,this.readout.textContent=" ",this.setHoverPath(-1)}),this.listen(this.canvas,"mousedown",e=>this.onDragStart(e)),this.listen(this.canvas,"wheel",e=>this.onWheel(e),{passive:!1}),this.listen(this.canvas,"dblclick",e=>{e.preventDefault(),this.resetView()}),this.listen(this.canvas,"keydown",e=>this.onKey(e)),this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();if(e.header.dims!==2||e.header.axes.length<2)throw new Error("the heatmap draws 2D landscapes; use Curve for 1D");this.frame=e,this.opts=t;let{nx:r,ny:s}=e,[a,o]=e.header.axes,l=a.coords,c=o.coords,h=this.grid;(!h||h.nx!==r||h.ny!==s||!su(h.xs,l)||!su(h.ys,c))&&(this.grid={nx:r,ny:s,xs:l,ys:c},this.full=iu(r,s),this.win=this.full);let f=a.unit===o.unit,u=t.fit?tp(gi(l),gi(c),f,M_(t.fit,t.colorbar),t.aspect):rm(gi(l),gi(c),f,t.maxSide);this.colorbar.element.hidden=!t.colorbar,this.width=u.width,this.height=u.height;let d=[T_(e),t.metric,t.scale,t.palette,t.style,t.domain?t.domain.join(","):"auto"].join("|");(!this.content||this.content.key!==d)&&(this.content=this.compute(e,t,d));let p=this.content;this.path=t.path?Ir(e.header.trajectory):[],this.pathRgb=Gs(this.path.length),this.hoverPath=-1;let b=Ut.left+this.width+Ut.right,g=Ut.top+this.height+Ut.bottom;this.figure.style.width=`${b}px`,this.figure.style.height=`${g}px`;for(let x of[this.canvas,this.overlay])x.style.left=`${Ut.left}px`,x.style.top=`${Ut.top}px`;this.axes.setAttribute("width",String(b)),this.axes.setAttribute("height",String(g));let m=e.header.metrics[t.metric],v=p.domain?m+(t.scale==="log"?" (log)":""):`${m}: no finite value`;this.colorbar.draw(p.cmap,this.height,v,{top:Ut.top,clip:p.clip});let[A,_]=e.header.center,E=this.path.length;this.legendSlot.replaceChildren(Nr(p.counts,{hatched:!0,note:t.style==="filled"?"not coloured, no bands":"not coloured, no contours",center:{text:`centre (${We(A)}, ${We(_)})`,mark:"cross"},clip:{...p.clip,low:p.cmap.colorAt(0),high:p.cmap.colorAt(1)},path:E>0?{count:E,first:this.path[0].step,last:this.path[E-1].step,early:this.pathRgb[0],late:this.pathRgb[E-1]}:null})),this.render(),this.refreshReadout();let w=this.element.dataset;w.levels=p.levels.join(" "),w.pathPoints=String(E),w.style=t.style,w.scale=t.scale,w.palette=t.palette,w.drawMs=(performance.now()-i).toFixed(1)}compute(e,t,i){let{nx:r,ny:s}=e,a=Ot(e,t.metric),o=Pr(a,t.domain,t.scale),l=o??[0,1],c=this.cmapCache,h=c&&c.domain[0]===l[0]&&c.domain[1]===l[1]&&c.scale===t.scale&&c.palette===t.palette?c:new xi(l,{scale:t.scale,palette:t.palette});this.cmapCache=h;let f=o?So(o,t.scale,S_):[],u=o?di(a,o):{below:0,above:0},d=wm(a,r,s,h,this.buffers);this.buffers={rgba:d.rgba,mask:d.mask},ou(this.image,d.rgba,r,s),d.nonFinite>0&&ou(this.mask,d.mask,r,s);let p=null,b;if(t.style==="filled"&&o){let v=Om(f,o,u,E=>h.position(E)),{regions:A,lines:_}=Um(a,r,s,v.layers.map(E=>E.value),f);if(p={base:At(h.colorAt(v.base)),layers:A.map((E,w)=>({path:P_(E.polygons),color:At(h.colorAt(v.layers[w].t))}))},b=_,d.nonFinite>0){let E=this.markedBuffer&&this.markedBuffer.length===d.rgba.length?this.markedBuffer:new Uint8ClampedArray(d.rgba.length);E.set(d.rgba);for(let w=3;w<E.length;w+=4)E[w]=d.mask[w];this.markedBuffer=E,ou(this.marked,E,r,s)}}else b=Uo(a,r,s,f);let{path:g,count:m}=R_(b);return{key:i,nx:r,ny:s,domain:o,cmap:h,levels:f,lines:g,lineCount:m,bands:p,counts:br(a),nonFinite:d.nonFinite,clip:u}}render(){let e=this.content,t=this.frame;if(!e||!t)return;let{width:i,height:r,win:s}=this,{nx:a,ny:o}=e,l=oh(this.canvas,i,r),c=new DOMMatrix(Vm(s,i,r)),h=[s.u0+.5,o-.5-s.v1,s.u1-s.u0,s.v1-s.v0],f=Math.min(i/(s.u1-s.u0),r/(s.v1-s.v0));if(e.bands){l.fillStyle=e.bands.base,l.fillRect(0,0,i,r);for(let _ of e.bands.layers){let E=new Path2D;E.addPath(_.path,c),l.fillStyle=_.color,l.fill(E,"evenodd")}e.nonFinite>0&&(l.imageSmoothingEnabled=!1,l.drawImage(this.marked,...h,0,0,i,r))}else l.imageSmoothingEnabled=f<1,l.drawImage(this.image,...h,0,0,i,r);if(e.nonFinite>0&&this.hatch(l,h),e.lineCount>0){let _=new Path2D;_.addPath(e.lines,c),l.save(),l.lineJoin="round",l.lineCap="round",e.bands?(l.strokeStyle="rgba(0, 0, 0, 0.3)",l.lineWidth=.75,l.stroke(_)):e.cmap.palette==="diverging"?(l.strokeStyle="rgba(0, 0, 0, 0.45)",l.lineWidth=1,l.stroke(_)):(l.strokeStyle="rgba(0, 0, 0, 0.35)",l.lineWidth=2.5,l.stroke(_),l.strokeStyle="rgba(255, 255, 255, 0.85)",l.lineWidth=1,l.stroke(_)),l.restore()}let[u,d]=t.header.axes,p=u.coords,b=d.coords,[g,m]=t.header.center,[v,A]=Hs(s,i,r,An(p,g),An(b,m));I_(l,v,A),this.pathPixels=this.path.map(_=>Hs(s,i,r,An(p,_.x),An(b,_.y))),this.paintOverlay(),this.renderAxes(),this.updateZoomDataset()}hatch(e,t){let i=this.hatchLayer;(i.width!==this.canvas.width||i.height!==this.canvas.height)&&(i.width=this.canvas.width,i.height=this.canvas.height);let r=i.getContext("2d");if(!r)return;r.globalCompositeOperation="source-over",r.clearRect(0,0,i.width,i.height),r.imageSmoothingEnabled=!1,r.drawImage(this.mask,...t,0,0,i.width,i.height);let s=C_(r);s&&(r.globalCompositeOperation="source-in",r.fillStyle=s,r.fillRect(0,0,i.width,i.height),r.globalCompositeOperation="source-over",e.drawImage(i,0,0,this.width,this.height))}paintOverlay(){this.overlay.hidden=this.pathPixels.length===0;let e=oh(this.overlay,this.width,this.height);Lm(e,this.pathPixels,this.pathRgb,this.hoverPath)}renderAxes(){let e=this.frame;if(!e)return;let{width:t,height:i,win:r}=this,[s,a]=e.header.axes,o=s.coords,l=a.coords,c=[nn(o,r.u0),nn(o,r.u1)],h=[nn(l,r.v0),nn(l,r.v1)],f=mi(c,Math.max(2,Math.round(t/80))).map(p=>({pos:Hs(r,t,i,An(o,p.value),0)[0],label:p.label})),u=mi(h,Math.max(2,Math.round(i/60))).map(p=>({pos:Hs(r,t,i,0,An(l,p.value))[1],label:p.label})),d=e.header.method;this.axes.replaceChildren(Ue("rect",{class:"tbl-frame",x:Ut.left-.5,y:Ut.top-.5,width:t+1,height:i+1}),yi({side:"bottom",x:Ut.left,y:Ut.top+i+.5,length:t,ticks:f,title:Wn(s,d),titleOffset:36}),yi({side:"left",x:Ut.left-.5,y:Ut.top,length:i,ticks:u,title:Wn(a,d),titleOffset:52}))}updateZoomDataset(){let e=this.grid;if(!e)return;let t=this.win;this.element.dataset.zoom=[nn(e.xs,t.u0),nn(e.xs,t.u1),nn(e.ys,t.v0),nn(e.ys,t.v1)].join(" "),this.element.dataset.zoomed=String(!km(t,this.full))}setWindow(e){this.win=e,this.render(),this.refreshReadout()}listen(e,t,i,r){e.addEventListener(t,i,r),this.cleanups.push(()=>e.removeEventListener(t,i,r))}local(e){let t=this.canvas.getBoundingClientRect();return[e.clientX-t.left,e.clientY-t.top]}setHoverPath(e){e!==this.hoverPath&&(this.hoverPath=e,this.content&&this.paintOverlay())}onHover(e){this.drag||(this.lastMouse=this.local(e),this.refreshReadout())}refreshReadout(){let e=this.frame,t=this.content;if(!e||!t||!this.lastMouse){this.readout.textContent=" ";return}let[i,r]=this.lastMouse,s=Po(this.pathPixels,i,r,w_);if(this.setHoverPath(s),s>=0){this.readout.textContent=Lo(this.path[s],2,s===this.path.length-1);return}let{nx:a,ny:o}=t,[l,c]=ru(this.win,this.width,this.height,i,r),h=Math.min(a-1,Math.max(0,Math.round(l))),f=Math.min(o-1,Math.max(0,Math.round(c))),[u,d]=e.header.axes,p=e.header.metrics.map((b,g)=>`${b} = ${We(e.values[(g*o+f)*a+h])}`).join(", ");this.readout.textContent=`${u.label||"x"} = ${We(nn(u.coords,h))}, ${d.label||"y"} = ${We(nn(d.coords,f))}: ${p}`}onWheel(e){if(!this.content)return;e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?400:1,i=Math.exp(-e.deltaY*t*A_),[r,s]=this.local(e),[a,o]=ru(this.win,this.width,this.height,r,s);this.lastMouse=[r,s],this.setWindow(Bo(this.win,this.full,a,o,i,au))}onDragStart(e){if(e.button!==0||!this.content)return;let[t,i]=this.local(e);this.drag={x:t,y:i,win:this.win,moved:!1},this.canvas.classList.add("tbl-grabbing");let r=a=>{let o=this.drag;if(!o)return;let[l,c]=this.local(a);if(!o.moved&&Math.hypot(l-o.x,c-o.y)<3)return;o.moved=!0;let h=-((l-o.x)/this.width)*(o.win.u1-o.win.u0),f=(c-o.y)/this.height*(o.win.v1-o.win.v0);this.lastMouse=null,this.setWindow(Dr(o.win,this.full,h,f))},s=()=>{this.drag=null,this.endDrag=null,this.canvas.classList.remove("tbl-grabbing"),window.removeEventListener("mousemove",r),window.removeEventListener("mouseup",s)};this.endDrag?.(),window.addEventListener("mousemove",r),window.addEventListener("mouseup",s),this.endDrag=s}onKey(e){if(!this.content||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.win,i=(t.u0+t.u1)/2,r=(t.v0+t.v1)/2,s=(t.u1-t.u0)*Hm,a=(t.v1-t.v0)*Hm,o=null;switch(e.key){case"+":case"=":o=Bo(t,this.full,i,r,Gm,au);break;case"-":case"_":o=Bo(t,this.full,i,r,1/Gm,au);break;case"ArrowLeft":o=Dr(t,this.full,-s,0);break;case"ArrowRight":o=Dr(t,this.full,s,0);break;case"ArrowUp":o=Dr(t,this.full,0,a);break;case"ArrowDown":o=Dr(t,this.full,0,-a);break;case"0":o=this.full;break;default:return}e.preventDefault(),this.setWindow(o)}toPng(){return dr(this.element,e=>e===this.readout)}resetView(){this.win=this.full,this.content?this.setWindow(this.full):this.updateZoomDataset()}dispose(){for(let e of this.cleanups.splice(0))e();this.endDrag?.(),this.content=null,this.frame=null}};function I_(n,e,t){n.save(),n.lineCap="round",n.beginPath(),n.moveTo(e-7,t),n.lineTo(e+7,t),n.moveTo(e,t-7),n.lineTo(e,t+7),n.strokeStyle="rgba(0, 0, 0, 0.8)",n.lineWidth=4,n.stroke(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.restore()}var Ii={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Li={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},Rg=0,ku=1,Pg=2;var Ra=1,Ig=2,bs=3,Ni=0,Jt=1,_n=2,or=0,xs=1,zu=2,Vu=3,Gu=4,Lg=5;var lr=100,Ng=101,Dg=102,Fg=103,Og=104,Ug=200,Bg=201,kg=202,zg=203,Hu=204,Wu=205,Vg=206,Gg=207,Hg=208,Wg=209,$g=210,Xg=211,qg=212,Yg=213,Zg=214,gl=0,bl=1,xl=2,ts=3,yl=4,_l=5,vl=6,Ml=7,Zl=0,Kg=1,Jg=2,zn=0,$u=1,Xu=2,qu=3,Yu=4,Zu=5,Ku=6,Ju=7;var ju=300,cr=301,ys=302,Kl=303,Jl=304,Sl=1e3,Bn=1001,wl=1002,Dt=1003,jg=1004;var Pa=1005;var Yt=1006,jl=1007;var oi=1008;var en=1009,Qu=1010,ef=1011,_s=1012,Ql=1013,In=1014,vn=1015,Ln=1016,ec=1017,tc=1018,hr=1020,tf=35902,nf=35899,rf=1021,sf=1022,Nn=1023,ii=1026,li=1027,nc=1028,ic=1029,Di=1030,rc=1031;var sc=1033,Ia=33776,La=33777,Na=33778,Da=33779,ac=35840,oc=35841,lc=35842,cc=35843,hc=36196,uc=37492,fc=37496,dc=37488,pc=37489,Fa=37490,mc=37491,gc=37808,bc=37809,xc=37810,yc=37811,_c=37812,vc=37813,Mc=37814,Sc=37815,wc=37816,Ac=37817,Ec=37818,Tc=37819,Cc=37820,Rc=37821,Pc=36492,Ic=36494,Lc=36495,Nc=36283,Dc=36284,Oa=36285,Fc=36286;var ia=2300,Al=2301,pl=2302,Pu=2303,Iu=2400,Lu=2401,Nu=2402;var Qg=3200;var Oc=0,e0=1,ci="",Bt="srgb",ra="srgb-linear",sa="linear",st="srgb";var ml=7680;var t0=519,n0=512,i0=513,r0=514,af=515,s0=516,a0=517,of=518,lf=519,cf=35044,Fi=35048;var hf="300 es",bn=2e3,ns=2001;function L_(n){for(let e=n.length-1;e>=0;--e)if(n[e]>=65535)return!0;return!1}function N_(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function aa(n){return document.createElementNS("http://www.w3.org/1999/xhtml",n)}function o0(){let n=aa("canvas");return n.style.display="block",n}var Xm={},is=null;function oa(...n){let e="THREE."+n.shift();is?is("log",e,...n):console.log(e,...n)}function l0(n){let e=n[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=n[1];t&&t.isStackTrace?n[0]+=" "+t.getLocation():n[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return n}function Le(...n){n=l0(n);let e="THREE."+n.shift();if(is)is("warn",e,...n);else{let t=n[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...n)}}function De(...n){n=l0(n);let e="THREE."+n.shift();if(is)is("error",e,...n);else{let t=n[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...n)}}function ea(...n){let e=n.join(" ");e in Xm||(Xm[e]=!0,Le(...n))}function c0(n,e,t){return new Promise(function(i,r){function s(){switch(n.clientWaitSync(e,n.SYNC_FLUSH_COMMANDS_BIT,0)){case n.WAIT_FAILED:r();break;case n.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:i()}}setTimeout(s,t)})}var h0={[gl]:gl,[xl]:vl,[yl]:yl,[ts]:_l,[bl]:bl,[vl]:xl,[Ml]:Ml,[_l]:ts},Rn=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let i=this._listeners;i[e]===void 0&&(i[e]=[]),i[e].indexOf(t)===-1&&i[e].push(t)}hasEventListener(e,t){let i=this._listeners;return i===void 0?!1:i[e]!==void 0&&i[e].indexOf(t)!==-1}removeEventListener(e,t){let i=this._listeners;if(i===void 0)return;let r=i[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let i=t[e.type];if(i!==void 0){e.target=this;let r=i.slice(0);for(let s=0,a=r.length;s<a;s++)r[s].call(this,e);e.target=null}}},Gt=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],qm=1234567,ta=Math.PI/180,rs=180/Math.PI;function Oi(){let n=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,i=Math.random()*4294967295|0;return(Gt[n&255]+Gt[n>>8&255]+Gt[n>>16&255]+Gt[n>>24&255]+"-"+Gt[e&255]+Gt[e>>8&255]+"-"+Gt[e>>16&15|64]+Gt[e>>24&255]+"-"+Gt[t&63|128]+Gt[t>>8&255]+"-"+Gt[t>>16&255]+Gt[t>>24&255]+Gt[i&255]+Gt[i>>8&255]+Gt[i>>16&255]+Gt[i>>24&255]).toLowerCase()}function $e(n,e,t){return Math.max(e,Math.min(t,n))}function uf(n,e){return(n%e+e)%e}function D_(n,e,t,i,r){return i+(n-e)*(r-i)/(t-e)}function F_(n,e,t){return n!==e?(t-n)/(e-n):0}function na(n,e,t){return(1-t)*n+t*e}function O_(n,e,t,i){return na(n,e,1-Math.exp(-t*i))}function U_(n,e=1){return e-Math.abs(uf(n,e*2)-e)}function B_(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*(3-2*n))}function k_(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*n*(n*(n*6-15)+10))}function z_(n,e){return n+Math.floor(Math.random()*(e-n+1))}function V_(n,e){return n+Math.random()*(e-n)}function G_(n){return n*(.5-Math.random())}function H_(n){n!==void 0&&(qm=n);let e=qm+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function W_(n){return n*ta}function $_(n){return n*rs}function X_(n){return n>0&&Number.isInteger(n)&&2**Math.round(Math.log2(n))===n}function q_(n){return Math.pow(2,Math.ceil(Math.log(n)/Math.LN2))}function ff(n){return Math.pow(2,Math.floor(Math.log(n)/Math.LN2))}function Y_(n,e,t,i,r){let s=Math.cos,a=Math.sin,o=s(t/2),l=a(t/2),c=s((e+i)/2),h=a((e+i)/2),f=s((e-i)/2),u=a((e-i)/2),d=s((i-e)/2),p=a((i-e)/2);switch(r){case"XYX":n.set(o*h,l*f,l*u,o*c);break;case"YZY":n.set(l*u,o*h,l*f,o*c);break;case"ZXZ":n.set(l*f,l*u,o*h,o*c);break;case"XZX":n.set(o*h,l*p,l*d,o*c);break;case"YXY":n.set(l*d,o*h,l*p,o*c);break;case"ZYZ":n.set(l*p,l*d,o*h,o*c);break;default:Le("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+r)}}function Uc(n){switch(n.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function df(n,e){if(e.constructor===Float32Array)return n;let t=Uc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(n/t,-1)}function pf(n,e){if(e.constructor===Float32Array)return n;let t=Uc(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(n*t)}var mf={DEG2RAD:ta,RAD2DEG:rs,generateUUID:Oi,clamp:$e,euclideanModulo:uf,mapLinear:D_,inverseLerp:F_,lerp:na,damp:O_,pingpong:U_,smoothstep:B_,smootherstep:k_,randInt:z_,randFloat:V_,randFloatSpread:G_,seededRandom:H_,degToRad:W_,radToDeg:$_,isPowerOfTwo:X_,ceilPowerOfTwo:q_,floorPowerOfTwo:ff,setQuaternionFromProperEuler:Y_,normalize:pf,denormalize:df},_f=class _f{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,i=this.y,r=e.elements;return this.x=r[0]*t+r[3]*i+r[6],this.y=r[1]*t+r[4]*i+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=$e(this.x,e.x,t.x),this.y=$e(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=$e(this.x,e,t),this.y=$e(this.y,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar($e(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos($e(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y;return t*t+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let i=Math.cos(t),r=Math.sin(t),s=this.x-e.x,a=this.y-e.y;return this.x=s*i-a*r+e.x,this.y=s*r+a*i+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};_f.prototype.isVector2=!0;var Pe=_f,on=class{constructor(e=0,t=0,i=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=i,this._w=r}static slerpFlat(e,t,i,r,s,a,o){let l=i[r+0],c=i[r+1],h=i[r+2],f=i[r+3],u=s[a+0],d=s[a+1],p=s[a+2],b=s[a+3];if(f!==b||l!==u||c!==d||h!==p){let g=l*u+c*d+h*p+f*b;g<0&&(u=-u,d=-d,p=-p,b=-b,g=-g);let m=1-o;if(g<.9995){let v=Math.acos(g),A=Math.sin(v);m=Math.sin(m*v)/A,o=Math.sin(o*v)/A,l=l*m+u*o,c=c*m+d*o,h=h*m+p*o,f=f*m+b*o}else{l=l*m+u*o,c=c*m+d*o,h=h*m+p*o,f=f*m+b*o;let v=1/Math.sqrt(l*l+c*c+h*h+f*f);l*=v,c*=v,h*=v,f*=v}}e[t]=l,e[t+1]=c,e[t+2]=h,e[t+3]=f}static multiplyQuaternionsFlat(e,t,i,r,s,a){let o=i[r],l=i[r+1],c=i[r+2],h=i[r+3],f=s[a],u=s[a+1],d=s[a+2],p=s[a+3];return e[t]=o*p+h*f+l*d-c*u,e[t+1]=l*p+h*u+c*f-o*d,e[t+2]=c*p+h*d+o*u-l*f,e[t+3]=h*p-o*f-l*u-c*d,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,i,r){return this._x=e,this._y=t,this._z=i,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let i=e._x,r=e._y,s=e._z,a=e._order,o=Math.cos,l=Math.sin,c=o(i/2),h=o(r/2),f=o(s/2),u=l(i/2),d=l(r/2),p=l(s/2);switch(a){case"XYZ":this._x=u*h*f+c*d*p,this._y=c*d*f-u*h*p,this._z=c*h*p+u*d*f,this._w=c*h*f-u*d*p;break;case"YXZ":this._x=u*h*f+c*d*p,this._y=c*d*f-u*h*p,this._z=c*h*p-u*d*f,this._w=c*h*f+u*d*p;break;case"ZXY":this._x=u*h*f-c*d*p,this._y=c*d*f+u*h*p,this._z=c*h*p+u*d*f,this._w=c*h*f-u*d*p;break;case"ZYX":this._x=u*h*f-c*d*p,this._y=c*d*f+u*h*p,this._z=c*h*p-u*d*f,this._w=c*h*f+u*d*p;break;case"YZX":this._x=u*h*f+c*d*p,this._y=c*d*f+u*h*p,this._z=c*h*p-u*d*f,this._w=c*h*f-u*d*p;break;case"XZY":this._x=u*h*f-c*d*p,this._y=c*d*f-u*h*p,this._z=c*h*p+u*d*f,this._w=c*h*f+u*d*p;break;default:Le("Quaternion: .setFromEuler() encountered an unknown order: "+a)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let i=t/2,r=Math.sin(i);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(i),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,i=t[0],r=t[4],s=t[8],a=t[1],o=t[5],l=t[9],c=t[2],h=t[6],f=t[10],u=i+o+f;if(u>0){let d=.5/Math.sqrt(u+1);this._w=.25/d,this._x=(h-l)*d,this._y=(s-c)*d,this._z=(a-r)*d}else if(i>o&&i>f){let d=2*Math.sqrt(1+i-o-f);this._w=(h-l)/d,this._x=.25*d,this._y=(r+a)/d,this._z=(s+c)/d}else if(o>f){let d=2*Math.sqrt(1+o-i-f);this._w=(s-c)/d,this._x=(r+a)/d,this._y=.25*d,this._z=(l+h)/d}else{let d=2*Math.sqrt(1+f-i-o);this._w=(a-r)/d,this._x=(s+c)/d,this._y=(l+h)/d,this._z=.25*d}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let i=e.dot(t)+1;return i<1e-8?(i=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=i):(this._x=0,this._y=-e.z,this._z=e.y,this._w=i)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=i),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs($e(this.dot(e),-1,1)))}rotateTowards(e,t){let i=this.angleTo(e);if(i===0)return this;let r=Math.min(1,t/i);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=t._x,l=t._y,c=t._z,h=t._w;return this._x=i*h+a*o+r*c-s*l,this._y=r*h+a*l+s*o-i*c,this._z=s*h+a*c+i*l-r*o,this._w=a*h-i*o-r*l-s*c,this._onChangeCallback(),this}slerp(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=this.dot(e);o<0&&(i=-i,r=-r,s=-s,a=-a,o=-o);let l=1-t;if(o<.9995){let c=Math.acos(o),h=Math.sin(c);l=Math.sin(l*c)/h,t=Math.sin(t*c)/h,this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+a*t,this._onChangeCallback()}else this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+a*t,this.normalize();return this}slerpQuaternions(e,t,i){return this.copy(e).slerp(t,i)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),i=Math.random(),r=Math.sqrt(1-i),s=Math.sqrt(i);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},vf=class vf{constructor(e=0,t=0,i=0){this.x=e,this.y=t,this.z=i}set(e,t,i){return i===void 0&&(i=this.z),this.x=e,this.y=t,this.z=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(Ym.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(Ym.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*i+s[6]*r,this.y=s[1]*t+s[4]*i+s[7]*r,this.z=s[2]*t+s[5]*i+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=e.elements,a=1/(s[3]*t+s[7]*i+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*i+s[8]*r+s[12])*a,this.y=(s[1]*t+s[5]*i+s[9]*r+s[13])*a,this.z=(s[2]*t+s[6]*i+s[10]*r+s[14])*a,this}applyQuaternion(e){let t=this.x,i=this.y,r=this.z,s=e.x,a=e.y,o=e.z,l=e.w,c=2*(a*r-o*i),h=2*(o*t-s*r),f=2*(s*i-a*t);return this.x=t+l*c+a*f-o*h,this.y=i+l*h+o*c-s*f,this.z=r+l*f+s*h-a*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*i+s[8]*r,this.y=s[1]*t+s[5]*i+s[9]*r,this.z=s[2]*t+s[6]*i+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=$e(this.x,e.x,t.x),this.y=$e(this.y,e.y,t.y),this.z=$e(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=$e(this.x,e,t),this.y=$e(this.y,e,t),this.z=$e(this.z,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar($e(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let i=e.x,r=e.y,s=e.z,a=t.x,o=t.y,l=t.z;return this.x=r*l-s*o,this.y=s*a-i*l,this.z=i*o-r*a,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let i=e.dot(this)/t;return this.copy(e).multiplyScalar(i)}projectOnPlane(e){return lu.copy(this).projectOnVector(e),this.sub(lu)}reflect(e){return this.sub(lu.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos($e(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y,r=this.z-e.z;return t*t+i*i+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,i){let r=Math.sin(t)*e;return this.x=r*Math.sin(i),this.y=Math.cos(t)*e,this.z=r*Math.cos(i),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,i){return this.x=e*Math.sin(t),this.y=i,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),i=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=i,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,i=Math.sqrt(1-t*t);return this.x=i*Math.cos(e),this.y=t,this.z=i*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};vf.prototype.isVector3=!0;var B=vf,lu=new B,Ym=new on,Mf=class Mf{constructor(e,t,i,r,s,a,o,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,l,c)}set(e,t,i,r,s,a,o,l,c){let h=this.elements;return h[0]=e,h[1]=r,h[2]=o,h[3]=t,h[4]=s,h[5]=l,h[6]=i,h[7]=a,h[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],this}extractBasis(e,t,i){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),i.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[3],l=i[6],c=i[1],h=i[4],f=i[7],u=i[2],d=i[5],p=i[8],b=r[0],g=r[3],m=r[6],v=r[1],A=r[4],_=r[7],E=r[2],w=r[5],x=r[8];return s[0]=a*b+o*v+l*E,s[3]=a*g+o*A+l*w,s[6]=a*m+o*_+l*x,s[1]=c*b+h*v+f*E,s[4]=c*g+h*A+f*w,s[7]=c*m+h*_+f*x,s[2]=u*b+d*v+p*E,s[5]=u*g+d*A+p*w,s[8]=u*m+d*_+p*x,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8];return t*a*h-t*o*c-i*s*h+i*o*l+r*s*c-r*a*l}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8],f=h*a-o*c,u=o*l-h*s,d=c*s-a*l,p=t*f+i*u+r*d;if(p===0)return this.set(0,0,0,0,0,0,0,0,0);let b=1/p;return e[0]=f*b,e[1]=(r*c-h*i)*b,e[2]=(o*i-r*a)*b,e[3]=u*b,e[4]=(h*t-r*l)*b,e[5]=(r*s-o*t)*b,e[6]=d*b,e[7]=(i*l-c*t)*b,e[8]=(a*t-i*s)*b,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,i,r,s,a,o){let l=Math.cos(s),c=Math.sin(s);return this.set(i*l,i*c,-i*(l*a+c*o)+a+e,-r*c,r*l,-r*(-c*a+l*o)+o+t,0,0,1),this}scale(e,t){return ea("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(cu.makeScale(e,t)),this}rotate(e){return ea("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(cu.makeRotation(-e)),this}translate(e,t){return ea("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(cu.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,i,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<9;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<9;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e}clone(){return new this.constructor().fromArray(this.elements)}};Mf.prototype.isMatrix3=!0;var Fe=Mf,cu=new Fe,Zm=new Fe().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Km=new Fe().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function Z_(){let n={enabled:!0,workingColorSpace:ra,spaces:{},convert:function(r,s,a){return this.enabled===!1||s===a||!s||!a||(this.spaces[s].transfer===st&&(r.r=ni(r.r),r.g=ni(r.g),r.b=ni(r.b)),this.spaces[s].primaries!==this.spaces[a].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[a].fromXYZ)),this.spaces[a].transfer===st&&(r.r=es(r.r),r.g=es(r.g),r.b=es(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===ci?sa:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,a){return r.copy(this.spaces[a].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],i=[.3127,.329];return n.define({[ra]:{primaries:e,whitePoint:i,transfer:sa,toXYZ:Zm,fromXYZ:Km,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:Bt},outputColorSpaceConfig:{drawingBufferColorSpace:Bt}},[Bt]:{primaries:e,whitePoint:i,transfer:st,toXYZ:Zm,fromXYZ:Km,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:Bt}}}),n}var Ke=Z_();function ni(n){return n<.04045?n*.0773993808:Math.pow(n*.9478672986+.0521327014,2.4)}function es(n){return n<.0031308?n*12.92:1.055*Math.pow(n,.41666)-.055}var Or,El=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let i;if(e instanceof HTMLCanvasElement)i=e;else{Or===void 0&&(Or=aa("canvas")),Or.width=e.width,Or.height=e.height;let r=Or.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),i=Or}return i.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=aa("canvas");t.width=e.width,t.height=e.height;let i=t.getContext("2d");i.drawImage(e,0,0,e.width,e.height);let r=i.getImageData(0,0,e.width,e.height),s=r.data;for(let a=0;a<s.length;a++)s[a]=ni(s[a]/255)*255;return i.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let i=0;i<t.length;i++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[i]=Math.floor(ni(t[i]/255)*255):t[i]=ni(t[i]);return{data:t,width:e.width,height:e.height}}else return Le("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},K_=0,ss=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:K_++}),this.uuid=Oi(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let i={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let a=0,o=r.length;a<o;a++)r[a].isDataTexture?s.push(hu(r[a].image)):s.push(hu(r[a]))}else s=hu(r);i.url=s}return t||(e.images[this.uuid]=i),i}};function hu(n){return typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&n instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&n instanceof ImageBitmap?El.getDataURL(n):n.data?{data:Array.from(n.data),width:n.width,height:n.height,type:n.data.constructor.name}:(Le("Texture: Unable to serialize Texture."),{})}var J_=0,uu=new B,Zt=class n extends Rn{constructor(e=n.DEFAULT_IMAGE,t=n.DEFAULT_MAPPING,i=Bn,r=Bn,s=Yt,a=oi,o=Nn,l=en,c=n.DEFAULT_ANISOTROPY,h=ci){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:J_++}),this.uuid=Oi(),this.name="",this.source=new ss(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=i,this.wrapT=r,this.magFilter=s,this.minFilter=a,this.anisotropy=c,this.format=o,this.internalFormat=null,this.type=l,this.offset=new Pe(0,0),this.repeat=new Pe(1,1),this.center=new Pe(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new Fe,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=h,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(uu).x}get height(){return this.source.getSize(uu).y}get depth(){return this.source.getSize(uu).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let i=e[t];if(i===void 0){Le(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Le(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&i&&r.isVector2&&i.isVector2||r&&i&&r.isVector3&&i.isVector3||r&&i&&r.isMatrix3&&i.isMatrix3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let i={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(i.userData=this.userData),t||(e.textures[this.uuid]=i),i}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==ju)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case Sl:e.x=e.x-Math.floor(e.x);break;case Bn:e.x=e.x<0?0:1;break;case wl:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case Sl:e.y=e.y-Math.floor(e.y);break;case Bn:e.y=e.y<0?0:1;break;case wl:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};Zt.DEFAULT_IMAGE=null;Zt.DEFAULT_MAPPING=ju;Zt.DEFAULT_ANISOTROPY=1;var Sf=class Sf{constructor(e=0,t=0,i=0,r=1){this.x=e,this.y=t,this.z=i,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,i,r){return this.x=e,this.y=t,this.z=i,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=this.w,a=e.elements;return this.x=a[0]*t+a[4]*i+a[8]*r+a[12]*s,this.y=a[1]*t+a[5]*i+a[9]*r+a[13]*s,this.z=a[2]*t+a[6]*i+a[10]*r+a[14]*s,this.w=a[3]*t+a[7]*i+a[11]*r+a[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,i,r,s,l=e.elements,c=l[0],h=l[4],f=l[8],u=l[1],d=l[5],p=l[9],b=l[2],g=l[6],m=l[10];if(Math.abs(h-u)<.01&&Math.abs(f-b)<.01&&Math.abs(p-g)<.01){if(Math.abs(h+u)<.1&&Math.abs(f+b)<.1&&Math.abs(p+g)<.1&&Math.abs(c+d+m-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let A=(c+1)/2,_=(d+1)/2,E=(m+1)/2,w=(h+u)/4,x=(f+b)/4,S=(p+g)/4;return A>_&&A>E?A<.01?(i=0,r=.707106781,s=.707106781):(i=Math.sqrt(A),r=w/i,s=x/i):_>E?_<.01?(i=.707106781,r=0,s=.707106781):(r=Math.sqrt(_),i=w/r,s=S/r):E<.01?(i=.707106781,r=.707106781,s=0):(s=Math.sqrt(E),i=x/s,r=S/s),this.set(i,r,s,t),this}let v=Math.sqrt((g-p)*(g-p)+(f-b)*(f-b)+(u-h)*(u-h));return Math.abs(v)<.001&&(v=1),this.x=(g-p)/v,this.y=(f-b)/v,this.z=(u-h)/v,this.w=Math.acos((c+d+m-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=$e(this.x,e.x,t.x),this.y=$e(this.y,e.y,t.y),this.z=$e(this.z,e.z,t.z),this.w=$e(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=$e(this.x,e,t),this.y=$e(this.y,e,t),this.z=$e(this.z,e,t),this.w=$e(this.w,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar($e(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this.w=e.w+(t.w-e.w)*i,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};Sf.prototype.isVector4=!0;var mt=Sf,Tl=class extends Rn{constructor(e=1,t=1,i={}){super(),i=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Yt,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},i),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=i.depth,this.scissor=new mt(0,0,e,t),this.scissorTest=!1,this.viewport=new mt(0,0,e,t),this.textures=[];let r=i.count;for(let s=0;s<r;s++)this.textures[s]=new Zt({width:e,height:t,depth:i.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(i),this.depthBuffer=i.depthBuffer,this.stencilBuffer=i.stencilBuffer,this.resolveColorBuffer=i.resolveColorBuffer,this.resolveDepthBuffer=i.resolveDepthBuffer,this.resolveStencilBuffer=i.resolveStencilBuffer,this.storeMultisampledColorBuffer=i.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=i.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=i.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=i.depthTexture,this.samples=i.samples,this.multiview=i.multiview,this.useArrayDepthTexture=i.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Yt,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let i=0;i<this.textures.length;i++)this.textures[i].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,i=1){if(this.width!==e||this.height!==t||this.depth!==i){this.width=e,this.height=t,this.depth=i;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=i,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,i=e.textures.length;t<i;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new ss(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},ln=class extends Tl{constructor(e=1,t=1,i={}){super(e,t,i),this.isWebGLRenderTarget=!0}},la=class extends Zt{constructor(e=null,t=1,i=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Dt,this.minFilter=Dt,this.wrapR=Bn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var Cl=class extends Zt{constructor(e=null,t=1,i=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Dt,this.minFilter=Dt,this.wrapR=Bn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var Yl=class Yl{constructor(e,t,i,r,s,a,o,l,c,h,f,u,d,p,b,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,l,c,h,f,u,d,p,b,g)}set(e,t,i,r,s,a,o,l,c,h,f,u,d,p,b,g){let m=this.elements;return m[0]=e,m[4]=t,m[8]=i,m[12]=r,m[1]=s,m[5]=a,m[9]=o,m[13]=l,m[2]=c,m[6]=h,m[10]=f,m[14]=u,m[3]=d,m[7]=p,m[11]=b,m[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new Yl().fromArray(this.elements)}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],this}copyPosition(e){let t=this.elements,i=e.elements;return t[12]=i[12],t[13]=i[13],t[14]=i[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,i){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),i.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),i.setFromMatrixColumn(this,2),this)}makeBasis(e,t,i){return this.set(e.x,t.x,i.x,0,e.y,t.y,i.y,0,e.z,t.z,i.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,i=e.elements,r=1/Ur.setFromMatrixColumn(e,0).length(),s=1/Ur.setFromMatrixColumn(e,1).length(),a=1/Ur.setFromMatrixColumn(e,2).length();return t[0]=i[0]*r,t[1]=i[1]*r,t[2]=i[2]*r,t[3]=0,t[4]=i[4]*s,t[5]=i[5]*s,t[6]=i[6]*s,t[7]=0,t[8]=i[8]*a,t[9]=i[9]*a,t[10]=i[10]*a,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,i=e.x,r=e.y,s=e.z,a=Math.cos(i),o=Math.sin(i),l=Math.cos(r),c=Math.sin(r),h=Math.cos(s),f=Math.sin(s);if(e.order==="XYZ"){let u=a*h,d=a*f,p=o*h,b=o*f;t[0]=l*h,t[4]=-l*f,t[8]=c,t[1]=d+p*c,t[5]=u-b*c,t[9]=-o*l,t[2]=b-u*c,t[6]=p+d*c,t[10]=a*l}else if(e.order==="YXZ"){let u=l*h,d=l*f,p=c*h,b=c*f;t[0]=u+b*o,t[4]=p*o-d,t[8]=a*c,t[1]=a*f,t[5]=a*h,t[9]=-o,t[2]=d*o-p,t[6]=b+u*o,t[10]=a*l}else if(e.order==="ZXY"){let u=l*h,d=l*f,p=c*h,b=c*f;t[0]=u-b*o,t[4]=-a*f,t[8]=p+d*o,t[1]=d+p*o,t[5]=a*h,t[9]=b-u*o,t[2]=-a*c,t[6]=o,t[10]=a*l}else if(e.order==="ZYX"){let u=a*h,d=a*f,p=o*h,b=o*f;t[0]=l*h,t[4]=p*c-d,t[8]=u*c+b,t[1]=l*f,t[5]=b*c+u,t[9]=d*c-p,t[2]=-c,t[6]=o*l,t[10]=a*l}else if(e.order==="YZX"){let u=a*l,d=a*c,p=o*l,b=o*c;t[0]=l*h,t[4]=b-u*f,t[8]=p*f+d,t[1]=f,t[5]=a*h,t[9]=-o*h,t[2]=-c*h,t[6]=d*f+p,t[10]=u-b*f}else if(e.order==="XZY"){let u=a*l,d=a*c,p=o*l,b=o*c;t[0]=l*h,t[4]=-f,t[8]=c*h,t[1]=u*f+b,t[5]=a*h,t[9]=d*f-p,t[2]=p*f-d,t[6]=o*h,t[10]=b*f+u}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(j_,e,Q_)}lookAt(e,t,i){let r=this.elements;return rn.subVectors(e,t),rn.lengthSq()===0&&(rn.z=1),rn.normalize(),vi.crossVectors(i,rn),vi.lengthSq()===0&&(Math.abs(i.z)===1?rn.x+=1e-4:rn.z+=1e-4,rn.normalize(),vi.crossVectors(i,rn)),vi.normalize(),zo.crossVectors(rn,vi),r[0]=vi.x,r[4]=zo.x,r[8]=rn.x,r[1]=vi.y,r[5]=zo.y,r[9]=rn.y,r[2]=vi.z,r[6]=zo.z,r[10]=rn.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[4],l=i[8],c=i[12],h=i[1],f=i[5],u=i[9],d=i[13],p=i[2],b=i[6],g=i[10],m=i[14],v=i[3],A=i[7],_=i[11],E=i[15],w=r[0],x=r[4],S=r[8],N=r[12],T=r[1],P=r[5],I=r[9],O=r[13],R=r[2],D=r[6],H=r[10],k=r[14],K=r[3],$=r[7],Z=r[11],ne=r[15];return s[0]=a*w+o*T+l*R+c*K,s[4]=a*x+o*P+l*D+c*$,s[8]=a*S+o*I+l*H+c*Z,s[12]=a*N+o*O+l*k+c*ne,s[1]=h*w+f*T+u*R+d*K,s[5]=h*x+f*P+u*D+d*$,s[9]=h*S+f*I+u*H+d*Z,s[13]=h*N+f*O+u*k+d*ne,s[2]=p*w+b*T+g*R+m*K,s[6]=p*x+b*P+g*D+m*$,s[10]=p*S+b*I+g*H+m*Z,s[14]=p*N+b*O+g*k+m*ne,s[3]=v*w+A*T+_*R+E*K,s[7]=v*x+A*P+_*D+E*$,s[11]=v*S+A*I+_*H+E*Z,s[15]=v*N+A*O+_*k+E*ne,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[12],a=e[1],o=e[5],l=e[9],c=e[13],h=e[2],f=e[6],u=e[10],d=e[14],p=e[3],b=e[7],g=e[11],m=e[15],v=l*d-c*u,A=o*d-c*f,_=o*u-l*f,E=a*d-c*h,w=a*u-l*h,x=a*f-o*h;return t*(b*v-g*A+m*_)-i*(p*v-g*E+m*w)+r*(p*A-b*E+m*x)-s*(p*_-b*w+g*x)}determinantAffine(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[1],a=e[5],o=e[9],l=e[2],c=e[6],h=e[10];return t*(a*h-o*c)-i*(s*h-o*l)+r*(s*c-a*l)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,i){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=i),this}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8],f=e[9],u=e[10],d=e[11],p=e[12],b=e[13],g=e[14],m=e[15],v=t*o-i*a,A=t*l-r*a,_=t*c-s*a,E=i*l-r*o,w=i*c-s*o,x=r*c-s*l,S=h*b-f*p,N=h*g-u*p,T=h*m-d*p,P=f*g-u*b,I=f*m-d*b,O=u*m-d*g,R=v*O-A*I+_*P+E*T-w*N+x*S;if(R===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let D=1/R;return e[0]=(o*O-l*I+c*P)*D,e[1]=(r*I-i*O-s*P)*D,e[2]=(b*x-g*w+m*E)*D,e[3]=(u*w-f*x-d*E)*D,e[4]=(l*T-a*O-c*N)*D,e[5]=(t*O-r*T+s*N)*D,e[6]=(g*_-p*x-m*A)*D,e[7]=(h*x-u*_+d*A)*D,e[8]=(a*I-o*T+c*S)*D,e[9]=(i*T-t*I-s*S)*D,e[10]=(p*w-b*_+m*v)*D,e[11]=(f*_-h*w-d*v)*D,e[12]=(o*N-a*P-l*S)*D,e[13]=(t*P-i*N+r*S)*D,e[14]=(b*A-p*E-g*v)*D,e[15]=(h*E-f*A+u*v)*D,this}scale(e){let t=this.elements,i=e.x,r=e.y,s=e.z;return t[0]*=i,t[4]*=r,t[8]*=s,t[1]*=i,t[5]*=r,t[9]*=s,t[2]*=i,t[6]*=r,t[10]*=s,t[3]*=i,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],i=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,i,r))}makeTranslation(e,t,i){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,i,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),i=Math.sin(e);return this.set(1,0,0,0,0,t,-i,0,0,i,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,0,i,0,0,1,0,0,-i,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,0,i,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let i=Math.cos(t),r=Math.sin(t),s=1-i,a=e.x,o=e.y,l=e.z,c=s*a,h=s*o;return this.set(c*a+i,c*o-r*l,c*l+r*o,0,c*o+r*l,h*o+i,h*l-r*a,0,c*l-r*o,h*l+r*a,s*l*l+i,0,0,0,0,1),this}makeScale(e,t,i){return this.set(e,0,0,0,0,t,0,0,0,0,i,0,0,0,0,1),this}makeShear(e,t,i,r,s,a){return this.set(1,i,s,0,e,1,a,0,t,r,1,0,0,0,0,1),this}compose(e,t,i){let r=this.elements,s=t._x,a=t._y,o=t._z,l=t._w,c=s+s,h=a+a,f=o+o,u=s*c,d=s*h,p=s*f,b=a*h,g=a*f,m=o*f,v=l*c,A=l*h,_=l*f,E=i.x,w=i.y,x=i.z;return r[0]=(1-(b+m))*E,r[1]=(d+_)*E,r[2]=(p-A)*E,r[3]=0,r[4]=(d-_)*w,r[5]=(1-(u+m))*w,r[6]=(g+v)*w,r[7]=0,r[8]=(p+A)*x,r[9]=(g-v)*x,r[10]=(1-(u+b))*x,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,i){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return i.set(1,1,1),t.identity(),this;let a=Ur.set(r[0],r[1],r[2]).length(),o=Ur.set(r[4],r[5],r[6]).length(),l=Ur.set(r[8],r[9],r[10]).length();s<0&&(a=-a),En.copy(this);let c=1/a,h=1/o,f=1/l;return En.elements[0]*=c,En.elements[1]*=c,En.elements[2]*=c,En.elements[4]*=h,En.elements[5]*=h,En.elements[6]*=h,En.elements[8]*=f,En.elements[9]*=f,En.elements[10]*=f,t.setFromRotationMatrix(En),i.x=a,i.y=o,i.z=l,this}makePerspective(e,t,i,r,s,a,o=bn,l=!1){let c=this.elements,h=2*s/(t-e),f=2*s/(i-r),u=(t+e)/(t-e),d=(i+r)/(i-r),p,b;if(l)p=s/(a-s),b=a*s/(a-s);else if(o===bn)p=-(a+s)/(a-s),b=-2*a*s/(a-s);else if(o===ns)p=-a/(a-s),b=-a*s/(a-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+o);return c[0]=h,c[4]=0,c[8]=u,c[12]=0,c[1]=0,c[5]=f,c[9]=d,c[13]=0,c[2]=0,c[6]=0,c[10]=p,c[14]=b,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,i,r,s,a,o=bn,l=!1){let c=this.elements,h=2/(t-e),f=2/(i-r),u=-(t+e)/(t-e),d=-(i+r)/(i-r),p,b;if(l)p=1/(a-s),b=a/(a-s);else if(o===bn)p=-2/(a-s),b=-(a+s)/(a-s);else if(o===ns)p=-1/(a-s),b=-s/(a-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+o);return c[0]=h,c[4]=0,c[8]=0,c[12]=u,c[1]=0,c[5]=f,c[9]=0,c[13]=d,c[2]=0,c[6]=0,c[10]=p,c[14]=b,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<16;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<16;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e[t+9]=i[9],e[t+10]=i[10],e[t+11]=i[11],e[t+12]=i[12],e[t+13]=i[13],e[t+14]=i[14],e[t+15]=i[15],e}};Yl.prototype.isMatrix4=!0;var Qe=Yl,Ur=new B,En=new Qe,j_=new B(0,0,0),Q_=new B(1,1,1),vi=new B,zo=new B,rn=new B,Jm=new Qe,jm=new on,ri=class n{constructor(e=0,t=0,i=0,r=n.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=i,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,i,r=this._order){return this._x=e,this._y=t,this._z=i,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,i=!0){let r=e.elements,s=r[0],a=r[4],o=r[8],l=r[1],c=r[5],h=r[9],f=r[2],u=r[6],d=r[10];switch(t){case"XYZ":this._y=Math.asin($e(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(-h,d),this._z=Math.atan2(-a,s)):(this._x=Math.atan2(u,c),this._z=0);break;case"YXZ":this._x=Math.asin(-$e(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(o,d),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-f,s),this._z=0);break;case"ZXY":this._x=Math.asin($e(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(-f,d),this._z=Math.atan2(-a,c)):(this._y=0,this._z=Math.atan2(l,s));break;case"ZYX":this._y=Math.asin(-$e(f,-1,1)),Math.abs(f)<.9999999?(this._x=Math.atan2(u,d),this._z=Math.atan2(l,s)):(this._x=0,this._z=Math.atan2(-a,c));break;case"YZX":this._z=Math.asin($e(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-h,c),this._y=Math.atan2(-f,s)):(this._x=0,this._y=Math.atan2(o,d));break;case"XZY":this._z=Math.asin(-$e(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(u,c),this._y=Math.atan2(o,s)):(this._x=Math.atan2(-h,d),this._y=0);break;default:Le("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,i===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,i){return Jm.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Jm,t,i)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return jm.setFromEuler(this),this.setFromQuaternion(jm,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};ri.DEFAULT_ORDER="XYZ";var as=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},ev=0,Qm=new B,Br=new on,Kn=new Qe,Vo=new B,Ws=new B,tv=new B,nv=new on,eg=new B(1,0,0),tg=new B(0,1,0),ng=new B(0,0,1),ig={type:"added"},iv={type:"removed"},kr={type:"childadded",child:null},fu={type:"childremoved",child:null},Et=class n extends Rn{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:ev++}),this.uuid=Oi(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=n.DEFAULT_UP.clone();let e=new B,t=new ri,i=new on,r=new B(1,1,1);function s(){i.setFromEuler(t,!1)}function a(){t.setFromQuaternion(i,void 0,!1)}t._onChange(s),i._onChange(a),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:i},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new Qe},normalMatrix:{value:new Fe}}),this.matrix=new Qe,this.matrixWorld=new Qe,this.matrixAutoUpdate=n.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=n.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new as,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return Br.setFromAxisAngle(e,t),this.quaternion.multiply(Br),this}rotateOnWorldAxis(e,t){return Br.setFromAxisAngle(e,t),this.quaternion.premultiply(Br),this}rotateX(e){return this.rotateOnAxis(eg,e)}rotateY(e){return this.rotateOnAxis(tg,e)}rotateZ(e){return this.rotateOnAxis(ng,e)}translateOnAxis(e,t){return Qm.copy(e).applyQuaternion(this.quaternion),this.position.add(Qm.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(eg,e)}translateY(e){return this.translateOnAxis(tg,e)}translateZ(e){return this.translateOnAxis(ng,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Kn.copy(this.matrixWorld).invert())}lookAt(e,t,i){e.isVector3?Vo.copy(e):Vo.set(e,t,i);let r=this.parent;this.updateWorldMatrix(!0,!1),Ws.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Kn.lookAt(Ws,Vo,this.up):Kn.lookAt(Vo,Ws,this.up),this.quaternion.setFromRotationMatrix(Kn),r&&(Kn.extractRotation(r.matrixWorld),Br.setFromRotationMatrix(Kn),this.quaternion.premultiply(Br.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(De("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(ig),kr.child=e,this.dispatchEvent(kr),kr.child=null):De("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let i=0;i<arguments.length;i++)this.remove(arguments[i]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(iv),fu.child=e,this.dispatchEvent(fu),fu.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Kn.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Kn.multiply(e.parent.matrixWorld)),e.applyMatrix4(Kn),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(ig),kr.child=e,this.dispatchEvent(kr),kr.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let i=0,r=this.children.length;i<r;i++){let a=this.children[i].getObjectByProperty(e,t);if(a!==void 0)return a}}getObjectsByProperty(e,t,i=[]){this[e]===t&&i.push(this);let r=this.children;for(let s=0,a=r.length;s<a;s++)r[s].getObjectsByProperty(e,t,i);return i}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Ws,e,tv),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Ws,nv,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,i=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*i-s[8]*r,s[13]+=i-s[1]*t-s[5]*i-s[9]*r,s[14]+=r-s[2]*t-s[6]*i-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].updateMatrixWorld(e)}updateWorldMatrix(e,t,i=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||i)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,i=!0),t===!0){let s=this.children;for(let a=0,o=s.length;a<o;a++)s[a].updateWorldMatrix(!1,!0,i)}}toJSON(e){let t=e===void 0||typeof e=="string",i={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},i.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(o=>({...o,boundingBox:o.boundingBox?o.boundingBox.toJSON():void 0,boundingSphere:o.boundingSphere?o.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(o=>({...o})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(o,l){return o[l.uuid]===void 0&&(o[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let o=this.geometry.parameters;if(o!==void 0&&o.shapes!==void 0){let l=o.shapes;if(Array.isArray(l))for(let c=0,h=l.length;c<h;c++){let f=l[c];s(e.shapes,f)}else s(e.shapes,l)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let o=[];for(let l=0,c=this.material.length;l<c;l++)o.push(s(e.materials,this.material[l]));r.material=o}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let o=0;o<this.children.length;o++)r.children.push(this.children[o].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let o=0;o<this.animations.length;o++){let l=this.animations[o];r.animations.push(s(e.animations,l))}}if(t){let o=a(e.geometries),l=a(e.materials),c=a(e.textures),h=a(e.images),f=a(e.shapes),u=a(e.skeletons),d=a(e.animations),p=a(e.nodes);o.length>0&&(i.geometries=o),l.length>0&&(i.materials=l),c.length>0&&(i.textures=c),h.length>0&&(i.images=h),f.length>0&&(i.shapes=f),u.length>0&&(i.skeletons=u),d.length>0&&(i.animations=d),p.length>0&&(i.nodes=p)}return i.object=r,i;function a(o){let l=[];for(let c in o){let h=o[c];delete h.metadata,l.push(h)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let i=0;i<e.children.length;i++){let r=e.children[i];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Et.DEFAULT_UP=new B(0,1,0);Et.DEFAULT_MATRIX_AUTO_UPDATE=!0;Et.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var ir=class extends Et{constructor(){super(),this.isGroup=!0,this.type="Group"}},rv={type:"move"},os=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new ir,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new ir,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new B,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new B),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new ir,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new B,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new B,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let i of e.hand.values())this._getHandJoint(t,i)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,i){let r=null,s=null,a=null,o=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){a=!0;for(let b of e.hand.values()){let g=t.getJointPose(b,i),m=this._getHandJoint(c,b);g!==null&&(m.matrix.fromArray(g.transform.matrix),m.matrix.decompose(m.position,m.quaternion,m.scale),m.matrixWorldNeedsUpdate=!0,m.jointRadius=g.radius),m.visible=g!==null}let h=c.joints["index-finger-tip"],f=c.joints["thumb-tip"],u=h.position.distanceTo(f.position),d=.02,p=.005;c.inputState.pinching&&u>d+p?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&u<=d-p&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,i),s!==null&&(l.matrix.fromArray(s.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,s.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(s.linearVelocity)):l.hasLinearVelocity=!1,s.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(s.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));o!==null&&(r=t.getPose(e.targetRaySpace,i),r===null&&s!==null&&(r=s),r!==null&&(o.matrix.fromArray(r.transform.matrix),o.matrix.decompose(o.position,o.quaternion,o.scale),o.matrixWorldNeedsUpdate=!0,r.linearVelocity?(o.hasLinearVelocity=!0,o.linearVelocity.copy(r.linearVelocity)):o.hasLinearVelocity=!1,r.angularVelocity?(o.hasAngularVelocity=!0,o.angularVelocity.copy(r.angularVelocity)):o.hasAngularVelocity=!1,this.dispatchEvent(rv)))}return o!==null&&(o.visible=r!==null),l!==null&&(l.visible=s!==null),c!==null&&(c.visible=a!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let i=new ir;i.matrixAutoUpdate=!1,i.visible=!1,e.joints[t.jointName]=i,e.add(i)}return e.joints[t.jointName]}},u0={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Mi={h:0,s:0,l:0},Go={h:0,s:0,l:0};function du(n,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?n+(e-n)*6*t:t<1/2?e:t<2/3?n+(e-n)*6*(2/3-t):n}var ke=class{constructor(e,t,i){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,i)}set(e,t,i){if(t===void 0&&i===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,i);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=Bt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Ke.colorSpaceToWorking(this,t),this}setRGB(e,t,i,r=Ke.workingColorSpace){return this.r=e,this.g=t,this.b=i,Ke.colorSpaceToWorking(this,r),this}setHSL(e,t,i,r=Ke.workingColorSpace){if(e=uf(e,1),t=$e(t,0,1),i=$e(i,0,1),t===0)this.r=this.g=this.b=i;else{let s=i<=.5?i*(1+t):i+t-i*t,a=2*i-s;this.r=du(a,s,e+1/3),this.g=du(a,s,e),this.b=du(a,s,e-1/3)}return Ke.colorSpaceToWorking(this,r),this}setStyle(e,t=Bt){function i(s){s!==void 0&&parseFloat(s)<1&&Le("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,a=r[1],o=r[2];switch(a){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:Le("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],a=s.length;if(a===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(a===6)return this.setHex(parseInt(s,16),t);Le("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=Bt){let i=u0[e.toLowerCase()];return i!==void 0?this.setHex(i,t):Le("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=ni(e.r),this.g=ni(e.g),this.b=ni(e.b),this}copyLinearToSRGB(e){return this.r=es(e.r),this.g=es(e.g),this.b=es(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=Bt){return Ke.workingToColorSpace(Ht.copy(this),e),Math.round($e(Ht.r*255,0,255))*65536+Math.round($e(Ht.g*255,0,255))*256+Math.round($e(Ht.b*255,0,255))}getHexString(e=Bt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Ke.workingColorSpace){Ke.workingToColorSpace(Ht.copy(this),t);let i=Ht.r,r=Ht.g,s=Ht.b,a=Math.max(i,r,s),o=Math.min(i,r,s),l,c,h=(o+a)/2;if(o===a)l=0,c=0;else{let f=a-o;switch(c=h<=.5?f/(a+o):f/(2-a-o),a){case i:l=(r-s)/f+(r<s?6:0);break;case r:l=(s-i)/f+2;break;case s:l=(i-r)/f+4;break}l/=6}return e.h=l,e.s=c,e.l=h,e}getRGB(e,t=Ke.workingColorSpace){return Ke.workingToColorSpace(Ht.copy(this),t),e.r=Ht.r,e.g=Ht.g,e.b=Ht.b,e}getStyle(e=Bt){Ke.workingToColorSpace(Ht.copy(this),e);let t=Ht.r,i=Ht.g,r=Ht.b;return e!==Bt?`color(${e} ${t.toFixed(3)} ${i.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(i*255)},${Math.round(r*255)})`}offsetHSL(e,t,i){return this.getHSL(Mi),this.setHSL(Mi.h+e,Mi.s+t,Mi.l+i)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,i){return this.r=e.r+(t.r-e.r)*i,this.g=e.g+(t.g-e.g)*i,this.b=e.b+(t.b-e.b)*i,this}lerpHSL(e,t){this.getHSL(Mi),e.getHSL(Go);let i=na(Mi.h,Go.h,t),r=na(Mi.s,Go.s,t),s=na(Mi.l,Go.l,t);return this.setHSL(i,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,i=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*i+s[6]*r,this.g=s[1]*t+s[4]*i+s[7]*r,this.b=s[2]*t+s[5]*i+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Ht=new ke;ke.NAMES=u0;var ca=class extends Et{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new ri,this.environmentIntensity=1,this.environmentRotation=new ri,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},Tn=new B,Jn=new B,pu=new B,jn=new B,zr=new B,Vr=new B,rg=new B,mu=new B,gu=new B,bu=new B,xu=new mt,yu=new mt,_u=new mt,ti=class n{constructor(e=new B,t=new B,i=new B){this.a=e,this.b=t,this.c=i}static getNormal(e,t,i,r){r.subVectors(i,t),Tn.subVectors(e,t),r.cross(Tn);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,i,r,s){Tn.subVectors(r,t),Jn.subVectors(i,t),pu.subVectors(e,t);let a=Tn.dot(Tn),o=Tn.dot(Jn),l=Tn.dot(pu),c=Jn.dot(Jn),h=Jn.dot(pu),f=a*c-o*o;if(f===0)return s.set(0,0,0),null;let u=1/f,d=(c*l-o*h)*u,p=(a*h-o*l)*u;return s.set(1-d-p,p,d)}static containsPoint(e,t,i,r){return this.getBarycoord(e,t,i,r,jn)===null?!1:jn.x>=0&&jn.y>=0&&jn.x+jn.y<=1}static getInterpolation(e,t,i,r,s,a,o,l){return this.getBarycoord(e,t,i,r,jn)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(s,jn.x),l.addScaledVector(a,jn.y),l.addScaledVector(o,jn.z),l)}static getInterpolatedAttribute(e,t,i,r,s,a){return xu.setScalar(0),yu.setScalar(0),_u.setScalar(0),xu.fromBufferAttribute(e,t),yu.fromBufferAttribute(e,i),_u.fromBufferAttribute(e,r),a.setScalar(0),a.addScaledVector(xu,s.x),a.addScaledVector(yu,s.y),a.addScaledVector(_u,s.z),a}static isFrontFacing(e,t,i,r){return Tn.subVectors(i,t),Jn.subVectors(e,t),Tn.cross(Jn).dot(r)<0}set(e,t,i){return this.a.copy(e),this.b.copy(t),this.c.copy(i),this}setFromPointsAndIndices(e,t,i,r){return this.a.copy(e[t]),this.b.copy(e[i]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,i,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,i),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return Tn.subVectors(this.c,this.b),Jn.subVectors(this.a,this.b),Tn.cross(Jn).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return n.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return n.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,i,r,s){return n.getInterpolation(e,this.a,this.b,this.c,t,i,r,s)}containsPoint(e){return n.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return n.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let i=this.a,r=this.b,s=this.c,a,o;zr.subVectors(r,i),Vr.subVectors(s,i),mu.subVectors(e,i);let l=zr.dot(mu),c=Vr.dot(mu);if(l<=0&&c<=0)return t.copy(i);gu.subVectors(e,r);let h=zr.dot(gu),f=Vr.dot(gu);if(h>=0&&f<=h)return t.copy(r);let u=l*f-h*c;if(u<=0&&l>=0&&h<=0&&l-h>0)return a=l/(l-h),t.copy(i).addScaledVector(zr,a);bu.subVectors(e,s);let d=zr.dot(bu),p=Vr.dot(bu);if(p>=0&&d<=p)return t.copy(s);let b=d*c-l*p;if(b<=0&&c>=0&&p<=0)return o=c/(c-p),t.copy(i).addScaledVector(Vr,o);let g=h*p-d*f;if(g<=0&&f-h>=0&&d-p>=0)return rg.subVectors(s,r),o=(f-h)/(f-h+(d-p)),t.copy(r).addScaledVector(rg,o);let m=1/(g+b+u);return a=b*m,o=u*m,t.copy(i).addScaledVector(zr,a).addScaledVector(Vr,o)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},xn=class{constructor(e=new B(1/0,1/0,1/0),t=new B(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t+=3)this.expandByPoint(Cn.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,i=e.count;t<i;t++)this.expandByPoint(Cn.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let i=Cn.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(i),this.max.copy(e).add(i),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let i=e.geometry;if(i!==void 0){let s=i.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let a=0,o=s.count;a<o;a++)e.isMesh===!0?e.getVertexPosition(a,Cn):Cn.fromBufferAttribute(s,a),Cn.applyMatrix4(e.matrixWorld),this.expandByPoint(Cn);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),Ho.copy(e.boundingBox)):(i.boundingBox===null&&i.computeBoundingBox(),Ho.copy(i.boundingBox)),Ho.applyMatrix4(e.matrixWorld),this.union(Ho)}let r=e.children;for(let s=0,a=r.length;s<a;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,Cn),Cn.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,i;return e.normal.x>0?(t=e.normal.x*this.min.x,i=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,i=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,i+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,i+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,i+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,i+=e.normal.z*this.min.z),t<=-e.constant&&i>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter($s),Wo.subVectors(this.max,$s),Gr.subVectors(e.a,$s),Hr.subVectors(e.b,$s),Wr.subVectors(e.c,$s),Si.subVectors(Hr,Gr),wi.subVectors(Wr,Hr),Qi.subVectors(Gr,Wr);let t=[0,-Si.z,Si.y,0,-wi.z,wi.y,0,-Qi.z,Qi.y,Si.z,0,-Si.x,wi.z,0,-wi.x,Qi.z,0,-Qi.x,-Si.y,Si.x,0,-wi.y,wi.x,0,-Qi.y,Qi.x,0];return!vu(t,Gr,Hr,Wr,Wo)||(t=[1,0,0,0,1,0,0,0,1],!vu(t,Gr,Hr,Wr,Wo))?!1:($o.crossVectors(Si,wi),t=[$o.x,$o.y,$o.z],vu(t,Gr,Hr,Wr,Wo))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,Cn).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(Cn).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Qn[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Qn[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Qn[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Qn[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Qn[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Qn[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Qn[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Qn[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Qn),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Qn=[new B,new B,new B,new B,new B,new B,new B,new B],Cn=new B,Ho=new xn,Gr=new B,Hr=new B,Wr=new B,Si=new B,wi=new B,Qi=new B,$s=new B,Wo=new B,$o=new B,er=new B;function vu(n,e,t,i,r){for(let s=0,a=n.length-3;s<=a;s+=3){er.fromArray(n,s);let o=r.x*Math.abs(er.x)+r.y*Math.abs(er.y)+r.z*Math.abs(er.z),l=e.dot(er),c=t.dot(er),h=i.dot(er);if(Math.max(-Math.max(l,c,h),Math.min(l,c,h))>o)return!1}return!0}var vt=new B,Xo=new Pe,sv=0,Mt=class extends Rn{constructor(e,t,i=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:sv++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=i,this.usage=cf,this.updateRanges=[],this.gpuType=vn,this.version=0,this._normalizationScale=e!==void 0?Uc(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,i){e*=this.itemSize,i*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[i+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,i=this.count;t<i;t++)Xo.fromBufferAttribute(this,t),Xo.applyMatrix3(e),this.setXY(t,Xo.x,Xo.y);else if(this.itemSize===3)for(let t=0,i=this.count;t<i;t++)vt.fromBufferAttribute(this,t),vt.applyMatrix3(e),this.setXYZ(t,vt.x,vt.y,vt.z);return this}applyMatrix4(e){for(let t=0,i=this.count;t<i;t++)vt.fromBufferAttribute(this,t),vt.applyMatrix4(e),this.setXYZ(t,vt.x,vt.y,vt.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)vt.fromBufferAttribute(this,t),vt.applyNormalMatrix(e),this.setXYZ(t,vt.x,vt.y,vt.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)vt.fromBufferAttribute(this,t),vt.transformDirection(e),this.setXYZ(t,vt.x,vt.y,vt.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let i=this.array[e*this.itemSize+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.array[e*this.itemSize+t]=i,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=i,this}setXYZ(e,t,i,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):df(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):pf(e,this.array)}};var ha=class extends Mt{constructor(e,t,i){super(new Uint16Array(e),t,i)}};var ua=class extends Mt{constructor(e,t,i){super(new Uint32Array(e),t,i)}};var kt=class extends Mt{constructor(e,t,i){super(new Float32Array(e),t,i)}},av=new xn,Xs=new B,Mu=new B,yn=class{constructor(e=new B,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let i=this.center;t!==void 0?i.copy(t):av.setFromPoints(e).getCenter(i);let r=0;for(let s=0,a=e.length;s<a;s++)r=Math.max(r,i.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let i=this.center.distanceToSquared(e);return t.copy(e),i>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Xs.subVectors(e,this.center);let t=Xs.lengthSq();if(t>this.radius*this.radius){let i=Math.sqrt(t),r=(i-this.radius)*.5;this.center.addScaledVector(Xs,r/i),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Mu.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Xs.copy(e.center).add(Mu)),this.expandByPoint(Xs.copy(e.center).sub(Mu))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},ov=0,gn=new Qe,Su=new Et,$r=new B,sn=new xn,qs=new xn,Nt=new B,St=class n extends Rn{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:ov++}),this.uuid=Oi(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(L_(e)?ua:ha)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,i=0){this.groups.push({start:e,count:t,materialIndex:i})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let i=this.attributes.normal;if(i!==void 0){let s=new Fe().getNormalMatrix(e);i.applyNormalMatrix(s),i.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return gn.makeRotationFromQuaternion(e),this.applyMatrix4(gn),this}rotateX(e){return gn.makeRotationX(e),this.applyMatrix4(gn),this}rotateY(e){return gn.makeRotationY(e),this.applyMatrix4(gn),this}rotateZ(e){return gn.makeRotationZ(e),this.applyMatrix4(gn),this}translate(e,t,i){return gn.makeTranslation(e,t,i),this.applyMatrix4(gn),this}scale(e,t,i){return gn.makeScale(e,t,i),this.applyMatrix4(gn),this}lookAt(e){return Su.lookAt(e),Su.updateMatrix(),this.applyMatrix4(Su.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter($r).negate(),this.translate($r.x,$r.y,$r.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let i=[];for(let r=0,s=e.length;r<s;r++){let a=e[r];i.push(a.x,a.y,a.z||0)}this.setAttribute("position",new kt(i,3))}else{let i=Math.min(e.length,t.count);for(let r=0;r<i;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&Le("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new xn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){De("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new B(-1/0,-1/0,-1/0),new B(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let i=0,r=t.length;i<r;i++){let s=t[i];sn.setFromBufferAttribute(s),this.morphTargetsRelative?(Nt.addVectors(this.boundingBox.min,sn.min),this.boundingBox.expandByPoint(Nt),Nt.addVectors(this.boundingBox.max,sn.max),this.boundingBox.expandByPoint(Nt)):(this.boundingBox.expandByPoint(sn.min),this.boundingBox.expandByPoint(sn.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&De('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new yn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){De("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new B,1/0);return}if(e){let i=this.boundingSphere.center;if(sn.setFromBufferAttribute(e),t)for(let s=0,a=t.length;s<a;s++){let o=t[s];qs.setFromBufferAttribute(o),this.morphTargetsRelative?(Nt.addVectors(sn.min,qs.min),sn.expandByPoint(Nt),Nt.addVectors(sn.max,qs.max),sn.expandByPoint(Nt)):(sn.expandByPoint(qs.min),sn.expandByPoint(qs.max))}sn.getCenter(i);let r=0;for(let s=0,a=e.count;s<a;s++)Nt.fromBufferAttribute(e,s),r=Math.max(r,i.distanceToSquared(Nt));if(t)for(let s=0,a=t.length;s<a;s++){let o=t[s],l=this.morphTargetsRelative;for(let c=0,h=o.count;c<h;c++)Nt.fromBufferAttribute(o,c),l&&($r.fromBufferAttribute(e,c),Nt.add($r)),r=Math.max(r,i.distanceToSquared(Nt))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&De('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){De("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let i=t.position,r=t.normal,s=t.uv,a=this.getAttribute("tangent");(a===void 0||a.count!==i.count)&&(a=new Mt(new Float32Array(4*i.count),4),this.setAttribute("tangent",a));let o=[],l=[],c=new Uint8Array(i.count);for(let N=0;N<i.count;N++)o[N]=new B,l[N]=new B;let h=new B,f=new B,u=new B,d=new Pe,p=new Pe,b=new Pe,g=new B,m=new B;function v(N,T,P){c[N]=c[T]=c[P]=1,h.fromBufferAttribute(i,N),f.fromBufferAttribute(i,T),u.fromBufferAttribute(i,P),d.fromBufferAttribute(s,N),p.fromBufferAttribute(s,T),b.fromBufferAttribute(s,P),f.sub(h),u.sub(h),p.sub(d),b.sub(d);let I=1/(p.x*b.y-b.x*p.y);isFinite(I)&&(g.copy(f).multiplyScalar(b.y).addScaledVector(u,-p.y).multiplyScalar(I),m.copy(u).multiplyScalar(p.x).addScaledVector(f,-b.x).multiplyScalar(I),o[N].add(g),o[T].add(g),o[P].add(g),l[N].add(m),l[T].add(m),l[P].add(m))}let A=this.groups;A.length===0&&(A=[{start:0,count:e.count}]);for(let N=0,T=A.length;N<T;++N){let P=A[N],I=P.start,O=P.count;for(let R=I,D=I+O;R<D;R+=3)v(e.getX(R+0),e.getX(R+1),e.getX(R+2))}let _=new B,E=new B,w=new B,x=new B;function S(N){w.fromBufferAttribute(r,N),x.copy(w);let T=o[N];_.copy(T),_.sub(w.multiplyScalar(w.dot(T))).normalize(),E.crossVectors(x,T);let I=E.dot(l[N])<0?-1:1;a.setXYZW(N,_.x,_.y,_.z,I)}for(let N=0,T=i.count;N<T;++N)c[N]&&S(N);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let i=this.getAttribute("normal");if(i===void 0||i.count!==t.count)i=new Mt(new Float32Array(t.count*3),3),this.setAttribute("normal",i);else for(let u=0,d=i.count;u<d;u++)i.setXYZ(u,0,0,0);let r=new B,s=new B,a=new B,o=new B,l=new B,c=new B,h=new B,f=new B;if(e)for(let u=0,d=e.count;u<d;u+=3){let p=e.getX(u+0),b=e.getX(u+1),g=e.getX(u+2);r.fromBufferAttribute(t,p),s.fromBufferAttribute(t,b),a.fromBufferAttribute(t,g),h.subVectors(a,s),f.subVectors(r,s),h.cross(f),o.fromBufferAttribute(i,p),l.fromBufferAttribute(i,b),c.fromBufferAttribute(i,g),o.add(h),l.add(h),c.add(h),i.setXYZ(p,o.x,o.y,o.z),i.setXYZ(b,l.x,l.y,l.z),i.setXYZ(g,c.x,c.y,c.z)}else for(let u=0,d=t.count;u<d;u+=3)r.fromBufferAttribute(t,u+0),s.fromBufferAttribute(t,u+1),a.fromBufferAttribute(t,u+2),h.subVectors(a,s),f.subVectors(r,s),h.cross(f),i.setXYZ(u+0,h.x,h.y,h.z),i.setXYZ(u+1,h.x,h.y,h.z),i.setXYZ(u+2,h.x,h.y,h.z);this.normalizeNormals(),i.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,i=e.count;t<i;t++)Nt.fromBufferAttribute(e,t),Nt.normalize(),e.setXYZ(t,Nt.x,Nt.y,Nt.z)}toNonIndexed(){function e(o,l){let c=o.array,h=o.itemSize,f=o.normalized,u=new c.constructor(l.length*h),d=0,p=0;for(let b=0,g=l.length;b<g;b++){o.isInterleavedBufferAttribute?d=l[b]*o.data.stride+o.offset:d=l[b]*h;for(let m=0;m<h;m++)u[p++]=c[d++]}return new Mt(u,h,f)}if(this.index===null)return Le("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new n,i=this.index.array,r=this.attributes;for(let o in r){let l=r[o],c=e(l,i);t.setAttribute(o,c)}let s=this.morphAttributes;for(let o in s){let l=[],c=s[o];for(let h=0,f=c.length;h<f;h++){let u=c[h],d=e(u,i);l.push(d)}t.morphAttributes[o]=l}t.morphTargetsRelative=this.morphTargetsRelative;let a=this.groups;for(let o=0,l=a.length;o<l;o++){let c=a[o];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let i=this.attributes;for(let l in i){let c=i[l];e.data.attributes[l]=c.toJSON(e.data)}let r={},s=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],h=[];for(let f=0,u=c.length;f<u;f++){let d=c[f];h.push(d.toJSON(e.data))}h.length>0&&(r[l]=h,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let a=this.groups;a.length>0&&(e.data.groups=JSON.parse(JSON.stringify(a)));let o=this.boundingSphere;return o!==null&&(e.data.boundingSphere=o.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let i=e.index;i!==null&&this.setIndex(i.clone());let r=e.attributes;for(let c in r){let h=r[c];this.setAttribute(c,h.clone(t))}let s=e.morphAttributes;for(let c in s){let h=[],f=s[c];for(let u=0,d=f.length;u<d;u++)h.push(f[u].clone(t));this.morphAttributes[c]=h}this.morphTargetsRelative=e.morphTargetsRelative;let a=e.groups;for(let c=0,h=a.length;c<h;c++){let f=a[c];this.addGroup(f.start,f.count,f.materialIndex)}let o=e.boundingBox;o!==null&&(this.boundingBox=o.clone());let l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}},Rl=class{constructor(e,t){this.isInterleavedBuffer=!0,this.array=e,this.stride=t,this.count=e!==void 0?e.length/t:0,this.usage=cf,this.updateRanges=[],this.version=0,this.uuid=Oi()}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.array=new e.array.constructor(e.array),this.count=e.count,this.stride=e.stride,this.usage=e.usage,this}copyAt(e,t,i){e*=this.stride,i*=t.stride;for(let r=0,s=this.stride;r<s;r++)this.array[e+r]=t.array[i+r];return this}set(e,t=0){return this.array.set(e,t),this}clone(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});let t=sg(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=this.array.slice(0).buffer);let i=new this.array.constructor(e.arrayBuffers[t]),r=new this.constructor(i,this.stride);return r.setUsage(this.usage),r}onUpload(e){return this.onUploadCallback=e,this}toJSON(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});let t=sg(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=Array.from(new Uint32Array(this.array.slice(0).buffer)));let i={uuid:this.uuid,buffer:t,type:this.array.constructor.name,stride:this.stride};return i.usage=this.usage,i}};function sg(n){return n.buffer._uuid===void 0&&(n.buffer._uuid=Oi()),n.byteOffset===0&&n.byteLength===n.buffer.byteLength?n.buffer._uuid:n.buffer._uuid+":"+n.byteOffset+":"+n.byteLength}var Xt=new B,fa=class n{constructor(e,t,i,r=!1){this.isInterleavedBufferAttribute=!0,this.name="",this.data=e,this.itemSize=t,this.offset=i,this.normalized=r,this._normalizationScale=e!==void 0?Uc(e.array):void 0}get count(){return this.data.count}get array(){return this.data.array}set needsUpdate(e){this.data.needsUpdate=e}applyMatrix4(e){for(let t=0,i=this.data.count;t<i;t++)Xt.fromBufferAttribute(this,t),Xt.applyMatrix4(e),this.setXYZ(t,Xt.x,Xt.y,Xt.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)Xt.fromBufferAttribute(this,t),Xt.applyNormalMatrix(e),this.setXYZ(t,Xt.x,Xt.y,Xt.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)Xt.fromBufferAttribute(this,t),Xt.transformDirection(e),this.setXYZ(t,Xt.x,Xt.y,Xt.z);return this}getComponent(e,t){let i=this.array[e*this.data.stride+this.offset+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.data.array[e*this.data.stride+this.offset+t]=i,this}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset]=t,this}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+1]=t,this}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+2]=t,this}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+3]=t,this}getX(e){let t=this.data.array[e*this.data.stride+this.offset];return this.normalized&&(t=this._denormalize(t)),t}getY(e){let t=this.data.array[e*this.data.stride+this.offset+1];return this.normalized&&(t=this._denormalize(t)),t}getZ(e){let t=this.data.array[e*this.data.stride+this.offset+2];return this.normalized&&(t=this._denormalize(t)),t}getW(e){let t=this.data.array[e*this.data.stride+this.offset+3];return this.normalized&&(t=this._denormalize(t)),t}setXY(e,t,i){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.data.array[e+0]=t,this.data.array[e+1]=i,this}setXYZ(e,t,i,r){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.data.array[e+0]=t,this.data.array[e+1]=i,this.data.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.data.array[e+0]=t,this.data.array[e+1]=i,this.data.array[e+2]=r,this.data.array[e+3]=s,this}clone(e){if(e===void 0){oa("InterleavedBufferAttribute.clone(): Cloning an interleaved buffer attribute will de-interleave buffer data.");let t=[];for(let i=0;i<this.count;i++){let r=i*this.data.stride+this.offset;for(let s=0;s<this.itemSize;s++)t.push(this.data.array[r+s])}return new Mt(new this.array.constructor(t),this.itemSize,this.normalized)}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.clone(e)),new n(e.interleavedBuffers[this.data.uuid],this.itemSize,this.offset,this.normalized)}toJSON(e){if(e===void 0){oa("InterleavedBufferAttribute.toJSON(): Serializing an interleaved buffer attribute will de-interleave buffer data.");let t=[];for(let i=0;i<this.count;i++){let r=i*this.data.stride+this.offset;for(let s=0;s<this.itemSize;s++)t.push(this.data.array[r+s])}return{itemSize:this.itemSize,type:this.array.constructor.name,array:t,normalized:this.normalized}}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.toJSON(e)),{isInterleavedBufferAttribute:!0,itemSize:this.itemSize,data:this.data.uuid,offset:this.offset,normalized:this.normalized}}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):df(e,this.data.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):pf(e,this.data.array)}},wu=new B,lv=new B,cv=new Fe,an=class{constructor(e=new B(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,i,r){return this.normal.set(e,t,i),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,i){let r=wu.subVectors(i,t).cross(lv.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,i=!0){let r=e.delta(wu),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let a=-(e.start.dot(this.normal)+this.constant)/s;return i===!0&&(a<0||a>1)?null:t.copy(e.start).addScaledVector(r,a)}intersectsLine(e){let t=this.distanceToPoint(e.start),i=this.distanceToPoint(e.end);return t<0&&i>0||i<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let i=t||cv.getNormalMatrix(e),r=this.coplanarPoint(wu).applyMatrix4(e),s=this.normal.applyMatrix3(i).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},hv=0,Pn=class extends Rn{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:hv++}),this.uuid=Oi(),this.name="",this.type="Material",this.blending=xs,this.side=Ni,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Hu,this.blendDst=Wu,this.blendEquation=lr,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new ke(0,0,0),this.blendAlpha=0,this.depthFunc=ts,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=t0,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=ml,this.stencilZFail=ml,this.stencilZPass=ml,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let i=e[t];if(i===void 0){Le(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Le(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(i):r&&r.isVector2&&i&&i.isVector2||r&&r.isEuler&&i&&i.isEuler||r&&r.isVector3&&i&&i.isVector3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let i={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};i.uuid=this.uuid,i.type=this.type,i.blending=this.blending,i.side=this.side,i.shadowSide=this.shadowSide,i.vertexColors=this.vertexColors,i.opacity=this.opacity,i.transparent=this.transparent,i.blendSrc=this.blendSrc,i.blendDst=this.blendDst,i.blendEquation=this.blendEquation,i.blendSrcAlpha=this.blendSrcAlpha,i.blendDstAlpha=this.blendDstAlpha,i.blendEquationAlpha=this.blendEquationAlpha,i.blendColor=this.blendColor.getHex(),i.blendAlpha=this.blendAlpha,i.depthFunc=this.depthFunc,i.depthTest=this.depthTest,i.depthWrite=this.depthWrite,i.colorWrite=this.colorWrite,i.clipIntersection=this.clipIntersection,i.clipShadows=this.clipShadows,i.stencilWriteMask=this.stencilWriteMask,i.stencilFunc=this.stencilFunc,i.stencilRef=this.stencilRef,i.stencilFuncMask=this.stencilFuncMask,i.stencilFail=this.stencilFail,i.stencilZFail=this.stencilZFail,i.stencilZPass=this.stencilZPass,i.stencilWrite=this.stencilWrite,i.polygonOffset=this.polygonOffset,i.polygonOffsetFactor=this.polygonOffsetFactor,i.polygonOffsetUnits=this.polygonOffsetUnits,i.dithering=this.dithering,i.alphaTest=this.alphaTest,i.alphaHash=this.alphaHash,i.alphaToCoverage=this.alphaToCoverage,i.premultipliedAlpha=this.premultipliedAlpha,i.forceSinglePass=this.forceSinglePass,i.allowOverride=this.allowOverride,i.visible=this.visible,i.toneMapped=this.toneMapped,i.name=this.name,this.color&&this.color.isColor&&(i.color=this.color.getHex()),this.roughness!==void 0&&(i.roughness=this.roughness),this.metalness!==void 0&&(i.metalness=this.metalness),this.sheen!==void 0&&(i.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(i.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(i.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(i.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(i.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(i.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(i.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(i.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(i.shininess=this.shininess),this.clearcoat!==void 0&&(i.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(i.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(i.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(i.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(i.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(i.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(i.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,i.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(i.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(i.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(i.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(i.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(i.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(i.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(i.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(i.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(i.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(i.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(i.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(i.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(i.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(i.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(i.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(i.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(i.lightMap=this.lightMap.toJSON(e).uuid,i.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(i.aoMap=this.aoMap.toJSON(e).uuid,i.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(i.bumpMap=this.bumpMap.toJSON(e).uuid,i.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(i.normalMap=this.normalMap.toJSON(e).uuid,i.normalMapType=this.normalMapType,i.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(i.displacementMap=this.displacementMap.toJSON(e).uuid,i.displacementScale=this.displacementScale,i.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(i.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(i.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(i.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(i.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(i.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(i.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(i.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(i.combine=this.combine)),this.envMapRotation!==void 0&&(i.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(i.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(i.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(i.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(i.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(i.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(i.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(i.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(i.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(i.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(i.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(i.size=this.size),this.sizeAttenuation!==void 0&&(i.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(i.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(i.rotation=this.rotation),this.depthPacking!==void 0&&(i.depthPacking=this.depthPacking),this.linewidth!==void 0&&(i.linewidth=this.linewidth),this.linecap!==void 0&&(i.linecap=this.linecap),this.linejoin!==void 0&&(i.linejoin=this.linejoin),this.dashSize!==void 0&&(i.dashSize=this.dashSize),this.gapSize!==void 0&&(i.gapSize=this.gapSize),this.scale!==void 0&&(i.scale=this.scale),this.wireframe!==void 0&&(i.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(i.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(i.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(i.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(i.flatShading=this.flatShading),this.fog!==void 0&&(i.fog=this.fog),Object.keys(this.userData).length>0&&(i.userData=this.userData);function r(s){let a=[];for(let o in s){let l=s[o];delete l.metadata,a.push(l)}return a}if(t){let s=r(e.textures),a=r(e.images);s.length>0&&(i.textures=s),a.length>0&&(i.images=a)}return i}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new ke().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(i=>new an().fromJSON(i))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let i=e.normalScale;Array.isArray(i)===!1&&(i=[i,i]),this.normalScale=new Pe().fromArray(i)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Pe().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,i=null;if(t!==null){let r=t.length;i=new Array(r);for(let s=0;s!==r;++s)i[s]=t[s].clone()}return this.clippingPlanes=i,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}},ls=class extends Pn{constructor(e){super(),this.isSpriteMaterial=!0,this.type="SpriteMaterial",this.color=new ke(16777215),this.map=null,this.alphaMap=null,this.rotation=0,this.sizeAttenuation=!0,this.transparent=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.rotation=e.rotation,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},Xr,Ys=new B,qr=new B,Yr=new B,Zr=new Pe,Zs=new Pe,f0=new Qe,qo=new B,Ks=new B,Yo=new B,ag=new Pe,Au=new Pe,og=new Pe,cs=class extends Et{constructor(e=new ls){if(super(),this.isSprite=!0,this.type="Sprite",Xr===void 0){Xr=new St;let t=new Float32Array([-.5,-.5,0,0,0,.5,-.5,0,1,0,.5,.5,0,1,1,-.5,.5,0,0,1]),i=new Rl(t,5);Xr.setIndex([0,1,2,0,2,3]),Xr.setAttribute("position",new fa(i,3,0,!1)),Xr.setAttribute("uv",new fa(i,2,3,!1))}this.geometry=Xr,this.material=e,this.center=new Pe(.5,.5),this.count=1}intersectsFrustum(e){return e.intersectsSprite(this)}raycast(e,t){e.camera===null&&De('Sprite: "Raycaster.camera" needs to be set in order to raycast against sprites.'),qr.setFromMatrixScale(this.matrixWorld),f0.copy(e.camera.matrixWorld),this.modelViewMatrix.multiplyMatrices(e.camera.matrixWorldInverse,this.matrixWorld),Yr.setFromMatrixPosition(this.modelViewMatrix),e.camera.isPerspectiveCamera&&this.material.sizeAttenuation===!1&&qr.multiplyScalar(-Yr.z);let i=this.material.rotation,r,s;i!==0&&(s=Math.cos(i),r=Math.sin(i));let a=this.center;Zo(qo.set(-.5,-.5,0),Yr,a,qr,r,s),Zo(Ks.set(.5,-.5,0),Yr,a,qr,r,s),Zo(Yo.set(.5,.5,0),Yr,a,qr,r,s),ag.set(0,0),Au.set(1,0),og.set(1,1);let o=e.ray.intersectTriangle(qo,Ks,Yo,!1,Ys);if(o===null&&(Zo(Ks.set(-.5,.5,0),Yr,a,qr,r,s),Au.set(0,1),o=e.ray.intersectTriangle(qo,Yo,Ks,!1,Ys),o===null))return;let l=e.ray.origin.distanceTo(Ys);l<e.near||l>e.far||t.push({distance:l,point:Ys.clone(),uv:ti.getInterpolation(Ys,qo,Ks,Yo,ag,Au,og,new Pe),face:null,object:this})}copy(e,t){return super.copy(e,t),e.center!==void 0&&this.center.copy(e.center),this.material=e.material,this}toJSON(e){let t=super.toJSON(e);return t.object.center=this.center.toArray(),t}};function Zo(n,e,t,i,r,s){Zr.subVectors(n,t).addScalar(.5).multiply(i),r!==void 0?(Zs.x=s*Zr.x-r*Zr.y,Zs.y=r*Zr.x+s*Zr.y):Zs.copy(Zr),n.copy(e),n.x+=Zs.x,n.y+=Zs.y,n.applyMatrix4(f0)}var ei=new B,Eu=new B,Ko=new B,Jo=new B,si=class{constructor(e=new B,t=new B(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,ei)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let i=t.dot(this.direction);return i<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,i)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=ei.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(ei.copy(this.origin).addScaledVector(this.direction,t),ei.distanceToSquared(e))}distanceSqToSegment(e,t,i,r){Eu.copy(e).add(t).multiplyScalar(.5),Ko.copy(t).sub(e).normalize(),Jo.copy(this.origin).sub(Eu);let s=e.distanceTo(t)*.5,a=-this.direction.dot(Ko),o=Jo.dot(this.direction),l=-Jo.dot(Ko),c=Jo.lengthSq(),h=Math.abs(1-a*a),f,u,d,p;if(h>0)if(f=a*l-o,u=a*o-l,p=s*h,f>=0)if(u>=-p)if(u<=p){let b=1/h;f*=b,u*=b,d=f*(f+a*u+2*o)+u*(a*f+u+2*l)+c}else u=s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;else u=-s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;else u<=-p?(f=Math.max(0,-(-a*s+o)),u=f>0?-s:Math.min(Math.max(-s,-l),s),d=-f*f+u*(u+2*l)+c):u<=p?(f=0,u=Math.min(Math.max(-s,-l),s),d=u*(u+2*l)+c):(f=Math.max(0,-(a*s+o)),u=f>0?s:Math.min(Math.max(-s,-l),s),d=-f*f+u*(u+2*l)+c);else u=a>0?-s:s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;return i&&i.copy(this.origin).addScaledVector(this.direction,f),r&&r.copy(Eu).addScaledVector(Ko,u),d}intersectSphere(e,t){if(e.radius<0)return null;ei.subVectors(e.center,this.origin);let i=ei.dot(this.direction),r=ei.dot(ei)-i*i,s=e.radius*e.radius;if(r>s)return null;let a=Math.sqrt(s-r),o=i-a,l=i+a;return l<0?null:o<0?this.at(l,t):this.at(o,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let i=-(this.origin.dot(e.normal)+e.constant)/t;return i>=0?i:null}intersectPlane(e,t){let i=this.distanceToPlane(e);return i===null?null:this.at(i,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let i,r,s,a,o,l,c=1/this.direction.x,h=1/this.direction.y,f=1/this.direction.z,u=this.origin;return c>=0?(i=(e.min.x-u.x)*c,r=(e.max.x-u.x)*c):(i=(e.max.x-u.x)*c,r=(e.min.x-u.x)*c),h>=0?(s=(e.min.y-u.y)*h,a=(e.max.y-u.y)*h):(s=(e.max.y-u.y)*h,a=(e.min.y-u.y)*h),i>a||s>r||((s>i||isNaN(i))&&(i=s),(a<r||isNaN(r))&&(r=a),f>=0?(o=(e.min.z-u.z)*f,l=(e.max.z-u.z)*f):(o=(e.max.z-u.z)*f,l=(e.min.z-u.z)*f),i>l||o>r)||((o>i||i!==i)&&(i=o),(l<r||r!==r)&&(r=l),r<0)?null:this.at(i>=0?i:r,t)}intersectsBox(e){return this.intersectBox(e,ei)!==null}intersectTriangle(e,t,i,r,s){let a=this.origin,o=this.direction,l=o.x,c=o.y,h=o.z,f=e.x-a.x,u=e.y-a.y,d=e.z-a.z,p=t.x-a.x,b=t.y-a.y,g=t.z-a.z,m=i.x-a.x,v=i.y-a.y,A=i.z-a.z,_=Math.abs(l),E=Math.abs(c),w=Math.abs(h),x,S,N,T,P,I,O,R,D,H,k,K;if(_>=E&&_>=w?(N=l,I=f,D=p,K=m,l>=0?(x=c,S=h,T=u,P=d,O=b,R=g,H=v,k=A):(x=h,S=c,T=d,P=u,O=g,R=b,H=A,k=v)):E>=w?(N=c,I=u,D=b,K=v,c>=0?(x=h,S=l,T=d,P=f,O=g,R=p,H=A,k=m):(x=l,S=h,T=f,P=d,O=p,R=g,H=m,k=A)):(N=h,I=d,D=g,K=A,h>=0?(x=l,S=c,T=f,P=u,O=p,R=b,H=m,k=v):(x=c,S=l,T=u,P=f,O=b,R=p,H=v,k=m)),N===0)return null;let $=x/N,Z=S/N,ne=1/N,ee=T-$*I,Me=P-Z*I,X=O-$*D,ie=R-Z*D,le=H-$*K,be=k-Z*K,te=le*ie-be*X,Se=ee*be-Me*le,Xe=X*Me-ie*ee;if(r){if(te<0||Se<0||Xe<0)return null}else if((te<0||Se<0||Xe<0)&&(te>0||Se>0||Xe>0))return null;let Te=te+Se+Xe;if(Te===0)return null;let qe=ne*(te*I+Se*D+Xe*K);return(Te>0?qe<0:qe>0)?null:this.at(qe/Te,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},rr=class extends Pn{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new ke(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new ri,this.combine=Zl,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},lg=new Qe,tr=new si,jo=new yn,cg=new B,Qo=new B,el=new B,tl=new B,Tu=new B,nl=new B,hg=new B,il=new B,Kt=class extends Et{constructor(e=new St,t=new rr){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}getVertexPosition(e,t){let i=this.geometry,r=i.attributes.position,s=i.morphAttributes.position,a=i.morphTargetsRelative;t.fromBufferAttribute(r,e);let o=this.morphTargetInfluences;if(s&&o){nl.set(0,0,0);for(let l=0,c=s.length;l<c;l++){let h=o[l],f=s[l];h!==0&&(Tu.fromBufferAttribute(f,e),a?nl.addScaledVector(Tu,h):nl.addScaledVector(Tu.sub(t),h))}t.add(nl)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(i.boundingSphere===null&&i.computeBoundingSphere(),jo.copy(i.boundingSphere),jo.applyMatrix4(s),tr.copy(e.ray).recast(e.near),!(jo.containsPoint(tr.origin)===!1&&(tr.intersectSphere(jo,cg)===null||tr.origin.distanceToSquared(cg)>(e.far-e.near)**2))&&(lg.copy(s).invert(),tr.copy(e.ray).applyMatrix4(lg),!(i.boundingBox!==null&&tr.intersectsBox(i.boundingBox)===!1)&&this._computeIntersections(e,t,tr)))}_computeIntersections(e,t,i){let r,s=this.geometry,a=this.material,o=s.index,l=s.attributes.position,c=s.attributes.uv,h=s.attributes.uv1,f=s.attributes.normal,u=s.groups,d=s.drawRange;if(o!==null)if(Array.isArray(a))for(let p=0,b=u.length;p<b;p++){let g=u[p],m=a[g.materialIndex],v=Math.max(g.start,d.start),A=Math.min(o.count,Math.min(g.start+g.count,d.start+d.count));for(let _=v,E=A;_<E;_+=3){let w=o.getX(_),x=o.getX(_+1),S=o.getX(_+2);r=rl(this,m,e,i,c,h,f,w,x,S),r&&(r.faceIndex=Math.floor(_/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let p=Math.max(0,d.start),b=Math.min(o.count,d.start+d.count);for(let g=p,m=b;g<m;g+=3){let v=o.getX(g),A=o.getX(g+1),_=o.getX(g+2);r=rl(this,a,e,i,c,h,f,v,A,_),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}else if(l!==void 0)if(Array.isArray(a))for(let p=0,b=u.length;p<b;p++){let g=u[p],m=a[g.materialIndex],v=Math.max(g.start,d.start),A=Math.min(l.count,Math.min(g.start+g.count,d.start+d.count));for(let _=v,E=A;_<E;_+=3){let w=_,x=_+1,S=_+2;r=rl(this,m,e,i,c,h,f,w,x,S),r&&(r.faceIndex=Math.floor(_/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let p=Math.max(0,d.start),b=Math.min(l.count,d.start+d.count);for(let g=p,m=b;g<m;g+=3){let v=g,A=g+1,_=g+2;r=rl(this,a,e,i,c,h,f,v,A,_),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}}};function uv(n,e,t,i,r,s,a,o){let l;if(e.side===Jt?l=i.intersectTriangle(a,s,r,!0,o):l=i.intersectTriangle(r,s,a,e.side===Ni,o),l===null)return null;il.copy(o),il.applyMatrix4(n.matrixWorld);let c=t.ray.origin.distanceTo(il);return c<t.near||c>t.far?null:{distance:c,point:il.clone(),object:n}}function rl(n,e,t,i,r,s,a,o,l,c){n.getVertexPosition(o,Qo),n.getVertexPosition(l,el),n.getVertexPosition(c,tl);let h=uv(n,e,t,i,Qo,el,tl,hg);if(h){let f=new B;ti.getBarycoord(hg,Qo,el,tl,f),r&&(h.uv=ti.getInterpolatedAttribute(r,o,l,c,f,new Pe)),s&&(h.uv1=ti.getInterpolatedAttribute(s,o,l,c,f,new Pe)),a&&(h.normal=ti.getInterpolatedAttribute(a,o,l,c,f,new B),h.normal.dot(i.direction)>0&&h.normal.multiplyScalar(-1));let u={a:o,b:l,c,normal:new B,materialIndex:0};ti.getNormal(Qo,el,tl,u.normal),h.face=u,h.barycoord=f}return h}var da=class extends Zt{constructor(e=null,t=1,i=1,r,s,a,o,l,c=Dt,h=Dt,f,u){super(null,a,o,l,c,h,r,s,f,u),this.isDataTexture=!0,this.image={data:e,width:t,height:i},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var pa=class extends Mt{constructor(e,t,i,r=1){super(e,t,i),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=r}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}toJSON(){let e=super.toJSON();return e.meshPerAttribute=this.meshPerAttribute,e.isInstancedBufferAttribute=!0,e}},Kr=new Qe,ug=new Qe,sl=[],fg=new xn,fv=new Qe,Js=new Kt,js=new yn,sr=class extends Kt{constructor(e,t,i){super(e,t),this.isInstancedMesh=!0,this.instanceMatrix=new pa(new Float32Array(i*16),16),this.instanceColor=null,this.morphTexture=null,this.count=i,this.boundingBox=null,this.boundingSphere=null;for(let r=0;r<i;r++)this.setMatrixAt(r,fv)}computeBoundingBox(){let e=this.geometry,t=this.count;this.boundingBox===null&&(this.boundingBox=new xn),e.boundingBox===null&&e.computeBoundingBox(),this.boundingBox.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,Kr),fg.copy(e.boundingBox).applyMatrix4(Kr),this.boundingBox.union(fg)}computeBoundingSphere(){let e=this.geometry,t=this.count;this.boundingSphere===null&&(this.boundingSphere=new yn),e.boundingSphere===null&&e.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,Kr),js.copy(e.boundingSphere).applyMatrix4(Kr),this.boundingSphere.union(js)}copy(e,t){return super.copy(e,t),this.instanceMatrix.copy(e.instanceMatrix),this.morphTexture=e.morphTexture!==null?e.morphTexture.clone():null,this.instanceColor=e.instanceColor!==null?e.instanceColor.clone():null,this.count=e.count,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}getColorAt(e,t){return this.instanceColor===null?t.setRGB(1,1,1):t.fromArray(this.instanceColor.array,e*3)}getMatrixAt(e,t){return t.fromArray(this.instanceMatrix.array,e*16)}getMorphAt(e,t){let i=t.morphTargetInfluences,r=this.morphTexture.source.data.data,s=i.length+1,a=e*s+1;for(let o=0;o<i.length;o++)i[o]=r[a+o]}raycast(e,t){let i=this.matrixWorld,r=this.count;if(Js.geometry=this.geometry,Js.material=this.material,Js.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),js.copy(this.boundingSphere),js.applyMatrix4(i),e.ray.intersectsSphere(js)!==!1))for(let s=0;s<r;s++){this.getMatrixAt(s,Kr),ug.multiplyMatrices(i,Kr),Js.matrixWorld=ug,Js.raycast(e,sl);for(let a=0,o=sl.length;a<o;a++){let l=sl[a];l.instanceId=s,l.object=this,t.push(l)}sl.length=0}}setColorAt(e,t){return this.instanceColor===null&&(this.instanceColor=new pa(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),t.toArray(this.instanceColor.array,e*3),this}setMatrixAt(e,t){return t.toArray(this.instanceMatrix.array,e*16),this}setMorphAt(e,t){let i=t.morphTargetInfluences,r=i.length+1;this.morphTexture===null&&(this.morphTexture=new da(new Float32Array(r*this.count),r,this.count,nc,vn));let s=this.morphTexture.source.data.data,a=0;for(let c=0;c<i.length;c++)a+=i[c];let o=this.geometry.morphTargetsRelative?1:1-a,l=r*e;return s[l]=o,s.set(i,l+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}},nr=new yn,dv=new Pe(.5,.5),al=new B,Ei=class{constructor(e=new an,t=new an,i=new an,r=new an,s=new an,a=new an){this.planes=[e,t,i,r,s,a]}set(e,t,i,r,s,a){let o=this.planes;return o[0].copy(e),o[1].copy(t),o[2].copy(i),o[3].copy(r),o[4].copy(s),o[5].copy(a),this}copy(e){let t=this.planes;for(let i=0;i<6;i++)t[i].copy(e.planes[i]);return this}setFromProjectionMatrix(e,t=bn,i=!1){let r=this.planes,s=e.elements,a=s[0],o=s[1],l=s[2],c=s[3],h=s[4],f=s[5],u=s[6],d=s[7],p=s[8],b=s[9],g=s[10],m=s[11],v=s[12],A=s[13],_=s[14],E=s[15];if(r[0].setComponents(c-a,d-h,m-p,E-v).normalize(),r[1].setComponents(c+a,d+h,m+p,E+v).normalize(),r[2].setComponents(c+o,d+f,m+b,E+A).normalize(),r[3].setComponents(c-o,d-f,m-b,E-A).normalize(),i)r[4].setComponents(l,u,g,_).normalize(),r[5].setComponents(c-l,d-u,m-g,E-_).normalize();else if(r[4].setComponents(c-l,d-u,m-g,E-_).normalize(),t===bn)r[5].setComponents(c+l,d+u,m+g,E+_).normalize();else if(t===ns)r[5].setComponents(l,u,g,_).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),nr.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),nr.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(nr)}intersectsSprite(e){nr.center.set(0,0,0);let t=dv.distanceTo(e.center);return nr.radius=.7071067811865476+t,nr.applyMatrix4(e.matrixWorld),this.intersectsSphere(nr)}intersectsSphere(e){let t=this.planes,i=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(i)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let i=0;i<6;i++){let r=t[i];if(al.x=r.normal.x>0?e.max.x:e.min.x,al.y=r.normal.y>0?e.max.y:e.min.y,al.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(al)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let i=0;i<6;i++)if(t[i].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},dg=new Qe,Pl=class n{constructor(){this.coordinateSystem=bn,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,i=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];dg.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),i[r]===void 0&&(i[r]=new Ei),i[r].setFromProjectionMatrix(dg,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,i=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new Ei),t[r].copy(i[r]);return this._count=e._count,this}clone(){return new n().copy(this)}};var Ti=class extends Pn{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new ke(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},Il=new B,Ll=new B,pg=new Qe,Qs=new si,ol=new yn,Cu=new B,mg=new B,hs=class extends Et{constructor(e=new St,t=new Ti){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[0];for(let r=1,s=t.count;r<s;r++)Il.fromBufferAttribute(t,r-1),Ll.fromBufferAttribute(t,r),i[r]=i[r-1],i[r]+=Il.distanceTo(Ll);e.setAttribute("lineDistance",new kt(i,1))}else Le("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Line.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),ol.copy(i.boundingSphere),ol.applyMatrix4(r),ol.radius+=s,e.ray.intersectsSphere(ol)===!1)return;pg.copy(r).invert(),Qs.copy(e.ray).applyMatrix4(pg);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=o*o,c=this.isLineSegments?2:1,h=i.index,u=i.attributes.position;if(h!==null){let d=Math.max(0,a.start),p=Math.min(h.count,a.start+a.count);for(let b=d,g=p-1;b<g;b+=c){let m=h.getX(b),v=h.getX(b+1),A=ll(this,e,Qs,l,m,v,b);A&&t.push(A)}if(this.isLineLoop){let b=h.getX(p-1),g=h.getX(d),m=ll(this,e,Qs,l,b,g,p-1);m&&t.push(m)}}else{let d=Math.max(0,a.start),p=Math.min(u.count,a.start+a.count);for(let b=d,g=p-1;b<g;b+=c){let m=ll(this,e,Qs,l,b,b+1,b);m&&t.push(m)}if(this.isLineLoop){let b=ll(this,e,Qs,l,p-1,d,p-1);b&&t.push(b)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function ll(n,e,t,i,r,s,a){let o=n.geometry.attributes.position;if(Il.fromBufferAttribute(o,r),Ll.fromBufferAttribute(o,s),t.distanceSqToSegment(Il,Ll,Cu,mg)>i)return;Cu.applyMatrix4(n.matrixWorld);let c=e.ray.origin.distanceTo(Cu);if(!(c<e.near||c>e.far))return{distance:c,point:mg.clone().applyMatrix4(n.matrixWorld),index:a,face:null,faceIndex:null,barycoord:null,object:n}}var gg=new B,bg=new B,us=class extends hs{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[];for(let r=0,s=t.count;r<s;r+=2)gg.fromBufferAttribute(t,r),bg.fromBufferAttribute(t,r+1),i[r]=r===0?0:i[r-1],i[r+1]=i[r]+gg.distanceTo(bg);e.setAttribute("lineDistance",new kt(i,1))}else Le("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}};var fs=class extends Pn{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new ke(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},xg=new Qe,Du=new si,cl=new yn,hl=new B,ma=class extends Et{constructor(e=new St,t=new fs){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),cl.copy(i.boundingSphere),cl.applyMatrix4(r),cl.radius+=s,e.ray.intersectsSphere(cl)===!1)return;xg.copy(r).invert(),Du.copy(e.ray).applyMatrix4(xg);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=o*o,c=i.index,f=i.attributes.position;if(c!==null){let u=Math.max(0,a.start),d=Math.min(c.count,a.start+a.count);for(let p=u,b=d;p<b;p++){let g=c.getX(p);hl.fromBufferAttribute(f,g),yg(hl,g,l,r,e,t,this)}}else{let u=Math.max(0,a.start),d=Math.min(f.count,a.start+a.count);for(let p=u,b=d;p<b;p++)hl.fromBufferAttribute(f,p),yg(hl,p,l,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function yg(n,e,t,i,r,s,a){let o=Du.distanceSqToPoint(n);if(o<t){let l=new B;Du.closestPointToPoint(n,l),l.applyMatrix4(i);let c=r.ray.origin.distanceTo(l);if(c<r.near||c>r.far)return;s.push({distance:c,distanceToRay:Math.sqrt(o),point:l,index:e,face:null,faceIndex:null,barycoord:null,object:a})}}var ga=class extends Zt{constructor(e=[],t=cr,i,r,s,a,o,l,c,h){super(e,t,i,r,s,a,o,l,c,h),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}},ds=class extends Zt{constructor(e,t,i,r,s,a,o,l,c){super(e,t,i,r,s,a,o,l,c),this.isCanvasTexture=!0,this.needsUpdate=!0}};var ai=class extends Zt{constructor(e,t,i=In,r,s,a,o=Dt,l=Dt,c,h=ii,f=1){if(h!==ii&&h!==li)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let u={width:e,height:t,depth:f};super(u,r,s,a,o,l,h,i,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new ss(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},ba=class extends ai{constructor(e,t=In,i=cr,r,s,a=Dt,o=Dt,l,c=ii){let h={width:e,height:e,depth:1},f=[h,h,h,h,h,h];super(e,e,t,i,r,s,a,o,l,c),this.image=f,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},xa=class extends Zt{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},ps=class n extends St{constructor(e=1,t=1,i=1,r=1,s=1,a=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:i,widthSegments:r,heightSegments:s,depthSegments:a};let o=this;r=Math.floor(r),s=Math.floor(s),a=Math.floor(a);let l=[],c=[],h=[],f=[],u=0,d=0;p("z","y","x",-1,-1,i,t,e,a,s,0),p("z","y","x",1,-1,i,t,-e,a,s,1),p("x","z","y",1,1,e,i,t,r,a,2),p("x","z","y",1,-1,e,i,-t,r,a,3),p("x","y","z",1,-1,e,t,i,r,s,4),p("x","y","z",-1,-1,e,t,-i,r,s,5),this.setIndex(l),this.setAttribute("position",new kt(c,3)),this.setAttribute("normal",new kt(h,3)),this.setAttribute("uv",new kt(f,2));function p(b,g,m,v,A,_,E,w,x,S,N){let T=_/x,P=E/S,I=_/2,O=E/2,R=w/2,D=x+1,H=S+1,k=0,K=0,$=new B;for(let Z=0;Z<H;Z++){let ne=Z*P-O;for(let ee=0;ee<D;ee++){let Me=ee*T-I;$[b]=Me*v,$[g]=ne*A,$[m]=R,c.push($.x,$.y,$.z),$[b]=0,$[g]=0,$[m]=w>0?1:-1,h.push($.x,$.y,$.z),f.push(ee/x),f.push(1-Z/S),k+=1}}for(let Z=0;Z<S;Z++)for(let ne=0;ne<x;ne++){let ee=u+ne+D*Z,Me=u+ne+D*(Z+1),X=u+(ne+1)+D*(Z+1),ie=u+(ne+1)+D*Z;l.push(ee,Me,ie),l.push(Me,X,ie),K+=6}o.addGroup(d,K,N),d+=K,u+=k}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var ar=class n extends St{constructor(e=1,t=1,i=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:i,heightSegments:r};let s=e/2,a=t/2,o=Math.floor(i),l=Math.floor(r),c=o+1,h=l+1,f=e/o,u=t/l,d=[],p=[],b=[],g=[];for(let m=0;m<h;m++){let v=m*u-a;for(let A=0;A<c;A++){let _=A*f-s;p.push(_,-v,0),b.push(0,0,1),g.push(A/o),g.push(1-m/l)}}for(let m=0;m<l;m++)for(let v=0;v<o;v++){let A=v+c*m,_=v+c*(m+1),E=v+1+c*(m+1),w=v+1+c*m;d.push(A,_,w),d.push(_,E,w)}this.setIndex(d),this.setAttribute("position",new kt(p,3)),this.setAttribute("normal",new kt(b,3)),this.setAttribute("uv",new kt(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.widthSegments,e.heightSegments)}};var ya=class n extends St{constructor(e=1,t=32,i=16,r=0,s=Math.PI*2,a=0,o=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:e,widthSegments:t,heightSegments:i,phiStart:r,phiLength:s,thetaStart:a,thetaLength:o},t=Math.max(3,Math.floor(t)),i=Math.max(2,Math.floor(i));let l=Math.min(a+o,Math.PI),c=0,h=[],f=new B,u=new B,d=[],p=[],b=[],g=[];for(let m=0;m<=i;m++){let v=[],A=m/i,_=a+A*o,E=e*Math.cos(_),w=Math.sqrt(e*e-E*E),x=0;m===0&&a===0?x=.5/t:m===i&&l===Math.PI&&(x=-.5/t);for(let S=0;S<=t;S++){let N=S/t,T=r+N*s;f.x=-w*Math.cos(T),f.y=E,f.z=w*Math.sin(T),p.push(f.x,f.y,f.z),u.copy(f).normalize(),b.push(u.x,u.y,u.z),g.push(N+x,1-A),v.push(c++)}h.push(v)}for(let m=0;m<i;m++)for(let v=0;v<t;v++){let A=h[m][v+1],_=h[m][v],E=h[m+1][v],w=h[m+1][v+1];(m!==0||a>0)&&d.push(A,_,w),(m!==i-1||l<Math.PI)&&d.push(_,E,w)}this.setIndex(d),this.setAttribute("position",new kt(p,3)),this.setAttribute("normal",new kt(b,3)),this.setAttribute("uv",new kt(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.radius,e.widthSegments,e.heightSegments,e.phiStart,e.phiLength,e.thetaStart,e.thetaLength)}};function ur(n){let e={};for(let t in n){e[t]={};for(let i in n[t]){let r=n[t][i];if(_g(r))r.isRenderTargetTexture?(Le("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][i]=null):e[t][i]=r.clone();else if(Array.isArray(r))if(_g(r[0])){let s=[];for(let a=0,o=r.length;a<o;a++)s[a]=r[a].clone();e[t][i]=s}else e[t][i]=r.slice();else e[t][i]=r}}return e}function Wt(n){let e={};for(let t=0;t<n.length;t++){let i=ur(n[t]);for(let r in i)e[r]=i[r]}return e}function _g(n){return n&&(n.isColor||n.isMatrix3||n.isMatrix4||n.isVector2||n.isVector3||n.isVector4||n.isTexture||n.isQuaternion)}function pv(n){let e=[];for(let t=0;t<n.length;t++)e.push(n[t].clone());return e}function gf(n){let e=n.getRenderTarget();return e===null?n.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Ke.workingColorSpace}var d0={clone:ur,merge:Wt},mv=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,gv=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,kn=class extends Pn{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=mv,this.fragmentShader=gv,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=ur(e.uniforms),this.uniformsGroups=pv(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let a=this.uniforms[r].value;a&&a.isTexture?t.uniforms[r]={type:"t",value:a.toJSON(e).uuid}:a&&a.isColor?t.uniforms[r]={type:"c",value:a.getHex()}:a&&a.isVector2?t.uniforms[r]={type:"v2",value:a.toArray()}:a&&a.isVector3?t.uniforms[r]={type:"v3",value:a.toArray()}:a&&a.isVector4?t.uniforms[r]={type:"v4",value:a.toArray()}:a&&a.isMatrix3?t.uniforms[r]={type:"m3",value:a.toArray()}:a&&a.isMatrix4?t.uniforms[r]={type:"m4",value:a.toArray()}:t.uniforms[r]={value:a}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let i={};for(let r in this.extensions)this.extensions[r]===!0&&(i[r]=!0);return Object.keys(i).length>0&&(t.extensions=i),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let i in e.uniforms){let r=e.uniforms[i];switch(this.uniforms[i]={},r.type){case"t":this.uniforms[i].value=t[r.value]||null;break;case"c":this.uniforms[i].value=new ke().setHex(r.value);break;case"v2":this.uniforms[i].value=new Pe().fromArray(r.value);break;case"v3":this.uniforms[i].value=new B().fromArray(r.value);break;case"v4":this.uniforms[i].value=new mt().fromArray(r.value);break;case"m3":this.uniforms[i].value=new Fe().fromArray(r.value);break;case"m4":this.uniforms[i].value=new Qe().fromArray(r.value);break;default:this.uniforms[i].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let i in e.extensions)this.extensions[i]=e.extensions[i];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},Nl=class extends kn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var _a=class extends Pn{constructor(e){super(),this.isMeshLambertMaterial=!0,this.type="MeshLambertMaterial",this.color=new ke(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new ke(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=Oc,this.normalScale=new Pe(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new ri,this.combine=Zl,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}},Dl=class extends Pn{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=Qg,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},Fl=class extends Pn{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function Jr(n,e){return!n||n.constructor===e?n:typeof e.BYTES_PER_ELEMENT=="number"?new e(n):Array.prototype.slice.call(n)}function ul(n){return n!==void 0&&n.inTangents!==void 0&&n.outTangents!==void 0}var Ci=class{constructor(e,t,i,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(i),this.sampleValues=t,this.valueSize=i,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,i=this._cachedIndex,r=t[i],s=t[i-1];e:{t:{let a;n:{i:if(!(e<r)){for(let o=i+2;;){if(r===void 0){if(e<s)break i;return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}if(i===o)break;if(s=r,r=t[++i],e<r)break t}a=t.length;break n}if(!(e>=s)){let o=t[1];e<o&&(i=2,s=o);for(let l=i-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===l)break;if(r=s,s=t[--i-1],e>=s)break t}a=i,i=0;break n}break e}for(;i<a;){let o=i+a>>>1;e<t[o]?a=o:i=o+1}if(r=t[i],s=t[i-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}this._cachedIndex=i,this.intervalChanged_(i,s,r)}return this.interpolate_(i,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,i=this.sampleValues,r=this.valueSize,s=e*r;for(let a=0;a!==r;++a)t[a]=i[s+a];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},Ol=class extends Ci{constructor(e,t,i,r){super(e,t,i,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:Iu,endingEnd:Iu}}intervalChanged_(e,t,i){let r=this.parameterPositions,s=e-2,a=e+1,o=r[s],l=r[a];if(o===void 0)switch(this.getSettings_().endingStart){case Lu:s=e,o=2*t-i;break;case Nu:s=r.length-2,o=t+r[s]-r[s+1];break;default:s=e,o=i}if(l===void 0)switch(this.getSettings_().endingEnd){case Lu:a=e,l=2*i-t;break;case Nu:a=1,l=i+r[1]-r[0];break;default:a=e-1,l=t}let c=(i-t)*.5,h=this.valueSize;this._weightPrev=c/(t-o),this._weightNext=c/(l-i),this._offsetPrev=s*h,this._offsetNext=a*h}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=this._offsetPrev,f=this._offsetNext,u=this._weightPrev,d=this._weightNext,p=(i-t)/(r-t),b=p*p,g=b*p,m=-u*g+2*u*b-u*p,v=(1+u)*g+(-1.5-2*u)*b+(-.5+u)*p+1,A=(-1-d)*g+(1.5+d)*b+.5*p,_=d*g-d*b;for(let E=0;E!==o;++E)s[E]=m*a[h+E]+v*a[c+E]+A*a[l+E]+_*a[f+E];return s}},Ul=class extends Ci{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=(i-t)/(r-t),f=1-h;for(let u=0;u!==o;++u)s[u]=a[c+u]*f+a[l+u]*h;return s}},Bl=class extends Ci{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e){return this.copySampleValue_(e-1)}},kl=class extends Ci{interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=this.inTangents,f=this.outTangents;if(!h||!f){let p=(i-t)/(r-t),b=1-p;for(let g=0;g!==o;++g)s[g]=a[c+g]*b+a[l+g]*p;return s}let u=o*2,d=e-1;for(let p=0;p!==o;++p){let b=a[c+p],g=a[l+p],m=d*u+p*2,v=f[m],A=f[m+1],_=e*u+p*2,E=h[_],w=h[_+1],x=xv(i,t,v,E,r);s[p]=p0(x,b,A,w,g)}return s}};function p0(n,e,t,i,r){let s=1-n;return s*s*s*e+3*s*s*n*t+3*s*n*n*i+n*n*n*r}function bv(n,e,t,i,r){let s=1-n;return 3*s*s*(t-e)+6*s*n*(i-t)+3*n*n*(r-i)}function xv(n,e,t,i,r){let s=(n-e)/(r-e);for(let a=0;a<8;a++){let o=p0(s,e,t,i,r)-n;if(Math.abs(o)<1e-10)break;let l=bv(s,e,t,i,r);if(Math.abs(l)<1e-10)break;s=Math.max(0,Math.min(1,s-o/l))}return s}var cn=class{constructor(e,t,i,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=Jr(t,this.TimeBufferType),this.values=Jr(i,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,i;if(t.toJSON!==this.toJSON)i=t.toJSON(e);else{i={name:e.name,times:Jr(e.times,Array),values:Jr(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(i.interpolation=r),ul(e.settings)&&(i.settings={inTangents:Jr(e.settings.inTangents,Array),outTangents:Jr(e.settings.outTangents,Array)})}return i.type=e.ValueTypeName,i}InterpolantFactoryMethodDiscrete(e){return new Bl(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new Ul(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new Ol(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new kl(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case ia:t=this.InterpolantFactoryMethodDiscrete;break;case Al:t=this.InterpolantFactoryMethodLinear;break;case pl:t=this.InterpolantFactoryMethodSmooth;break;case Pu:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let i="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(i);return Le("KeyframeTrack:",i),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return ia;case this.InterpolantFactoryMethodLinear:return Al;case this.InterpolantFactoryMethodSmooth:return pl;case this.InterpolantFactoryMethodBezier:return Pu}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]+=e;ul(this.settings)&&(vg(this.settings.inTangents,e),vg(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]*=e;ul(this.settings)&&(Mg(this.settings.inTangents,e),Mg(this.settings.outTangents,e))}return this}trim(e,t){let i=this.times,r=i.length,s=0,a=r-1;for(;s!==r&&i[s]<e;)++s;for(;a!==-1&&i[a]>t;)--a;if(++a,s!==0||a!==r){s>=a&&(a=Math.max(a,1),s=a-1);let o=this.getValueSize();this.times=i.slice(s,a),this.values=this.values.slice(s*o,a*o)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(De("KeyframeTrack: Invalid value size in track.",this),e=!1);let i=this.times,r=this.values,s=i.length;s===0&&(De("KeyframeTrack: Track is empty.",this),e=!1);let a=null;for(let o=0;o!==s;o++){let l=i[o];if(typeof l=="number"&&isNaN(l)){De("KeyframeTrack: Time is not a valid number.",this,o,l),e=!1;break}if(a!==null&&a>l){De("KeyframeTrack: Out of order keys.",this,o,l,a),e=!1;break}a=l}if(r!==void 0&&N_(r))for(let o=0,l=r.length;o!==l;++o){let c=r[o];if(isNaN(c)){De("KeyframeTrack: Value is not a valid number.",this,o,c),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),i=this.getValueSize(),r=this.getInterpolation()===pl,s=e.length-1,a=1;for(let o=1;o<s;++o){let l=!1,c=e[o],h=e[o+1];if(c!==h&&(o!==1||c!==e[0]))if(r)l=!0;else{let f=o*i,u=f-i,d=f+i;for(let p=0;p!==i;++p){let b=t[f+p];if(b!==t[u+p]||b!==t[d+p]){l=!0;break}}}if(l){if(o!==a){e[a]=e[o];let f=o*i,u=a*i;for(let d=0;d!==i;++d)t[u+d]=t[f+d]}++a}}if(s>0){e[a]=e[s];for(let o=s*i,l=a*i,c=0;c!==i;++c)t[l+c]=t[o+c];++a}return a!==e.length?(this.times=e.slice(0,a),this.values=t.slice(0,a*i)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),i=this.constructor,r=new i(this.name,e,t);return r.createInterpolant=this.createInterpolant,ul(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function vg(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]+=e}function Mg(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]*=e}cn.prototype.ValueTypeName="";cn.prototype.TimeBufferType=Float32Array;cn.prototype.ValueBufferType=Float32Array;cn.prototype.DefaultInterpolation=Al;var Ri=class extends cn{constructor(e,t,i){super(e,t,i)}};Ri.prototype.ValueTypeName="bool";Ri.prototype.ValueBufferType=Array;Ri.prototype.DefaultInterpolation=ia;Ri.prototype.InterpolantFactoryMethodLinear=void 0;Ri.prototype.InterpolantFactoryMethodSmooth=void 0;var zl=class extends cn{constructor(e,t,i,r){super(e,t,i,r)}};zl.prototype.ValueTypeName="color";var Vl=class extends cn{constructor(e,t,i,r){super(e,t,i,r)}};Vl.prototype.ValueTypeName="number";var Gl=class extends Ci{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=(i-t)/(r-t),c=e*o;for(let h=c+o;c!==h;c+=4)on.slerpFlat(s,0,a,c-o,a,c,l);return s}},va=class extends cn{constructor(e,t,i,r){super(e,t,i,r)}InterpolantFactoryMethodLinear(e){return new Gl(this.times,this.values,this.getValueSize(),e)}};va.prototype.ValueTypeName="quaternion";va.prototype.InterpolantFactoryMethodSmooth=void 0;var Pi=class extends cn{constructor(e,t,i){super(e,t,i)}};Pi.prototype.ValueTypeName="string";Pi.prototype.ValueBufferType=Array;Pi.prototype.DefaultInterpolation=ia;Pi.prototype.InterpolantFactoryMethodLinear=void 0;Pi.prototype.InterpolantFactoryMethodSmooth=void 0;var Hl=class extends cn{constructor(e,t,i,r){super(e,t,i,r)}};Hl.prototype.ValueTypeName="vector";var Wl=class{constructor(e,t,i){let r=this,s=!1,a=0,o=0,l,c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=i,this._abortController=null,this.itemStart=function(h){o++,s===!1&&r.onStart!==void 0&&r.onStart(h,a,o),s=!0},this.itemEnd=function(h){a++,r.onProgress!==void 0&&r.onProgress(h,a,o),a===o&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(h){r.onError!==void 0&&r.onError(h)},this.resolveURL=function(h){return h=h.normalize("NFC"),l?l(h):h},this.setURLModifier=function(h){return l=h,this},this.addHandler=function(h,f){return c.push(h,f),this},this.removeHandler=function(h){let f=c.indexOf(h);return f!==-1&&c.splice(f,2),this},this.getHandler=function(h){for(let f=0,u=c.length;f<u;f+=2){let d=c[f],p=c[f+1];if(d.global&&(d.lastIndex=0),d.test(h))return p}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},m0=new Wl,$l=class{constructor(e){this.manager=e!==void 0?e:m0,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let i=this;return new Promise(function(r,s){i.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};$l.DEFAULT_MATERIAL_NAME="__DEFAULT";var Ma=class extends Et{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new ke(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){let t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}},Sa=class extends Ma{constructor(e,t,i){super(e,i),this.isHemisphereLight=!0,this.type="HemisphereLight",this.position.copy(Et.DEFAULT_UP),this.updateMatrix(),this.groundColor=new ke(t)}copy(e,t){return super.copy(e,t),this.groundColor.copy(e.groundColor),this}toJSON(e){let t=super.toJSON(e);return t.object.groundColor=this.groundColor.getHex(),t}},Ru=new Qe,Sg=new B,wg=new B,Xl=class{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new Pe(512,512),this.mapType=en,this.map=null,this.mapPass=null,this.matrix=new Qe,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new Ei,this._frameExtents=new Pe(1,1),this._viewportCount=1,this._viewports=[new mt(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){let t=this.camera;Sg.setFromMatrixPosition(e.matrixWorld),t.position.copy(Sg),wg.setFromMatrixPosition(e.target.matrixWorld),t.lookAt(wg),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,i,r){Ru.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),i.setFromProjectionMatrix(Ru,e.coordinateSystem,e.reversedDepth);let s=this._frameExtents,a=r?r.z/s.x:1,o=r?r.w/s.y:1,l=r?r.x/s.x:0,c=r?r.y/s.y:0;e.coordinateSystem===ns||e.reversedDepth?t.set(.5*a,0,0,.5*a+l,0,.5*o,0,.5*o+c,0,0,1,0,0,0,0,1):t.set(.5*a,0,0,.5*a+l,0,.5*o,0,.5*o+c,0,0,.5,.5,0,0,0,1),t.multiply(Ru)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}},fl=new B,dl=new on,Un=new B,wa=class extends Et{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new Qe,this.projectionMatrix=new Qe,this.projectionMatrixInverse=new Qe,this.coordinateSystem=bn,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(fl,dl,Un),Un.x===1&&Un.y===1&&Un.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(fl,dl,Un.set(1,1,1)).invert()}updateWorldMatrix(e,t,i=!1){super.updateWorldMatrix(e,t,i),this.matrixWorld.decompose(fl,dl,Un),Un.x===1&&Un.y===1&&Un.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(fl,dl,Un.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Ai=new B,Ag=new Pe,Eg=new Pe,qt=class extends wa{constructor(e=50,t=1,i=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=i,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=rs*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(ta*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return rs*2*Math.atan(Math.tan(ta*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,i){Ai.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(Ai.x,Ai.y).multiplyScalar(-e/Ai.z),Ai.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),i.set(Ai.x,Ai.y).multiplyScalar(-e/Ai.z)}getViewSize(e,t){return this.getViewBounds(e,Ag,Eg),t.subVectors(Eg,Ag)}setViewOffset(e,t,i,r,s,a){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(ta*.5*this.fov)/this.zoom,i=2*t,r=this.aspect*i,s=-.5*r,a=this.view;if(this.view!==null&&this.view.enabled){let l=a.fullWidth,c=a.fullHeight;s+=a.offsetX*r/l,t-=a.offsetY*i/c,r*=a.width/l,i*=a.height/c}let o=this.filmOffset;o!==0&&(s+=e*o/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-i,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var Aa=class extends wa{constructor(e=-1,t=1,i=1,r=-1,s=.1,a=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=i,this.bottom=r,this.near=s,this.far=a,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,i,r,s,a){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),i=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=i-e,a=i+e,o=r+t,l=r-t;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,h=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=c*this.view.offsetX,a=s+c*this.view.width,o-=h*this.view.offsetY,l=o-h*this.view.height}this.projectionMatrix.makeOrthographic(s,a,o,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}},Fu=class extends Xl{constructor(){super(new Aa(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},Ea=class extends Ma{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(Et.DEFAULT_UP),this.updateMatrix(),this.target=new Et,this.shadow=new Fu}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}};var jr=-90,Qr=1,ms=class extends Et{constructor(e,t,i){super(),this.type="CubeCamera",this.renderTarget=i,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new qt(jr,Qr,e,t);r.layers=this.layers,this.add(r);let s=new qt(jr,Qr,e,t);s.layers=this.layers,this.add(s);let a=new qt(jr,Qr,e,t);a.layers=this.layers,this.add(a);let o=new qt(jr,Qr,e,t);o.layers=this.layers,this.add(o);let l=new qt(jr,Qr,e,t);l.layers=this.layers,this.add(l);let c=new qt(jr,Qr,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[i,r,s,a,o,l]=t;for(let c of t)this.remove(c);if(e===bn)i.up.set(0,1,0),i.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),a.up.set(0,0,1),a.lookAt(0,-1,0),o.up.set(0,1,0),o.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===ns)i.up.set(0,-1,0),i.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),a.up.set(0,0,-1),a.lookAt(0,-1,0),o.up.set(0,-1,0),o.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:i,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,a,o,l,c,h]=this.children,f=e.getRenderTarget(),u=e.getActiveCubeFace(),d=e.getActiveMipmapLevel(),p=e.xr.enabled;e.xr.enabled=!1;let b=i.texture.mipmapsAutoUpdate;i.texture.mipmapsAutoUpdate=!1;let g=!1;e.isWebGLRenderer===!0?g=e.state.buffers.depth.getReversed():g=e.reversedDepthBuffer,e.setRenderTarget(i,0,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(i,1,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(i,2,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(i,3,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(i,4,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),i.texture.mipmapsAutoUpdate=b,e.setRenderTarget(i,5,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,h),e.setRenderTarget(f,u,d),e.xr.enabled=p,i.texture.needsPMREMUpdate=!0}},ql=class extends qt{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var bf="\\[\\]\\.:\\/",yv=new RegExp("["+bf+"]","g"),xf="[^"+bf+"]",_v="[^"+bf.replace("\\.","")+"]",vv=/((?:WC+[\/:])*)/.source.replace("WC",xf),Mv=/(WCOD+)?/.source.replace("WCOD",_v),Sv=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",xf),wv=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",xf),Av=new RegExp("^"+vv+Mv+Sv+wv+"$"),Ev=["material","materials","bones","map"],Ou=class{constructor(e,t,i){let r=i||ft.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let i=this._targetGroup.nCachedObjects_,r=this._bindings[i];r!==void 0&&r.getValue(e,t)}setValue(e,t){let i=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=i.length;r!==s;++r)i[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].unbind()}},ft=class n{constructor(e,t,i){this.path=t,this.parsedPath=i||n.parseTrackName(t),this.node=n.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,i){return e&&e.isAnimationObjectGroup?new n.Composite(e,t,i):new n(e,t,i)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(yv,"")}static parseTrackName(e){let t=Av.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let i={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=i.nodeName&&i.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=i.nodeName.substring(r+1);Ev.indexOf(s)!==-1&&(i.nodeName=i.nodeName.substring(0,r),i.objectName=s)}if(i.propertyName===null||i.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return i}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let i=e.skeleton.getBoneByName(t);if(i!==void 0)return i}if(e.children){let i=function(s){for(let a=0;a<s.length;a++){let o=s[a];if(o.name===t||o.uuid===t)return o;let l=i(o.children);if(l)return l}return null},r=i(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)e[t++]=i[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,i=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=n.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Le("PropertyBinding: No target node found for track: "+this.path+".");return}if(i){let c=t.objectIndex;switch(i){case"materials":if(!e.material){De("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){De("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){De("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let h=0;h<e.length;h++)if(e[h].name===c){c=h;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){De("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){De("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[i]===void 0){De("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[i]}if(c!==void 0){if(e[c]===void 0){De("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}let a=e[r];if(a===void 0){let c=t.nodeName;De("PropertyBinding: Trying to update property for track: "+c+"."+r+" but it wasn't found.",e);return}let o=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?o=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(o=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){De("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){De("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}l=this.BindingType.ArrayElement,this.resolvedProperty=a,this.propertyIndex=s}else a.fromArray!==void 0&&a.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=a):Array.isArray(a)?(l=this.BindingType.EntireArray,this.resolvedProperty=a):this.propertyName=r;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][o]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};ft.Composite=Ou;ft.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};ft.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};ft.prototype.GetterByBindingType=[ft.prototype._getValue_direct,ft.prototype._getValue_array,ft.prototype._getValue_arrayElement,ft.prototype._getValue_toArray];ft.prototype.SetterByBindingTypeAndVersioning=[[ft.prototype._setValue_direct,ft.prototype._setValue_direct_setNeedsUpdate,ft.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_array,ft.prototype._setValue_array_setNeedsUpdate,ft.prototype._setValue_array_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_arrayElement,ft.prototype._setValue_arrayElement_setNeedsUpdate,ft.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_fromArray,ft.prototype._setValue_fromArray_setNeedsUpdate,ft.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var OC=new Float32Array(1);var Tg=new Qe,Ta=class{constructor(e,t,i=0,r=1/0){this.ray=new si(e,t),this.near=i,this.far=r,this.camera=null,this.layers=new as,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(e,t){this.ray.set(e,t)}setFromCamera(e,t){t.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(e.x,e.y,.5).unproject(t).sub(this.ray.origin).normalize(),this.camera=t):t.isOrthographicCamera?(this.ray.origin.set(e.x,e.y,t.projectionMatrix.elements[14]).unproject(t),this.ray.direction.set(0,0,-1).transformDirection(t.matrixWorld),this.camera=t):De("Raycaster: Unsupported camera type: "+t.type)}setFromXRController(e){return Tg.identity().extractRotation(e.matrixWorld),this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(Tg),this}intersectObject(e,t=!0,i=[]){return Uu(e,this,i,t),i.sort(Cg),i}intersectObjects(e,t=!0,i=[]){for(let r=0,s=e.length;r<s;r++)Uu(e[r],this,i,t);return i.sort(Cg),i}};function Cg(n,e){return n.distance-e.distance}function Uu(n,e,t,i){let r=!0;if(n.layers.test(e.layers)&&n.raycast(e,t)===!1&&(r=!1),r===!0&&i===!0){let s=n.children;for(let a=0,o=s.length;a<o;a++)Uu(s[a],e,t,!0)}}var gs=class{constructor(e=1,t=0,i=0){this.radius=e,this.phi=t,this.theta=i}set(e,t,i){return this.radius=e,this.phi=t,this.theta=i,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=$e(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,i){return this.radius=Math.sqrt(e*e+t*t+i*i),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,i),this.phi=Math.acos($e(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var wf=class wf{constructor(e,t,i,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,i,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let i=0;i<4;i++)this.elements[i]=e[i+t];return this}set(e,t,i,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=i,s[3]=r,this}};wf.prototype.isMatrix2=!0;var Bu=wf;var Ca=class extends Rn{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function yf(n,e,t,i){let r=Tv(i);switch(t){case rf:return n*e;case nc:return n*e/r.components*r.byteLength;case ic:return n*e/r.components*r.byteLength;case Di:return n*e*2/r.components*r.byteLength;case rc:return n*e*2/r.components*r.byteLength;case sf:return n*e*3/r.components*r.byteLength;case Nn:return n*e*4/r.components*r.byteLength;case sc:return n*e*4/r.components*r.byteLength;case Ia:case La:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case Na:case Da:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case oc:case cc:return Math.max(n,16)*Math.max(e,8)/4;case ac:case lc:return Math.max(n,8)*Math.max(e,8)/2;case hc:case uc:case dc:case pc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case fc:case Fa:case mc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case gc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case bc:return Math.floor((n+4)/5)*Math.floor((e+3)/4)*16;case xc:return Math.floor((n+4)/5)*Math.floor((e+4)/5)*16;case yc:return Math.floor((n+5)/6)*Math.floor((e+4)/5)*16;case _c:return Math.floor((n+5)/6)*Math.floor((e+5)/6)*16;case vc:return Math.floor((n+7)/8)*Math.floor((e+4)/5)*16;case Mc:return Math.floor((n+7)/8)*Math.floor((e+5)/6)*16;case Sc:return Math.floor((n+7)/8)*Math.floor((e+7)/8)*16;case wc:return Math.floor((n+9)/10)*Math.floor((e+4)/5)*16;case Ac:return Math.floor((n+9)/10)*Math.floor((e+5)/6)*16;case Ec:return Math.floor((n+9)/10)*Math.floor((e+7)/8)*16;case Tc:return Math.floor((n+9)/10)*Math.floor((e+9)/10)*16;case Cc:return Math.floor((n+11)/12)*Math.floor((e+9)/10)*16;case Rc:return Math.floor((n+11)/12)*Math.floor((e+11)/12)*16;case Pc:case Ic:case Lc:return Math.ceil(n/4)*Math.ceil(e/4)*16;case Nc:case Dc:return Math.ceil(n/4)*Math.ceil(e/4)*8;case Oa:case Fc:return Math.ceil(n/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function Tv(n){switch(n){case en:case Qu:return{byteLength:1,components:1};case _s:case ef:case Ln:return{byteLength:2,components:1};case ec:case tc:return{byteLength:2,components:4};case In:case Ql:case vn:return{byteLength:4,components:1};case tf:case nf:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${n}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Le("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function U0(){let n=null,e=!1,t=null,i=null;function r(s,a){i=n.requestAnimationFrame(r),t(s,a)}return{start:function(){e!==!0&&t!==null&&n!==null&&(i=n.requestAnimationFrame(r),e=!0)},stop:function(){n!==null&&n.cancelAnimationFrame(i),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){n=s}}}function Rv(n){let e=new WeakMap;function t(o,l){let c=o.array,h=o.usage,f=c.byteLength,u=n.createBuffer();n.bindBuffer(l,u),n.bufferData(l,c,h),o.onUploadCallback();let d;if(c instanceof Float32Array)d=n.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)d=n.HALF_FLOAT;else if(c instanceof Uint16Array)o.isFloat16BufferAttribute?d=n.HALF_FLOAT:d=n.UNSIGNED_SHORT;else if(c instanceof Int16Array)d=n.SHORT;else if(c instanceof Uint32Array)d=n.UNSIGNED_INT;else if(c instanceof Int32Array)d=n.INT;else if(c instanceof Int8Array)d=n.BYTE;else if(c instanceof Uint8Array)d=n.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)d=n.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:u,type:d,bytesPerElement:c.BYTES_PER_ELEMENT,version:o.version,size:f}}function i(o,l,c){let h=l.array,f=l.updateRanges;if(n.bindBuffer(c,o),f.length===0)n.bufferSubData(c,0,h);else{f.sort((d,p)=>d.start-p.start);let u=0;for(let d=1;d<f.length;d++){let p=f[u],b=f[d];b.start<=p.start+p.count+1?p.count=Math.max(p.count,b.start+b.count-p.start):(++u,f[u]=b)}f.length=u+1;for(let d=0,p=f.length;d<p;d++){let b=f[d];n.bufferSubData(c,b.start*h.BYTES_PER_ELEMENT,h,b.start,b.count)}l.clearUpdateRanges()}l.onUploadCallback()}function r(o){return o.isInterleavedBufferAttribute&&(o=o.data),e.get(o)}function s(o){o.isInterleavedBufferAttribute&&(o=o.data);let l=e.get(o);l&&(n.deleteBuffer(l.buffer),e.delete(o))}function a(o,l){if(o.isInterleavedBufferAttribute&&(o=o.data),o.isGLBufferAttribute){let h=e.get(o);(!h||h.version<o.version)&&e.set(o,{buffer:o.buffer,type:o.type,bytesPerElement:o.elementSize,version:o.version});return}let c=e.get(o);if(c===void 0)e.set(o,t(o,l));else if(c.version<o.version){if(c.size!==o.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");i(c.buffer,o,l),c.version=o.version}}return{get:r,remove:s,update:a}}var Pv=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,Iv=`#ifdef USE_ALPHAHASH
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
#endif`,Lv=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,Nv=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Dv=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,Fv=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,Ov=`#ifdef USE_AOMAP
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
#endif`,Uv=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,Bv=`#ifdef USE_BATCHING
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
#endif`,kv=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,zv=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,Vv=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,Gv=`float G_BlinnPhong_Implicit( ) {
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
} // validated`,Hv=`#ifdef USE_IRIDESCENCE
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
#endif`,Wv=`#ifdef USE_BUMPMAP
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
#endif`,$v=`#if NUM_CLIPPING_PLANES > 0
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
#endif`,Xv=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,qv=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,Yv=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,Zv=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,Kv=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,Jv=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,jv=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
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
#endif`,Qv=`#define PI 3.141592653589793
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
} // validated`,eM=`vec3 transformedNormal = objectNormal;
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
#endif`,tM=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,nM=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,iM=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,rM=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,sM="gl_FragColor = linearToOutputTexel( gl_FragColor );",aM=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,oM=`#ifdef USE_ENVMAP
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
#endif`,lM=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,cM=`#ifdef USE_ENVMAP
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
#endif`,hM=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,uM=`#ifdef USE_ENVMAP
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
#endif`,fM=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,dM=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,pM=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,mM=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,gM=`#ifdef USE_GRADIENTMAP
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
}`,bM=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,xM=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,yM=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,_M=`uniform bool receiveShadow;
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
#include <lightprobes_pars_fragment>`,vM=`#ifdef USE_ENVMAP
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
#endif`,MM=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,SM=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,wM=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,AM=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,EM=`PhysicalMaterial material;
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
#endif`,TM=`uniform sampler2D dfgLUT;
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
}`,CM=`
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
#endif`,RM=`#if defined( RE_IndirectDiffuse )
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
#endif`,PM=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,IM=`#if NUM_LIGHT_PROBE_GRIDS > 0
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
#endif`,LM=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,NM=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,DM=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,FM=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,OM=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,UM=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,BM=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
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
#endif`,kM=`#if defined( USE_POINTS_UV )
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
#endif`,zM=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,VM=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,GM=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,HM=`#if defined( USE_MORPHCOLORS )
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
#endif`,WM=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,$M=`#ifdef USE_MORPHTARGETS
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
#endif`,XM=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,qM=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
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
vec3 nonPerturbedNormal = normal;`,YM=`#ifdef USE_NORMALMAP_OBJECTSPACE
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
#endif`,ZM=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,KM=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,JM=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,jM=`#ifdef USE_NORMALMAP
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
#endif`,QM=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,e1=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,t1=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,n1=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,i1=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,r1=`vec3 packNormalToRGB( const in vec3 normal ) {
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
}`,s1=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,a1=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,o1=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,l1=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,c1=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,h1=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,u1=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,f1=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,d1=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
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
#endif`,p1=`float getShadowMask() {
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
}`,m1=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,g1=`#ifdef USE_SKINNING
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
#endif`,b1=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,x1=`#ifdef USE_SKINNING
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
#endif`,y1=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,_1=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,v1=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,M1=`#ifndef saturate
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
vec3 CustomToneMapping( vec3 color ) { return color; }`,S1=`#ifdef USE_TRANSMISSION
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
#endif`,w1=`#ifdef USE_TRANSMISSION
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
#endif`,A1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,E1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,T1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,C1=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,R1=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,P1=`uniform sampler2D t2D;
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
}`,I1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,L1=`uniform float backgroundBlurriness;
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
}`,N1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,D1=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,F1=`#include <common>
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
}`,O1=`#if DEPTH_PACKING == 3200
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
}`,U1=`#define DISTANCE
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
}`,B1=`#define DISTANCE
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
}`,k1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,z1=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,V1=`uniform float scale;
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
}`,G1=`uniform vec3 diffuse;
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
}`,H1=`#include <common>
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
}`,W1=`uniform vec3 diffuse;
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
}`,$1=`#define LAMBERT
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
}`,X1=`#define LAMBERT
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
}`,q1=`#define MATCAP
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
}`,Y1=`#define MATCAP
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
}`,Z1=`#define NORMAL
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
}`,K1=`#define NORMAL
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
}`,J1=`#define PHONG
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
}`,j1=`#define PHONG
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
}`,Q1=`#define STANDARD
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
}`,eS=`#define STANDARD
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
}`,tS=`#define TOON
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
}`,nS=`#define TOON
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
}`,iS=`uniform float size;
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
}`,rS=`uniform vec3 diffuse;
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
}`,sS=`#include <common>
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
}`,aS=`uniform vec3 color;
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
}`,oS=`uniform float rotation;
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
}`,lS=`uniform vec3 diffuse;
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
}`,He={alphahash_fragment:Pv,alphahash_pars_fragment:Iv,alphamap_fragment:Lv,alphamap_pars_fragment:Nv,alphatest_fragment:Dv,alphatest_pars_fragment:Fv,aomap_fragment:Ov,aomap_pars_fragment:Uv,batching_pars_vertex:Bv,batching_vertex:kv,begin_vertex:zv,beginnormal_vertex:Vv,bsdfs:Gv,iridescence_fragment:Hv,bumpmap_pars_fragment:Wv,clipping_planes_fragment:$v,clipping_planes_pars_fragment:Xv,clipping_planes_pars_vertex:qv,clipping_planes_vertex:Yv,color_fragment:Zv,color_pars_fragment:Kv,color_pars_vertex:Jv,color_vertex:jv,common:Qv,defaultnormal_vertex:eM,displacementmap_pars_vertex:tM,displacementmap_vertex:nM,emissivemap_fragment:iM,emissivemap_pars_fragment:rM,colorspace_fragment:sM,colorspace_pars_fragment:aM,envmap_fragment:oM,envmap_common_pars_fragment:lM,envmap_pars_fragment:cM,envmap_pars_vertex:hM,envmap_physical_pars_fragment:vM,envmap_vertex:uM,fog_vertex:fM,fog_pars_vertex:dM,fog_fragment:pM,fog_pars_fragment:mM,gradientmap_pars_fragment:gM,lightmap_pars_fragment:bM,lights_lambert_fragment:xM,lights_lambert_pars_fragment:yM,lights_pars_begin:_M,lights_toon_fragment:MM,lights_toon_pars_fragment:SM,lights_phong_fragment:wM,lights_phong_pars_fragment:AM,lights_physical_fragment:EM,lights_physical_pars_fragment:TM,lights_fragment_begin:CM,lights_fragment_maps:RM,lights_fragment_end:PM,lightprobes_pars_fragment:IM,logdepthbuf_fragment:LM,logdepthbuf_pars_fragment:NM,logdepthbuf_pars_vertex:DM,logdepthbuf_vertex:FM,map_fragment:OM,map_pars_fragment:UM,map_particle_fragment:BM,map_particle_pars_fragment:kM,metalnessmap_fragment:zM,metalnessmap_pars_fragment:VM,morphinstance_vertex:GM,morphcolor_vertex:HM,morphnormal_vertex:WM,morphtarget_pars_vertex:$M,morphtarget_vertex:XM,normal_fragment_begin:qM,normal_fragment_maps:YM,normal_pars_fragment:ZM,normal_pars_vertex:KM,normal_vertex:JM,normalmap_pars_fragment:jM,clearcoat_normal_fragment_begin:QM,clearcoat_normal_fragment_maps:e1,clearcoat_pars_fragment:t1,iridescence_pars_fragment:n1,opaque_fragment:i1,packing:r1,premultiplied_alpha_fragment:s1,project_vertex:a1,dithering_fragment:o1,dithering_pars_fragment:l1,roughnessmap_fragment:c1,roughnessmap_pars_fragment:h1,shadowmap_pars_fragment:u1,shadowmap_pars_vertex:f1,shadowmap_vertex:d1,shadowmask_pars_fragment:p1,skinbase_vertex:m1,skinning_pars_vertex:g1,skinning_vertex:b1,skinnormal_vertex:x1,specularmap_fragment:y1,specularmap_pars_fragment:_1,tonemapping_fragment:v1,tonemapping_pars_fragment:M1,transmission_fragment:S1,transmission_pars_fragment:w1,uv_pars_fragment:A1,uv_pars_vertex:E1,uv_vertex:T1,worldpos_vertex:C1,background_vert:R1,background_frag:P1,backgroundCube_vert:I1,backgroundCube_frag:L1,cube_vert:N1,cube_frag:D1,depth_vert:F1,depth_frag:O1,distance_vert:U1,distance_frag:B1,equirect_vert:k1,equirect_frag:z1,linedashed_vert:V1,linedashed_frag:G1,meshbasic_vert:H1,meshbasic_frag:W1,meshlambert_vert:$1,meshlambert_frag:X1,meshmatcap_vert:q1,meshmatcap_frag:Y1,meshnormal_vert:Z1,meshnormal_frag:K1,meshphong_vert:J1,meshphong_frag:j1,meshphysical_vert:Q1,meshphysical_frag:eS,meshtoon_vert:tS,meshtoon_frag:nS,points_vert:iS,points_frag:rS,shadow_vert:sS,shadow_frag:aS,sprite_vert:oS,sprite_frag:lS},_e={common:{diffuse:{value:new ke(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new Fe},alphaMap:{value:null},alphaMapTransform:{value:new Fe},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new Fe}},envmap:{envMap:{value:null},envMapRotation:{value:new Fe},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new Fe}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new Fe}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new Fe},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new Fe},normalScale:{value:new Pe(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new Fe},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new Fe}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new Fe}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new Fe}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new ke(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new ke(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new Fe},alphaTest:{value:0},uvTransform:{value:new Fe}},sprite:{diffuse:{value:new ke(16777215)},opacity:{value:1},center:{value:new Pe(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new Fe},alphaMap:{value:null},alphaMapTransform:{value:new Fe},alphaTest:{value:0}}},Gn={basic:{uniforms:Wt([_e.common,_e.specularmap,_e.envmap,_e.aomap,_e.lightmap,_e.fog]),vertexShader:He.meshbasic_vert,fragmentShader:He.meshbasic_frag},lambert:{uniforms:Wt([_e.common,_e.specularmap,_e.envmap,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.fog,_e.lights,{emissive:{value:new ke(0)},envMapIntensity:{value:1}}]),vertexShader:He.meshlambert_vert,fragmentShader:He.meshlambert_frag},phong:{uniforms:Wt([_e.common,_e.specularmap,_e.envmap,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.fog,_e.lights,{emissive:{value:new ke(0)},specular:{value:new ke(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:He.meshphong_vert,fragmentShader:He.meshphong_frag},standard:{uniforms:Wt([_e.common,_e.envmap,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.roughnessmap,_e.metalnessmap,_e.fog,_e.lights,{emissive:{value:new ke(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:He.meshphysical_vert,fragmentShader:He.meshphysical_frag},toon:{uniforms:Wt([_e.common,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.gradientmap,_e.fog,_e.lights,{emissive:{value:new ke(0)}}]),vertexShader:He.meshtoon_vert,fragmentShader:He.meshtoon_frag},matcap:{uniforms:Wt([_e.common,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.fog,{matcap:{value:null}}]),vertexShader:He.meshmatcap_vert,fragmentShader:He.meshmatcap_frag},points:{uniforms:Wt([_e.points,_e.fog]),vertexShader:He.points_vert,fragmentShader:He.points_frag},dashed:{uniforms:Wt([_e.common,_e.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:He.linedashed_vert,fragmentShader:He.linedashed_frag},depth:{uniforms:Wt([_e.common,_e.displacementmap]),vertexShader:He.depth_vert,fragmentShader:He.depth_frag},normal:{uniforms:Wt([_e.common,_e.bumpmap,_e.normalmap,_e.displacementmap,{opacity:{value:1}}]),vertexShader:He.meshnormal_vert,fragmentShader:He.meshnormal_frag},sprite:{uniforms:Wt([_e.sprite,_e.fog]),vertexShader:He.sprite_vert,fragmentShader:He.sprite_frag},background:{uniforms:{uvTransform:{value:new Fe},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:He.background_vert,fragmentShader:He.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new Fe}},vertexShader:He.backgroundCube_vert,fragmentShader:He.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:He.cube_vert,fragmentShader:He.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:He.equirect_vert,fragmentShader:He.equirect_frag},distance:{uniforms:Wt([_e.common,_e.displacementmap,{referencePosition:{value:new B},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:He.distance_vert,fragmentShader:He.distance_frag},shadow:{uniforms:Wt([_e.lights,_e.fog,{color:{value:new ke(0)},opacity:{value:1}}]),vertexShader:He.shadow_vert,fragmentShader:He.shadow_frag}};Gn.physical={uniforms:Wt([Gn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new Fe},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new Fe},clearcoatNormalScale:{value:new Pe(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new Fe},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new Fe},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new Fe},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new Fe},sheen:{value:0},sheenColor:{value:new ke(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new Fe},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new Fe},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new Fe},transmissionSamplerSize:{value:new Pe},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new Fe},attenuationDistance:{value:0},attenuationColor:{value:new ke(0)},specularColor:{value:new ke(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new Fe},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new Fe},anisotropyVector:{value:new Pe},anisotropyMap:{value:null},anisotropyMapTransform:{value:new Fe}}]),vertexShader:He.meshphysical_vert,fragmentShader:He.meshphysical_frag};var Bc={r:0,b:0,g:0},cS=new Qe,B0=new Fe;B0.set(-1,0,0,0,1,0,0,0,1);function hS(n,e,t,i,r,s){let a=new ke(0),o=r===!0?0:1,l,c,h=null,f=0,u=null;function d(v){let A=v.isScene===!0?v.background:null;if(A&&A.isTexture){let _=v.backgroundBlurriness>0;A=e.get(A,_)}return A}function p(v){let A=!1,_=d(v);_===null?g(a,o):_&&_.isColor&&(g(_,1),A=!0);let E=n.xr.getEnvironmentBlendMode();E==="additive"?t.buffers.color.setClear(0,0,0,1,s):E==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(n.autoClear||A)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),n.clear(n.autoClearColor,n.autoClearDepth,n.autoClearStencil))}function b(v,A){let _=d(A);_&&_.isCubeTexture?(c===void 0&&(c=new Kt(new ps(1,1,1),new kn({name:"BackgroundCubeMaterial",uniforms:ur(Gn.backgroundCube.uniforms),vertexShader:Gn.backgroundCube.vertexShader,fragmentShader:Gn.backgroundCube.fragmentShader,side:Jt,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(E,w,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),i.update(c)),c.material.uniforms.envMap.value=_,c.material.uniforms.backgroundBlurriness.value=A.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(cS.makeRotationFromEuler(A.backgroundRotation)).transpose(),_.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(B0),c.material.toneMapped=Ke.getTransfer(_.colorSpace)!==st,(h!==_||f!==_.version||u!==n.toneMapping)&&(c.material.needsUpdate=!0,h=_,f=_.version,u=n.toneMapping),c.layers.enableAll(),v.unshift(c,c.geometry,c.material,0,0,null)):_&&_.isTexture&&(l===void 0&&(l=new Kt(new ar(2,2),new kn({name:"BackgroundMaterial",uniforms:ur(Gn.background.uniforms),vertexShader:Gn.background.vertexShader,fragmentShader:Gn.background.fragmentShader,side:Ni,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),i.update(l)),l.material.uniforms.t2D.value=_,l.material.uniforms.backgroundIntensity.value=A.backgroundIntensity,l.material.toneMapped=Ke.getTransfer(_.colorSpace)!==st,_.matrixAutoUpdate===!0&&_.updateMatrix(),l.material.uniforms.uvTransform.value.copy(_.matrix),(h!==_||f!==_.version||u!==n.toneMapping)&&(l.material.needsUpdate=!0,h=_,f=_.version,u=n.toneMapping),l.layers.enableAll(),v.unshift(l,l.geometry,l.material,0,0,null))}function g(v,A){v.getRGB(Bc,gf(n)),t.buffers.color.setClear(Bc.r,Bc.g,Bc.b,A,s)}function m(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return a},setClearColor:function(v,A=1){a.set(v),o=A,g(a,o)},getClearAlpha:function(){return o},setClearAlpha:function(v){o=v,g(a,o)},render:p,addToRenderList:b,dispose:m}}function uS(n,e){let t=n.getParameter(n.MAX_VERTEX_ATTRIBS),i={},r=u(null),s=r,a=!1;function o(P,I,O,R,D){let H=!1,k=f(P,R,O,I);s!==k&&(s=k,c(s.object)),H=d(P,R,O,D),H&&p(P,R,O,D),D!==null&&e.update(D,n.ELEMENT_ARRAY_BUFFER),(H||a)&&(a=!1,_(P,I,O,R),D!==null&&n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e.get(D).buffer))}function l(){return n.createVertexArray()}function c(P){return n.bindVertexArray(P)}function h(P){return n.deleteVertexArray(P)}function f(P,I,O,R){let D=R.wireframe===!0,H=i[I.id];H===void 0&&(H={},i[I.id]=H);let k=P.isInstancedMesh===!0?P.id:0,K=H[k];K===void 0&&(K={},H[k]=K);let $=K[O.id];$===void 0&&($={},K[O.id]=$);let Z=$[D];return Z===void 0&&(Z=u(l()),$[D]=Z),Z}function u(P){let I=[],O=[],R=[];for(let D=0;D<t;D++)I[D]=0,O[D]=0,R[D]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:I,enabledAttributes:O,attributeDivisors:R,object:P,attributes:{},index:null}}function d(P,I,O,R){let D=s.attributes,H=I.attributes,k=0,K=O.getAttributes();for(let $ in K)if(K[$].location>=0){let ne=D[$],ee=H[$];if(ee===void 0&&($==="instanceMatrix"&&P.instanceMatrix&&(ee=P.instanceMatrix),$==="instanceColor"&&P.instanceColor&&(ee=P.instanceColor)),ne===void 0||ne.attribute!==ee||ee&&ne.data!==ee.data)return!0;k++}return s.attributesNum!==k||s.index!==R}function p(P,I,O,R){let D={},H=I.attributes,k=0,K=O.getAttributes();for(let $ in K)if(K[$].location>=0){let ne=H[$];ne===void 0&&($==="instanceMatrix"&&P.instanceMatrix&&(ne=P.instanceMatrix),$==="instanceColor"&&P.instanceColor&&(ne=P.instanceColor));let ee={};ee.attribute=ne,ne&&ne.data&&(ee.data=ne.data),D[$]=ee,k++}s.attributes=D,s.attributesNum=k,s.index=R}function b(){let P=s.newAttributes;for(let I=0,O=P.length;I<O;I++)P[I]=0}function g(P){m(P,0)}function m(P,I){let O=s.newAttributes,R=s.enabledAttributes,D=s.attributeDivisors;O[P]=1,R[P]===0&&(n.enableVertexAttribArray(P),R[P]=1),D[P]!==I&&(n.vertexAttribDivisor(P,I),D[P]=I)}function v(){let P=s.newAttributes,I=s.enabledAttributes;for(let O=0,R=I.length;O<R;O++)I[O]!==P[O]&&(n.disableVertexAttribArray(O),I[O]=0)}function A(P,I,O,R,D,H,k){k===!0?n.vertexAttribIPointer(P,I,O,D,H):n.vertexAttribPointer(P,I,O,R,D,H)}function _(P,I,O,R){b();let D=R.attributes,H=O.getAttributes(),k=I.defaultAttributeValues;for(let K in H){let $=H[K];if($.location>=0){let Z=D[K];if(Z===void 0&&(K==="instanceMatrix"&&P.instanceMatrix&&(Z=P.instanceMatrix),K==="instanceColor"&&P.instanceColor&&(Z=P.instanceColor)),Z!==void 0){let ne=Z.normalized,ee=Z.itemSize,Me=e.get(Z);if(Me===void 0)continue;let X=Me.buffer,ie=Me.type,le=Me.bytesPerElement,be=ie===n.INT||ie===n.UNSIGNED_INT||Z.gpuType===Ql;if(Z.isInterleavedBufferAttribute){let te=Z.data,Se=te.isInterleavedBuffer===!0?te.stride:te.itemSize,Xe=Z.offset;if(te.isInstancedInterleavedBuffer||te.isInstancedBufferAttribute){for(let Te=0;Te<$.locationSize;Te++)m($.location+Te,te.meshPerAttribute);P.isInstancedMesh!==!0&&R._maxInstanceCount===void 0&&(R._maxInstanceCount=te.meshPerAttribute*te.count)}else for(let Te=0;Te<$.locationSize;Te++)g($.location+Te);n.bindBuffer(n.ARRAY_BUFFER,X);for(let Te=0;Te<$.locationSize;Te++)A($.location+Te,ee/$.locationSize,ie,ne,Se*le,(Xe+ee/$.locationSize*Te)*le,be)}else{if(Z.isInstancedBufferAttribute){for(let te=0;te<$.locationSize;te++)m($.location+te,Z.meshPerAttribute);P.isInstancedMesh!==!0&&R._maxInstanceCount===void 0&&(R._maxInstanceCount=Z.meshPerAttribute*Z.count)}else for(let te=0;te<$.locationSize;te++)g($.location+te);n.bindBuffer(n.ARRAY_BUFFER,X);for(let te=0;te<$.locationSize;te++)A($.location+te,ee/$.locationSize,ie,ne,ee*le,ee/$.locationSize*te*le,be)}}else if(k!==void 0){let ne=k[K];if(ne!==void 0)switch(ne.length){case 2:n.vertexAttrib2fv($.location,ne);break;case 3:n.vertexAttrib3fv($.location,ne);break;case 4:n.vertexAttrib4fv($.location,ne);break;default:n.vertexAttrib1fv($.location,ne)}}}}v()}function E(){N();for(let P in i){let I=i[P];for(let O in I){let R=I[O];for(let D in R){let H=R[D];for(let k in H)h(H[k].object),delete H[k];delete R[D]}}delete i[P]}}function w(P){if(i[P.id]===void 0)return;let I=i[P.id];for(let O in I){let R=I[O];for(let D in R){let H=R[D];for(let k in H)h(H[k].object),delete H[k];delete R[D]}}delete i[P.id]}function x(P){for(let I in i){let O=i[I];for(let R in O){let D=O[R];if(D[P.id]===void 0)continue;let H=D[P.id];for(let k in H)h(H[k].object),delete H[k];delete D[P.id]}}}function S(P){for(let I in i){let O=i[I],R=P.isInstancedMesh===!0?P.id:0,D=O[R];if(D!==void 0){for(let H in D){let k=D[H];for(let K in k)h(k[K].object),delete k[K];delete D[H]}delete O[R],Object.keys(O).length===0&&delete i[I]}}}function N(){T(),a=!0,s!==r&&(s=r,c(s.object))}function T(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:o,reset:N,resetDefaultState:T,dispose:E,releaseStatesOfGeometry:w,releaseStatesOfObject:S,releaseStatesOfProgram:x,initAttributes:b,enableAttribute:g,disableUnusedAttributes:v}}function fS(n,e,t){let i;function r(l){i=l}function s(l,c){n.drawArrays(i,l,c),t.update(c,i,1)}function a(l,c,h){h!==0&&(n.drawArraysInstanced(i,l,c,h),t.update(c,i,h))}function o(l,c,h){if(h===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(i,l,0,c,0,h);let u=0;for(let d=0;d<h;d++)u+=c[d];t.update(u,i,1)}this.setMode=r,this.render=s,this.renderInstances=a,this.renderMultiDraw=o}function dS(n,e,t,i){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let x=e.get("EXT_texture_filter_anisotropic");r=n.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function a(x){return!(x!==Nn&&i.convert(x)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_FORMAT))}function o(x){let S=x===Ln&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(x!==en&&x!==vn&&!S&&i.convert(x)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_TYPE))}function l(x){if(x==="highp"){if(n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.HIGH_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.MEDIUM_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp",h=l(c);h!==c&&(Le("WebGLRenderer:",c,"not supported, using",h,"instead."),c=h);let f=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),u=t.logarithmicDepthBuffer===!0&&f===!1;t.reversedDepthBuffer===!0&&f===!1&&Le("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&f===!0&&Le("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let d=n.getParameter(n.MAX_TEXTURE_IMAGE_UNITS),p=n.getParameter(n.MAX_VERTEX_TEXTURE_IMAGE_UNITS),b=n.getParameter(n.MAX_TEXTURE_SIZE),g=n.getParameter(n.MAX_CUBE_MAP_TEXTURE_SIZE),m=n.getParameter(n.MAX_VERTEX_ATTRIBS),v=n.getParameter(n.MAX_VERTEX_UNIFORM_VECTORS),A=n.getParameter(n.MAX_VARYING_VECTORS),_=n.getParameter(n.MAX_FRAGMENT_UNIFORM_VECTORS),E=n.getParameter(n.MAX_SAMPLES),w=n.getParameter(n.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:l,textureFormatReadable:a,textureTypeReadable:o,precision:c,logarithmicDepthBuffer:u,reversedDepthBuffer:f,maxTextures:d,maxVertexTextures:p,maxTextureSize:b,maxCubemapSize:g,maxAttributes:m,maxVertexUniforms:v,maxVaryings:A,maxFragmentUniforms:_,maxSamples:E,samples:w}}function pS(n){let e=this,t=null,i=0,r=!1,s=!1,a=new an,o=new Fe,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(f,u){let d=f.length!==0||u||i!==0||r;return r=u,i=f.length,d},this.beginShadows=function(){s=!0,h(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(f,u){t=h(f,u,0)},this.setState=function(f,u,d){let p=f.clippingPlanes,b=f.clipIntersection,g=f.clipShadows,m=n.get(f);if(!r||p===null||p.length===0||s&&!g)s?h(null):c();else{let v=s?0:i,A=v*4,_=m.clippingState||null;l.value=_,_=h(p,u,A,d);for(let E=0;E!==A;++E)_[E]=t[E];m.clippingState=_,this.numIntersection=b?this.numPlanes:0,this.numPlanes+=v}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=i>0),e.numPlanes=i,e.numIntersection=0}function h(f,u,d,p){let b=f!==null?f.length:0,g=null;if(b!==0){if(g=l.value,p!==!0||g===null){let m=d+b*4,v=u.matrixWorldInverse;o.getNormalMatrix(v),(g===null||g.length<m)&&(g=new Float32Array(m));for(let A=0,_=d;A!==b;++A,_+=4)a.copy(f[A]).applyMatrix4(v,o),a.normal.toArray(g,_),g[_+3]=a.constant}l.value=g,l.needsUpdate=!0}return e.numPlanes=b,e.numIntersection=0,g}}var ka=class extends ln{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let i={width:e,height:e,depth:1},r=[i,i,i,i,i,i];this.texture=new ga(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let i={uniforms:{tEquirect:{value:null}},vertexShader:`

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
			`},r=new ps(5,5,5),s=new kn({name:"CubemapFromEquirect",uniforms:ur(i.uniforms),vertexShader:i.vertexShader,fragmentShader:i.fragmentShader,side:Jt,blending:or});s.uniforms.tEquirect.value=t;let a=new Kt(r,s),o=t.minFilter;return t.minFilter===oi&&(t.minFilter=Yt),new ms(1,10,this).update(e,a),t.minFilter=o,a.geometry.dispose(),a.material.dispose(),this}clear(e,t=!0,i=!0,r=!0){let s=e.getRenderTarget();for(let a=0;a<6;a++)e.setRenderTarget(this,a),e.clear(t,i,r);e.setRenderTarget(s)}},g0=256,mS=3,gS=20,k0=256,z0=16,bS=3,xS=new B,yS=new ke,zc=class n{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new ms(1,10,null),this._boxMesh=new Kt(new ps(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,i=.1,r=100,s={}){let{size:a=256,position:o=xS}=s,l=this._renderer;this._setSize(a);let c=this._allocateTarget(),h=this._getSourceTarget(!0);t>0&&(h.texture.mipmapsAutoUpdate=!1);let f=l.autoClear,u=l.autoClearColor,d=l.autoClearDepth,p=l.autoClearStencil,b=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,b===null&&(e.background=l.getClearColor(yS));let g=new ms(i,r,h);return g.position.copy(o),g.update(l,e),l.autoClear=f,l.autoClearColor=u,l.autoClearDepth=d,l.autoClearStencil=p,e.background=b,t>0&&(h.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=y0(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=x0(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(g0,ff(e))}_fromTexture(e,t){e.mapping===cr||e.mapping===ys?this._setSize(e.image.length===0?g0:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let i=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(i),i}_allocateTarget(){let e=this._cubeSize,t=b0(e,!1,!1),i=Math.log2(e)-mS;for(let r=0;r<=i;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,i=this._sourceTarget;return(i===null||i.width!==t||e&&i.depthBuffer===!1)&&(i!==null&&i.dispose(),this._sourceTarget=b0(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,i){let r=this._boxMesh,s=this._cubeCamera;r.material=i,s.renderTarget=e,s.activeMipmapLevel=t;let a=e.width>>t;e.viewport.set(0,0,a,a),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===cr||e.mapping===ys?(this._cubemapMaterial===null&&(this._cubemapMaterial=y0()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=x0()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=_S(),this._integrationMaterial=vS());let t=this._cubeSize,i=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/z0);for(let a=0;a<=i;a++){let o=n.lodToRoughness(a,i);if(a>i-bS)s.roughness.value=o,this._renderCube(e,a,this._integrationMaterial);else{let l=o>0?Math.log2(t)+.5*Math.log2(6/(k0*Math.pow(o,4)))+.5:0;r.roughness.value=o,r.lodBias.value=l,this._renderCube(e,a,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=MS());let i=this._blurMaterial,r=i.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,i),r.envMap.value=e.texture,this._renderCube(s,0,i)}};function b0(n,e,t){return new ka(n,{minFilter:oi,generateMipmaps:e,type:Ln,colorSpace:ra,depthBuffer:t})}function za(n,e,t){return new kn({name:n,uniforms:e,vertexShader:He.cube_vert,fragmentShader:t,side:Jt,blending:or,depthTest:!1,depthWrite:!1})}function _S(){return za("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${k0}u

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
	`)}function vS(){return za("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:z0}},`

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
	`)}function MS(){return za("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${gS}
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
	`)}function x0(){return za("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

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
	`)}function y0(){return za("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function SS(n){let e=new WeakMap,t=new WeakMap,i=null;function r(u,d=!1){return u==null?null:d?a(u):s(u)}function s(u){if(u&&u.isTexture){let d=u.mapping;if(d===Kl||d===Jl)if(e.has(u)){let p=e.get(u).texture;return o(p,u.mapping)}else{let p=u.image;if(p&&p.height>0){let b=new ka(p.height);return b.fromEquirectangularTexture(n,u),e.set(u,b),u.addEventListener("dispose",c),o(b.texture,u.mapping)}else return null}}return u}function a(u){if(u&&u.isTexture&&u.isPMREMTexture!==!0){let d=u.mapping,p=d===Kl||d===Jl,b=d===cr||d===ys;if(p||b){let g=t.get(u),m=g!==void 0?g.texture.pmremVersion:0;if(u.isRenderTargetTexture&&u.pmremVersion!==m)return i===null&&(i=new zc(n)),g=p?i.fromEquirectangular(u,g):i.fromCubemap(u,g),g.texture.pmremVersion=u.pmremVersion,t.set(u,g),g.texture;if(g!==void 0)return g.texture;{let v=u.image;return p&&v&&v.height>0||b&&v&&l(v)?(i===null&&(i=new zc(n)),g=p?i.fromEquirectangular(u):i.fromCubemap(u),g.texture.pmremVersion=u.pmremVersion,t.set(u,g),u.addEventListener("dispose",h),g.texture):null}}}return u}function o(u,d){return d===Kl?u.mapping=cr:d===Jl&&(u.mapping=ys),u}function l(u){let d=0,p=6;for(let b=0;b<p;b++)u[b]!==void 0&&d++;return d===p}function c(u){let d=u.target;d.removeEventListener("dispose",c);let p=e.get(d);p!==void 0&&(e.delete(d),p.dispose())}function h(u){let d=u.target;d.removeEventListener("dispose",h);let p=t.get(d);p!==void 0&&(t.delete(d),p.dispose())}function f(){e=new WeakMap,t=new WeakMap,i!==null&&(i.dispose(),i=null)}return{get:r,dispose:f}}function wS(n){let e={};function t(i){if(e[i]!==void 0)return e[i];let r=n.getExtension(i);return e[i]=r,r}return{has:function(i){return t(i)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(i){let r=t(i);return r===null&&ea("WebGLRenderer: "+i+" extension not supported."),r}}}function AS(n,e,t,i){let r={},s=new WeakMap,a=new FinalizationRegistry(p=>delete r[p]);function o(p){l(p.target)}function l(p){p.index!==null&&e.remove(p.index);for(let g in p.attributes)e.remove(p.attributes[g]);p.removeEventListener("dispose",o),delete r[p.id],a.unregister(p);let b=s.get(p);b&&(e.remove(b),s.delete(p)),i.releaseStatesOfGeometry(p),p.isInstancedBufferGeometry===!0&&delete p._maxInstanceCount,t.memory.geometries--}function c(p,b){return r[b.id]!==void 0||(b.addEventListener("dispose",o),r[b.id]=new WeakRef(b),a.register(b,b.id,b),t.memory.geometries++),b}function h(p){let b=p.attributes;for(let g in b)e.update(b[g],n.ARRAY_BUFFER)}function f(p){let b=p.index,g=p.attributes.position,m=0;if(g===void 0)return;let v=b!==null?b.array.length:g.array.length/3-1,A=g.count>=65535?ua:ha,_=new A(Math.ceil(v/3)*6,1),E=_.array;if(b!==null){let x=b.array;m=b.version;for(let S=0,N=0;S<v;S+=3){let T=x[S+0],P=x[S+1],I=x[S+2];E[N++]=T,E[N++]=P,E[N++]=P,E[N++]=I,E[N++]=I,E[N++]=T}}else{m=g.version;for(let x=0,S=0;x<v;x+=3){let N=x+0,T=x+1,P=x+2;E[S++]=N,E[S++]=T,E[S++]=T,E[S++]=P,E[S++]=P,E[S++]=N}}_.version=m;let w=s.get(p);w&&e.remove(w),s.set(p,_)}function u(p){let b=s.get(p);if(b){let g=p.index;g!==null&&b.version<g.version&&f(p)}else f(p);return s.get(p)}function d(){for(let p in r){let b=r[p].deref();b!==void 0&&l(b)}}return{get:c,update:h,getWireframeAttribute:u,dispose:d}}function ES(n,e,t){let i;function r(f){i=f}let s,a;function o(f){s=f.type,a=f.bytesPerElement}function l(f,u){n.drawElements(i,u,s,f*a),t.update(u,i,1)}function c(f,u,d){d!==0&&(n.drawElementsInstanced(i,u,s,f*a,d),t.update(u,i,d))}function h(f,u,d){if(d===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(i,u,0,s,f,0,d);let b=0;for(let g=0;g<d;g++)b+=u[g];t.update(b,i,1)}this.setMode=r,this.setIndex=o,this.render=l,this.renderInstances=c,this.renderMultiDraw=h}function TS(n){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function i(s,a,o){switch(t.calls++,a){case n.TRIANGLES:t.triangles+=o*(s/3);break;case n.LINES:t.lines+=o*(s/2);break;case n.LINE_STRIP:t.lines+=o*(s-1);break;case n.LINE_LOOP:t.lines+=o*s;break;case n.POINTS:t.points+=o*s;break;default:De("WebGLInfo: Unknown draw mode:",a);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:i}}function CS(n,e,t){let i=new WeakMap,r=new mt;function s(a,o,l){let c=a.morphTargetInfluences,h=o.morphAttributes.position||o.morphAttributes.normal||o.morphAttributes.color,f=h!==void 0?h.length:0,u=i.get(o);if(u===void 0||u.count!==f){let N=function(){x.dispose(),i.delete(o),o.removeEventListener("dispose",N)};u!==void 0&&u.texture.dispose();let d=o.morphAttributes.position!==void 0,p=o.morphAttributes.normal!==void 0,b=o.morphAttributes.color!==void 0,g=o.morphAttributes.position||[],m=o.morphAttributes.normal||[],v=o.morphAttributes.color||[],A=0;d===!0&&(A=1),p===!0&&(A=2),b===!0&&(A=3);let _=o.attributes.position.count*A,E=1;_>e.maxTextureSize&&(E=Math.ceil(_/e.maxTextureSize),_=e.maxTextureSize);let w=new Float32Array(_*E*4*f),x=new la(w,_,E,f);x.type=vn,x.needsUpdate=!0;let S=A*4;for(let T=0;T<f;T++){let P=g[T],I=m[T],O=v[T],R=_*E*4*T;for(let D=0;D<P.count;D++){let H=D*S;d===!0&&(r.fromBufferAttribute(P,D),w[R+H+0]=r.x,w[R+H+1]=r.y,w[R+H+2]=r.z,w[R+H+3]=0),p===!0&&(r.fromBufferAttribute(I,D),w[R+H+4]=r.x,w[R+H+5]=r.y,w[R+H+6]=r.z,w[R+H+7]=0),b===!0&&(r.fromBufferAttribute(O,D),w[R+H+8]=r.x,w[R+H+9]=r.y,w[R+H+10]=r.z,w[R+H+11]=O.itemSize===4?r.w:1)}}u={count:f,texture:x,size:new Pe(_,E)},i.set(o,u),o.addEventListener("dispose",N)}if(a.isInstancedMesh===!0&&a.morphTexture!==null)l.getUniforms().setValue(n,"morphTexture",a.morphTexture,t);else{let d=0;for(let b=0;b<c.length;b++)d+=c[b];let p=o.morphTargetsRelative?1:1-d;l.getUniforms().setValue(n,"morphTargetBaseInfluence",p),l.getUniforms().setValue(n,"morphTargetInfluences",c)}l.getUniforms().setValue(n,"morphTargetsTexture",u.texture,t),l.getUniforms().setValue(n,"morphTargetsTextureSize",u.size)}return{update:s}}function RS(n,e,t,i,r){let s=new WeakMap;function a(c){let h=r.render.frame,f=c.geometry,u=e.get(c,f);if(s.get(u)!==h&&(e.update(u),s.set(u,h)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),s.get(c)!==h&&(t.update(c.instanceMatrix,n.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,n.ARRAY_BUFFER),s.set(c,h))),c.isSkinnedMesh){let d=c.skeleton;s.get(d)!==h&&(d.update(),s.set(d,h))}return u}function o(){s=new WeakMap}function l(c){let h=c.target;h.removeEventListener("dispose",l),i.releaseStatesOfObject(h),t.remove(h.instanceMatrix),h.instanceColor!==null&&t.remove(h.instanceColor)}return{update:a,dispose:o}}var PS={[$u]:"LINEAR_TONE_MAPPING",[Xu]:"REINHARD_TONE_MAPPING",[qu]:"CINEON_TONE_MAPPING",[Yu]:"ACES_FILMIC_TONE_MAPPING",[Ku]:"AGX_TONE_MAPPING",[Ju]:"NEUTRAL_TONE_MAPPING",[Zu]:"CUSTOM_TONE_MAPPING"};function IS(n,e,t,i,r,s){let a=new ln(e,t,{type:n,depthBuffer:r,stencilBuffer:s,samples:i?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),o=null,l=null,c=null,h=new St;h.setAttribute("position",new kt([-1,3,0,-1,-1,0,3,-1,0],3)),h.setAttribute("uv",new kt([0,2,0,0,2,0],2));let f=new Nl({uniforms:{tDiffuse:{value:null}},vertexShader:`
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
			}`,depthTest:!1,depthWrite:!1}),u=new Kt(h,f),d=new Aa(-1,1,1,-1,0,1),p=null,b=null,g=!1,m,v=null,A=[],_=!1;this.setSize=function(E,w){a.setSize(E,w),o!==null&&o.setSize(E,w),l!==null&&l.setSize(E,w);for(let x=0;x<A.length;x++){let S=A[x];S.setSize&&S.setSize(E,w)}},this.setEffects=function(E){A=E,_=A.length>0&&A[0].isRenderPass===!0;let w=a.width,x=a.height;A.length>0&&o===null&&(o=new ln(w,x,{type:Ln,depthBuffer:!1,stencilBuffer:!1}),l=new ln(w,x,{type:Ln,depthBuffer:!1,stencilBuffer:!1}));let S=r===!0&&A.some(N=>N.needsDepthTexture===!0);S!==(a.depthTexture!==null)&&(S===!0&&c===null&&(c=new ai(w,x),s===!0&&(c.format=li,c.type=hr)),a.dispose(),a.depthTexture=S?c:null,a.resolveDepthBuffer=S,a.storeMultisampledDepthBuffer=S);for(let N=0;N<A.length;N++){let T=A[N];T.setSize&&T.setSize(w,x),S&&T.needsDepthTexture===!0&&T.setDepthTexture&&T.setDepthTexture(c)}},this.begin=function(E,w){if(g||E.toneMapping===zn&&A.length===0)return!1;if(v=w,w!==null){let x=w.width,S=w.height;(a.width!==x||a.height!==S)&&this.setSize(x,S)}return _===!1&&E.setRenderTarget(a),m=E.toneMapping,E.toneMapping=zn,!0},this.hasRenderPass=function(){return _},this.end=function(E,w){E.toneMapping=m,g=!0;let x=a,S=o;for(let N=0;N<A.length;N++){let T=A[N];T.enabled!==!1&&(T.render(E,S,x,w),T.needsSwap!==!1&&(x=S,S=S===o?l:o))}if(p!==E.outputColorSpace||b!==E.toneMapping){p=E.outputColorSpace,b=E.toneMapping,f.defines={},Ke.getTransfer(p)===st&&(f.defines.SRGB_TRANSFER="");let N=PS[b];N&&(f.defines[N]=""),f.needsUpdate=!0}f.uniforms.tDiffuse.value=x.texture,E.setRenderTarget(v),E.render(u,d),v=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){a.dispose(),o!==null&&o.dispose(),l!==null&&l.dispose(),h.dispose(),f.dispose()}}var V0=new Zt,G0=new ai(1,1),H0=new ba(1),W0=new la,$0=new Cl,X0=new ga,_0=[],v0=[],M0=new Float32Array(16),S0=new Float32Array(9),w0=new Float32Array(4);function Ms(n,e,t){let i=n[0];if(i<=0||i>0)return n;let r=e*t,s=_0[r];if(s===void 0&&(s=new Float32Array(r),_0[r]=s),e!==0){i.toArray(s,0);for(let a=1,o=0;a!==e;++a)o+=t,n[a].toArray(s,o)}return s}function Tt(n,e){if(n.length!==e.length)return!1;for(let t=0,i=n.length;t<i;t++)if(n[t]!==e[t])return!1;return!0}function Ct(n,e){for(let t=0,i=e.length;t<i;t++)n[t]=e[t]}function Gc(n,e){let t=v0[e];t===void 0&&(t=new Int32Array(e),v0[e]=t);for(let i=0;i!==e;++i)t[i]=n.allocateTextureUnit();return t}function LS(n,e){let t=this.cache;t[0]!==e&&(n.uniform1f(this.addr,e),t[0]=e)}function NS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Tt(t,e))return;n.uniform2fv(this.addr,e),Ct(t,e)}}function DS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(n.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(Tt(t,e))return;n.uniform3fv(this.addr,e),Ct(t,e)}}function FS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Tt(t,e))return;n.uniform4fv(this.addr,e),Ct(t,e)}}function OS(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Tt(t,e))return;n.uniformMatrix2fv(this.addr,!1,e),Ct(t,e)}else{if(Tt(t,i))return;w0.set(i),n.uniformMatrix2fv(this.addr,!1,w0),Ct(t,i)}}function US(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Tt(t,e))return;n.uniformMatrix3fv(this.addr,!1,e),Ct(t,e)}else{if(Tt(t,i))return;S0.set(i),n.uniformMatrix3fv(this.addr,!1,S0),Ct(t,i)}}function BS(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Tt(t,e))return;n.uniformMatrix4fv(this.addr,!1,e),Ct(t,e)}else{if(Tt(t,i))return;M0.set(i),n.uniformMatrix4fv(this.addr,!1,M0),Ct(t,i)}}function kS(n,e){let t=this.cache;t[0]!==e&&(n.uniform1i(this.addr,e),t[0]=e)}function zS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Tt(t,e))return;n.uniform2iv(this.addr,e),Ct(t,e)}}function VS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Tt(t,e))return;n.uniform3iv(this.addr,e),Ct(t,e)}}function GS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Tt(t,e))return;n.uniform4iv(this.addr,e),Ct(t,e)}}function HS(n,e){let t=this.cache;t[0]!==e&&(n.uniform1ui(this.addr,e),t[0]=e)}function WS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Tt(t,e))return;n.uniform2uiv(this.addr,e),Ct(t,e)}}function $S(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Tt(t,e))return;n.uniform3uiv(this.addr,e),Ct(t,e)}}function XS(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Tt(t,e))return;n.uniform4uiv(this.addr,e),Ct(t,e)}}function Hc(n){return n.version===0&&(n.compareFunction=lf,n.needsUpdate=!0),n}function qS(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_2D_SHADOW?s=Hc(G0):s=V0,t.setTexture2D(e||s,r)}function YS(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture3D(e||$0,r)}function ZS(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_CUBE_SHADOW?s=Hc(H0):s=X0,t.setTextureCube(e||s,r)}function KS(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture2DArray(e||W0,r)}function JS(n){switch(n){case 5126:return LS;case 35664:return NS;case 35665:return DS;case 35666:return FS;case 35674:return OS;case 35675:return US;case 35676:return BS;case 5124:case 35670:return kS;case 35667:case 35671:return zS;case 35668:case 35672:return VS;case 35669:case 35673:return GS;case 5125:return HS;case 36294:return WS;case 36295:return $S;case 36296:return XS;case 35678:case 36198:case 36298:case 36306:case 35682:return qS;case 35679:case 36299:case 36307:return YS;case 35680:case 36300:case 36308:case 36293:return ZS;case 36289:case 36303:case 36311:case 36292:return KS}}function jS(n,e){n.uniform1fv(this.addr,e)}function QS(n,e){let t=Ms(e,this.size,2);n.uniform2fv(this.addr,t)}function ew(n,e){let t=Ms(e,this.size,3);n.uniform3fv(this.addr,t)}function tw(n,e){let t=Ms(e,this.size,4);n.uniform4fv(this.addr,t)}function nw(n,e){let t=Ms(e,this.size,4);n.uniformMatrix2fv(this.addr,!1,t)}function iw(n,e){let t=Ms(e,this.size,9);n.uniformMatrix3fv(this.addr,!1,t)}function rw(n,e){let t=Ms(e,this.size,16);n.uniformMatrix4fv(this.addr,!1,t)}function sw(n,e){n.uniform1iv(this.addr,e)}function aw(n,e){n.uniform2iv(this.addr,e)}function ow(n,e){n.uniform3iv(this.addr,e)}function lw(n,e){n.uniform4iv(this.addr,e)}function cw(n,e){n.uniform1uiv(this.addr,e)}function hw(n,e){n.uniform2uiv(this.addr,e)}function uw(n,e){n.uniform3uiv(this.addr,e)}function fw(n,e){n.uniform4uiv(this.addr,e)}function dw(n,e,t){let i=this.cache,r=e.length,s=Gc(t,r);Tt(i,s)||(n.uniform1iv(this.addr,s),Ct(i,s));let a;this.type===n.SAMPLER_2D_SHADOW?a=Hc(G0):a=V0;for(let o=0;o!==r;++o)t.setTexture2D(e[o]||a,s[o])}function pw(n,e,t){let i=this.cache,r=e.length,s=Gc(t,r);Tt(i,s)||(n.uniform1iv(this.addr,s),Ct(i,s));for(let a=0;a!==r;++a)t.setTexture3D(e[a]||$0,s[a])}function mw(n,e,t){let i=this.cache,r=e.length,s=Gc(t,r);Tt(i,s)||(n.uniform1iv(this.addr,s),Ct(i,s));let a;this.type===n.SAMPLER_CUBE_SHADOW?a=Hc(H0):a=X0;for(let o=0;o!==r;++o)t.setTextureCube(e[o]||a,s[o])}function gw(n,e,t){let i=this.cache,r=e.length,s=Gc(t,r);Tt(i,s)||(n.uniform1iv(this.addr,s),Ct(i,s));for(let a=0;a!==r;++a)t.setTexture2DArray(e[a]||W0,s[a])}function bw(n){switch(n){case 5126:return jS;case 35664:return QS;case 35665:return ew;case 35666:return tw;case 35674:return nw;case 35675:return iw;case 35676:return rw;case 5124:case 35670:return sw;case 35667:case 35671:return aw;case 35668:case 35672:return ow;case 35669:case 35673:return lw;case 5125:return cw;case 36294:return hw;case 36295:return uw;case 36296:return fw;case 35678:case 36198:case 36298:case 36306:case 35682:return dw;case 35679:case 36299:case 36307:return pw;case 35680:case 36300:case 36308:case 36293:return mw;case 36289:case 36303:case 36311:case 36292:return gw}}var Tf=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.setValue=JS(t.type)}},Cf=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=bw(t.type)}},Rf=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,i){let r=this.seq;for(let s=0,a=r.length;s!==a;++s){let o=r[s];o.setValue(e,t[o.id],i)}}},Af=/(\w+)(\])?(\[|\.)?/g;function A0(n,e){n.seq.push(e),n.map[e.id]=e}function xw(n,e,t){let i=n.name,r=i.length;for(Af.lastIndex=0;;){let s=Af.exec(i),a=Af.lastIndex,o=s[1],l=s[2]==="]",c=s[3];if(l&&(o=o|0),c===void 0||c==="["&&a+2===r){A0(t,c===void 0?new Tf(o,n,e):new Cf(o,n,e));break}else{let f=t.map[o];f===void 0&&(f=new Rf(o),A0(t,f)),t=f}}}var vs=class{constructor(e,t){this.seq=[],this.map={};let i=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let a=0;a<i;++a){let o=e.getActiveUniform(t,a),l=e.getUniformLocation(t,o.name);xw(o,l,this)}let r=[],s=[];for(let a of this.seq)a.type===e.SAMPLER_2D_SHADOW||a.type===e.SAMPLER_CUBE_SHADOW||a.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(a):s.push(a);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,i,r){let s=this.map[t];s!==void 0&&s.setValue(e,i,r)}setOptional(e,t,i){let r=t[i];r!==void 0&&this.setValue(e,i,r)}static upload(e,t,i,r){for(let s=0,a=t.length;s!==a;++s){let o=t[s],l=i[o.id];l.needsUpdate!==!1&&o.setValue(e,l.value,r)}}static seqWithValue(e,t){let i=[];for(let r=0,s=e.length;r!==s;++r){let a=e[r];a.id in t&&i.push(a)}return i}};function E0(n,e,t){let i=n.createShader(e);return n.shaderSource(i,t),n.compileShader(i),i}var yw=37297,_w=0;function vw(n,e){let t=n.split(`
`),i=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let a=r;a<s;a++){let o=a+1;i.push(`${o===e?">":" "} ${o}: ${t[a]}`)}return i.join(`
`)}var T0=new Fe;function Mw(n){Ke._getMatrix(T0,Ke.workingColorSpace,n);let e=`mat3( ${T0.elements.map(t=>t.toFixed(4))} )`;switch(Ke.getTransfer(n)){case sa:return[e,"LinearTransferOETF"];case st:return[e,"sRGBTransferOETF"];default:return Le("WebGLProgram: Unsupported color space: ",n),[e,"LinearTransferOETF"]}}function C0(n,e,t){let i=n.getShaderParameter(e,n.COMPILE_STATUS),s=(n.getShaderInfoLog(e)||"").trim();if(i&&s==="")return"";let a=/ERROR: 0:(\d+)/.exec(s);if(a){let o=parseInt(a[1]);return t.toUpperCase()+`

`+s+`

`+vw(n.getShaderSource(e),o)}else return s}function Sw(n,e){let t=Mw(e);return[`vec4 ${n}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var ww={[$u]:"Linear",[Xu]:"Reinhard",[qu]:"Cineon",[Yu]:"ACESFilmic",[Ku]:"AgX",[Ju]:"Neutral",[Zu]:"Custom"};function Aw(n,e){let t=ww[e];return t===void 0?(Le("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+n+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+n+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var kc=new B;function Ew(){Ke.getLuminanceCoefficients(kc);let n=kc.x.toFixed(4),e=kc.y.toFixed(4),t=kc.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${n}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function Tw(n){return[n.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",n.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(Ba).join(`
`)}function Cw(n){let e=[];for(let t in n){let i=n[t];i!==!1&&e.push("#define "+t+" "+i)}return e.join(`
`)}function Rw(n,e){let t={},i=n.getProgramParameter(e,n.ACTIVE_ATTRIBUTES);for(let r=0;r<i;r++){let s=n.getActiveAttrib(e,r),a=s.name,o=1;s.type===n.FLOAT_MAT2&&(o=2),s.type===n.FLOAT_MAT3&&(o=3),s.type===n.FLOAT_MAT4&&(o=4),t[a]={type:s.type,location:n.getAttribLocation(e,a),locationSize:o}}return t}function Ba(n){return n!==""}function R0(n,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return n.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function P0(n,e){return n.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var Pw=/^[ \t]*#include +<([\w\d./]+)>/gm;function Pf(n){return n.replace(Pw,Iw)}function Iw(n,e){let t=He[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return Pf(t)}var Lw=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function I0(n){return n.replace(Lw,Nw)}function Nw(n,e,t,i){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=i.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function L0(n){let e=`precision ${n.precision} float;
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
#define LOW_PRECISION`),e}var Dw={[Ra]:"SHADOWMAP_TYPE_PCF",[bs]:"SHADOWMAP_TYPE_VSM"};function Fw(n){return Dw[n.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var Ow={[ys]:"ENVMAP_MODE_REFRACTION"};function Uw(n){return n.envMap===!1?"ENVMAP_MODE_REFLECTION":Ow[n.envMapMode]||"ENVMAP_MODE_REFLECTION"}var Bw={[Zl]:"ENVMAP_BLENDING_MULTIPLY",[Kg]:"ENVMAP_BLENDING_MIX",[Jg]:"ENVMAP_BLENDING_ADD"};function kw(n){return n.envMap===!1?"ENVMAP_BLENDING_NONE":Bw[n.combine]||"ENVMAP_BLENDING_NONE"}function zw(n,e,t,i){let r=n.getContext(),s=t.defines,a=t.vertexShader,o=t.fragmentShader,l=Fw(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",h=Uw(t),f=kw(t),u=Tw(t),d=Cw(s),p=r.createProgram(),b,g,m=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(b=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(Ba).join(`
`),b.length>0&&(b+=`
`),g=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(Ba).join(`
`),g.length>0&&(g+=`
`)):(b=[L0(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+h:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(Ba).join(`
`),g=[L0(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+h:"",t.envMap?"#define "+f:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==zn?"#define TONE_MAPPING":"",t.toneMapping!==zn?He.tonemapping_pars_fragment:"",t.toneMapping!==zn?Aw("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",He.colorspace_pars_fragment,Sw("linearToOutputTexel",t.outputColorSpace),Ew(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(Ba).join(`
`)),a=Pf(a),a=R0(a,t),a=P0(a,t),o=Pf(o),o=R0(o,t),o=P0(o,t),a=I0(a),o=I0(o),t.isRawShaderMaterial!==!0&&(m=`#version 300 es
`,b=[u,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+b,g=["#define varying in",t.glslVersion===hf?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===hf?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let v=m+b+a,A=m+g+o,_=E0(r,r.VERTEX_SHADER,v),E=E0(r,r.FRAGMENT_SHADER,A);r.attachShader(p,_),r.attachShader(p,E),t.index0AttributeName!==void 0?r.bindAttribLocation(p,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(p,0,"position"),r.linkProgram(p);function w(T){if(n.debug.checkShaderErrors){let P=r.getProgramInfoLog(p)||"",I=r.getShaderInfoLog(_)||"",O=r.getShaderInfoLog(E)||"",R=P.trim(),D=I.trim(),H=O.trim(),k=!0,K=!0;if(r.getProgramParameter(p,r.LINK_STATUS)===!1)if(k=!1,typeof n.debug.onShaderError=="function")n.debug.onShaderError(r,p,_,E);else{let $=C0(r,_,"vertex"),Z=C0(r,E,"fragment");De("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(p,r.VALIDATE_STATUS)+`

Material Name: `+T.name+`
Material Type: `+T.type+`

Program Info Log: `+R+`
`+$+`
`+Z)}else R!==""?Le("WebGLProgram: Program Info Log:",R):(D===""||H==="")&&(K=!1);K&&(T.diagnostics={runnable:k,programLog:R,vertexShader:{log:D,prefix:b},fragmentShader:{log:H,prefix:g}})}r.deleteShader(_),r.deleteShader(E),x=new vs(r,p),S=Rw(r,p)}let x;this.getUniforms=function(){return x===void 0&&w(this),x};let S;this.getAttributes=function(){return S===void 0&&w(this),S};let N=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return N===!1&&(N=r.getProgramParameter(p,yw)),N},this.destroy=function(){i.releaseStatesOfProgram(this),r.deleteProgram(p),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=_w++,this.cacheKey=e,this.usedTimes=1,this.program=p,this.vertexShader=_,this.fragmentShader=E,this}var Vw=0,If=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,i){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(i)===!1&&(r.add(i),i.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let i of t)i.usedTimes--,i.usedTimes===0&&this.shaderCache.delete(i.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,i=t.get(e);return i===void 0&&(i=new Set,t.set(e,i)),i}_getShaderStage(e){let t=this.shaderCache,i=t.get(e);return i===void 0&&(i=new Lf(e),t.set(e,i)),i}},Lf=class{constructor(e){this.id=Vw++,this.code=e,this.usedTimes=0}};function Gw(n){return n===Di||n===Fa||n===Oa}function Hw(n,e,t,i,r,s){let a=new as,o=new If,l=new Set,c=[],h=new Map,f=i.logarithmicDepthBuffer,u={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function d(x){return l.add(x),x===0?"uv":`uv${x}`}function p(x,S,N,T,P,I){let O=T.fog,R=P.geometry,D=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?T.environment:null,H=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,k=e.get(x.envMap||D,H),K=u[x.type],$=i.precision;x.precision!==null&&($=i.getMaxPrecision(x.precision),$!==x.precision&&Le("WebGLProgram.getParameters:",x.precision,"not supported, using",$,"instead."));let Z=R.morphAttributes.position||R.morphAttributes.normal||R.morphAttributes.color,ne=Z!==void 0?Z.length:0,ee=0;R.morphAttributes.position!==void 0&&(ee=1),R.morphAttributes.normal!==void 0&&(ee=2),R.morphAttributes.color!==void 0&&(ee=3);let Me,X,ie,le;if(K){let ye=Gn[K];Me=ye.vertexShader,X=ye.fragmentShader}else{Me=x.vertexShader,X=x.fragmentShader;let ye=o.getVertexShaderStage(x),at=o.getFragmentShaderStage(x);o.update(x,ye,at),ie=ye.id,le=at.id}let be=n.getRenderTarget(),te=n.state.buffers.depth.getReversed(),Se=P.isInstancedMesh===!0,Xe=P.isBatchedMesh===!0,Te=!!x.map,qe=!!x.matcap,et=!!k,xe=et&&k.isPMREMTexture===!0,Je=!!x.aoMap,tt=!!x.lightMap,ht=!!x.bumpMap&&x.wireframe===!1,nt=!!x.normalMap,ot=!!x.displacementMap,gt=!!x.emissiveMap,bt=!!x.metalnessMap,hn=!!x.roughnessMap,un=x.anisotropy>0,U=x.clearcoat>0,fn=x.diffuseRoughness>0,dt=x.dispersion>0,pt=x.retroreflectivity>0,ge=x.iridescence>0,wt=x.sheen>0,Ne=x.transmission>0,Oe=un&&!!x.anisotropyMap,C=U&&!!x.clearcoatMap,y=U&&!!x.clearcoatNormalMap,V=U&&!!x.clearcoatRoughnessMap,se=fn&&!!x.diffuseRoughnessMap,Q=ge&&!!x.iridescenceMap,ce=ge&&!!x.iridescenceThicknessMap,pe=wt&&!!x.sheenColorMap,Y=wt&&!!x.sheenRoughnessMap,J=!!x.specularMap,ue=!!x.specularColorMap,L=!!x.specularIntensityMap,j=Ne&&!!x.transmissionMap,q=Ne&&!!x.thicknessMap,fe=!!x.gradientMap,oe=!!x.alphaMap,he=x.alphaTest>0,Re=!!x.alphaHash,Ge=!!x.extensions,ae=zn;x.toneMapped&&(be===null||be.isXRRenderTarget===!0)&&(ae=n.toneMapping);let Ie=xe?k.isCompressedCubeTexture?k.image[0].mipmaps:k.mipmaps:null,Ve={shaderID:K,shaderType:x.type,shaderName:x.name,vertexShader:Me,fragmentShader:X,defines:x.defines,customVertexShaderID:ie,customFragmentShaderID:le,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:$,batching:Xe,batchingColor:Xe&&P._colorsTexture!==null,instancing:Se,instancingColor:Se&&P.instanceColor!==null,instancingMorph:Se&&P.morphTexture!==null,outputColorSpace:be===null?n.outputColorSpace:be.isXRRenderTarget===!0?be.texture.colorSpace:Ke.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:Te,matcap:qe,envMap:et,envMapMode:et&&k.mapping,envMapPMREM:xe,envMapMaxLod:xe?Ie.length-1:null,envMapSize:xe?Ie[0].width:null,aoMap:Je,lightMap:tt,bumpMap:ht,normalMap:nt,displacementMap:ot,emissiveMap:gt,normalMapObjectSpace:nt&&x.normalMapType===e0,normalMapTangentSpace:nt&&x.normalMapType===Oc,packedNormalMap:nt&&x.normalMapType===Oc&&Gw(x.normalMap.format),metalnessMap:bt,roughnessMap:hn,anisotropy:un,anisotropyMap:Oe,clearcoat:U,clearcoatMap:C,clearcoatNormalMap:y,clearcoatRoughnessMap:V,diffuseRoughness:fn,diffuseRoughnessMap:se,dispersion:dt,retroreflection:pt,iridescence:ge,iridescenceMap:Q,iridescenceThicknessMap:ce,sheen:wt,sheenColorMap:pe,sheenRoughnessMap:Y,specularMap:J,specularColorMap:ue,specularIntensityMap:L,transmission:Ne,transmissionMap:j,thicknessMap:q,gradientMap:fe,opaque:x.transparent===!1&&x.blending===xs&&x.alphaToCoverage===!1,alphaMap:oe,alphaTest:he,alphaHash:Re,combine:x.combine,mapUv:Te&&d(x.map.channel),aoMapUv:Je&&d(x.aoMap.channel),lightMapUv:tt&&d(x.lightMap.channel),bumpMapUv:ht&&d(x.bumpMap.channel),normalMapUv:nt&&d(x.normalMap.channel),displacementMapUv:ot&&d(x.displacementMap.channel),emissiveMapUv:gt&&d(x.emissiveMap.channel),metalnessMapUv:bt&&d(x.metalnessMap.channel),roughnessMapUv:hn&&d(x.roughnessMap.channel),anisotropyMapUv:Oe&&d(x.anisotropyMap.channel),clearcoatMapUv:C&&d(x.clearcoatMap.channel),clearcoatNormalMapUv:y&&d(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:V&&d(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:se&&d(x.diffuseRoughnessMap.channel),iridescenceMapUv:Q&&d(x.iridescenceMap.channel),iridescenceThicknessMapUv:ce&&d(x.iridescenceThicknessMap.channel),sheenColorMapUv:pe&&d(x.sheenColorMap.channel),sheenRoughnessMapUv:Y&&d(x.sheenRoughnessMap.channel),specularMapUv:J&&d(x.specularMap.channel),specularColorMapUv:ue&&d(x.specularColorMap.channel),specularIntensityMapUv:L&&d(x.specularIntensityMap.channel),transmissionMapUv:j&&d(x.transmissionMap.channel),thicknessMapUv:q&&d(x.thicknessMap.channel),alphaMapUv:oe&&d(x.alphaMap.channel),vertexTangents:!!R.attributes.tangent&&(nt||un),vertexNormals:!!R.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!R.attributes.color&&R.attributes.color.itemSize===4,pointsUvs:P.isPoints===!0&&!!R.attributes.uv&&(Te||oe),fog:!!O,useFog:x.fog===!0,fogExp2:!!O&&O.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||R.attributes.normal===void 0&&nt===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:f,reversedDepthBuffer:te,skinning:P.isSkinnedMesh===!0,hasPositionAttribute:R.attributes.position!==void 0,morphTargets:R.morphAttributes.position!==void 0,morphNormals:R.morphAttributes.normal!==void 0,morphColors:R.morphAttributes.color!==void 0,morphTargetsCount:ne,morphTextureStride:ee,numSunLights:S.sun.length,numDirLights:S.directional.length,numPointLights:S.point.length,numSpotLights:S.spot.length,numSpotLightMaps:S.spotLightMap.length,numRectAreaLights:S.rectArea.length,numHemiLights:S.hemi.length,numSunLightShadows:S.sunShadowMap.length,numDirLightShadows:S.directionalShadowMap.length,numPointLightShadows:S.pointShadowMap.length,numSpotLightShadows:S.spotShadowMap.length,numSpotLightShadowsWithMaps:S.numSpotLightShadowsWithMaps,numLightProbes:S.numLightProbes,numLightProbeGrids:I.filter(ye=>ye.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:x.dithering,shadowMapEnabled:n.shadowMap.enabled&&N.length>0,shadowMapType:n.shadowMap.type,toneMapping:ae,decodeVideoTexture:Te&&x.map.isVideoTexture===!0&&Ke.getTransfer(x.map.colorSpace)===st,decodeVideoTextureEmissive:gt&&x.emissiveMap.isVideoTexture===!0&&Ke.getTransfer(x.emissiveMap.colorSpace)===st,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===_n,flipSided:x.side===Jt,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:Ge&&x.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Ge&&x.extensions.multiDraw===!0||Xe)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return Ve.vertexUv1s=l.has(1),Ve.vertexUv2s=l.has(2),Ve.vertexUv3s=l.has(3),l.clear(),Ve}function b(x){let S=[];if(x.shaderID?S.push(x.shaderID):(S.push(x.customVertexShaderID),S.push(x.customFragmentShaderID)),x.defines!==void 0)for(let N in x.defines)S.push(N),S.push(x.defines[N]);return x.isRawShaderMaterial===!1&&(g(S,x),m(S,x),S.push(n.outputColorSpace)),S.push(x.customProgramCacheKey),S.join()}function g(x,S){x.push(S.precision),x.push(S.outputColorSpace),x.push(S.envMapMode),x.push(S.envMapPMREM),x.push(S.envMapMaxLod),x.push(S.envMapSize),x.push(S.mapUv),x.push(S.alphaMapUv),x.push(S.lightMapUv),x.push(S.aoMapUv),x.push(S.bumpMapUv),x.push(S.normalMapUv),x.push(S.displacementMapUv),x.push(S.emissiveMapUv),x.push(S.metalnessMapUv),x.push(S.roughnessMapUv),x.push(S.anisotropyMapUv),x.push(S.clearcoatMapUv),x.push(S.clearcoatNormalMapUv),x.push(S.clearcoatRoughnessMapUv),x.push(S.diffuseRoughnessMapUv),x.push(S.iridescenceMapUv),x.push(S.iridescenceThicknessMapUv),x.push(S.sheenColorMapUv),x.push(S.sheenRoughnessMapUv),x.push(S.specularMapUv),x.push(S.specularColorMapUv),x.push(S.specularIntensityMapUv),x.push(S.transmissionMapUv),x.push(S.thicknessMapUv),x.push(S.combine),x.push(S.fogExp2),x.push(S.sizeAttenuation),x.push(S.morphTargetsCount),x.push(S.numSunLights),x.push(S.numDirLights),x.push(S.numPointLights),x.push(S.numSpotLights),x.push(S.numSpotLightMaps),x.push(S.numHemiLights),x.push(S.numRectAreaLights),x.push(S.numSunLightShadows),x.push(S.numDirLightShadows),x.push(S.numPointLightShadows),x.push(S.numSpotLightShadows),x.push(S.numSpotLightShadowsWithMaps),x.push(S.numLightProbes),x.push(S.numLightProbeGrids),x.push(S.shadowMapType),x.push(S.toneMapping),x.push(S.numClippingPlanes),x.push(S.numClipIntersection),x.push(S.depthPacking)}function m(x,S){a.disableAll(),S.instancing&&a.enable(0),S.instancingColor&&a.enable(1),S.instancingMorph&&a.enable(2),S.matcap&&a.enable(3),S.envMap&&a.enable(4),S.normalMapObjectSpace&&a.enable(5),S.normalMapTangentSpace&&a.enable(6),S.clearcoat&&a.enable(7),S.iridescence&&a.enable(8),S.alphaTest&&a.enable(9),S.vertexColors&&a.enable(10),S.vertexAlphas&&a.enable(11),S.vertexUv1s&&a.enable(12),S.vertexUv2s&&a.enable(13),S.vertexUv3s&&a.enable(14),S.vertexTangents&&a.enable(15),S.anisotropy&&a.enable(16),S.alphaHash&&a.enable(17),S.batching&&a.enable(18),S.dispersion&&a.enable(19),S.retroreflection&&a.enable(24),S.diffuseRoughness&&a.enable(25),S.batchingColor&&a.enable(20),S.gradientMap&&a.enable(21),S.packedNormalMap&&a.enable(22),S.vertexNormals&&a.enable(23),x.push(a.mask),a.disableAll(),S.fog&&a.enable(0),S.useFog&&a.enable(1),S.flatShading&&a.enable(2),S.logarithmicDepthBuffer&&a.enable(3),S.reversedDepthBuffer&&a.enable(4),S.skinning&&a.enable(5),S.morphTargets&&a.enable(6),S.morphNormals&&a.enable(7),S.morphColors&&a.enable(8),S.premultipliedAlpha&&a.enable(9),S.shadowMapEnabled&&a.enable(10),S.doubleSided&&a.enable(11),S.flipSided&&a.enable(12),S.useDepthPacking&&a.enable(13),S.dithering&&a.enable(14),S.transmission&&a.enable(15),S.sheen&&a.enable(16),S.opaque&&a.enable(17),S.pointsUvs&&a.enable(18),S.decodeVideoTexture&&a.enable(19),S.decodeVideoTextureEmissive&&a.enable(20),S.alphaToCoverage&&a.enable(21),S.numLightProbeGrids>0&&a.enable(22),S.hasPositionAttribute&&a.enable(23),x.push(a.mask)}function v(x){let S=u[x.type],N;if(S){let T=Gn[S];N=d0.clone(T.uniforms)}else N=x.uniforms;return N}function A(x,S){let N=h.get(S);return N!==void 0?++N.usedTimes:(N=new zw(n,S,x,r),c.push(N),h.set(S,N)),N}function _(x){if(--x.usedTimes===0){let S=c.indexOf(x);c[S]=c[c.length-1],c.pop(),h.delete(x.cacheKey),x.destroy()}}function E(x){o.remove(x)}function w(){o.dispose()}return{getParameters:p,getProgramCacheKey:b,getUniforms:v,acquireProgram:A,releaseProgram:_,releaseShaderCache:E,programs:c,dispose:w}}function Ww(){let n=new WeakMap;function e(a){return n.has(a)}function t(a){let o=n.get(a);return o===void 0&&(o={},n.set(a,o)),o}function i(a){n.delete(a)}function r(a,o,l){n.get(a)[o]=l}function s(){n=new WeakMap}return{has:e,get:t,remove:i,update:r,dispose:s}}function $w(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.material.id!==e.material.id?n.material.id-e.material.id:n.materialVariant!==e.materialVariant?n.materialVariant-e.materialVariant:n.z!==e.z?n.z-e.z:n.id-e.id}function N0(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.z!==e.z?e.z-n.z:n.id-e.id}function D0(){let n=[],e=0,t=[],i=[],r=[];function s(){e=0,t.length=0,i.length=0,r.length=0}function a(u){let d=0;return u.isInstancedMesh&&(d+=2),u.isSkinnedMesh&&(d+=1),d}function o(u,d,p,b,g,m){let v=n[e];return v===void 0?(v={id:u.id,object:u,geometry:d,material:p,materialVariant:a(u),groupOrder:b,renderOrder:u.renderOrder,z:g,group:m},n[e]=v):(v.id=u.id,v.object=u,v.geometry=d,v.material=p,v.materialVariant=a(u),v.groupOrder=b,v.renderOrder=u.renderOrder,v.z=g,v.group=m),e++,v}function l(u,d,p,b,g,m,v){v.reversedDepth===!0&&(g=-g);let A=o(u,d,p,b,g,m);p.transmission>0?i.push(A):p.transparent===!0?r.push(A):t.push(A)}function c(u,d,p,b,g,m){let v=o(u,d,p,b,g,m);p.transmission>0?i.unshift(v):p.transparent===!0?r.unshift(v):t.unshift(v)}function h(u,d){t.length>1&&t.sort(u||$w),i.length>1&&i.sort(d||N0),r.length>1&&r.sort(d||N0)}function f(){for(let u=e,d=n.length;u<d;u++){let p=n[u];if(p.id===null)break;p.id=null,p.object=null,p.geometry=null,p.material=null,p.group=null}}return{opaque:t,transmissive:i,transparent:r,init:s,push:l,unshift:c,finish:f,sort:h}}function Xw(){let n=new WeakMap;function e(i,r){let s=n.get(i),a;return s===void 0?(a=new D0,n.set(i,[a])):r>=s.length?(a=new D0,s.push(a)):a=s[r],a}function t(){n=new WeakMap}return{get:e,dispose:t}}function qw(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new B,color:new ke};break;case"SpotLight":t={position:new B,direction:new B,color:new ke,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new B,color:new ke,distance:0,decay:0};break;case"HemisphereLight":t={direction:new B,skyColor:new ke,groundColor:new ke};break;case"RectAreaLight":t={color:new ke,position:new B,halfWidth:new B,halfHeight:new B};break}return n[e.id]=t,t}}}function Yw(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Pe};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Pe};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Pe,shadowCameraNear:1,shadowCameraFar:1e3};break}return n[e.id]=t,t}}}var Zw=0;function Kw(n,e){return(e.castShadow?2:0)-(n.castShadow?2:0)+(e.map?1:0)-(n.map?1:0)}function Jw(n){let e=new qw,t=Yw(),i={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)i.probe.push(new B);let r=new B,s=new Qe,a=new Qe;function o(c){let h=0,f=0,u=0;for(let I=0;I<9;I++)i.probe[I].set(0,0,0);let d=0,p=0,b=0,g=0,m=0,v=0,A=0,_=0,E=0,w=0,x=0,S=0,N=0,T=0;c.sort(Kw);for(let I=0,O=c.length;I<O;I++){let R=c[I],D=R.color,H=R.intensity,k=R.distance,K=null;if(R.shadow&&R.shadow.map&&(R.shadow.map.texture.format===Di?K=R.shadow.map.texture:K=R.shadow.map.depthTexture||R.shadow.map.texture),R.isAmbientLight)h+=D.r*H,f+=D.g*H,u+=D.b*H;else if(R.isLightProbe){for(let $=0;$<9;$++)i.probe[$].addScaledVector(R.sh.coefficients[$],H);T++}else if(R.isSunLight){let $=e.get(R);if($.color.copy(R.color).multiplyScalar(R.intensity),R.castShadow){let Z=R.shadow,ne=t.get(R);ne.shadowIntensity=Z.intensity,ne.shadowBias=Z.bias,ne.shadowNormalBias=Z.normalBias,ne.shadowRadius=Z.radius,ne.shadowMapSize.copy(Z.mapSize).multiply(Z.getFrameExtents()),i.sunShadow[p]=ne,i.sunShadowMap[p]=K;let ee=Z.getViewportCount();for(let Me=0;Me<ee;Me++)i.sunShadowMatrix[b+Me]=Z.getMatrix(Me),i.sunShadowCascade[b+Me]=Z._cascadeData[Me];b+=ee,p++}i.sun[d]=$,d++}else if(R.isDirectionalLight){let $=e.get(R);if($.color.copy(R.color).multiplyScalar(R.intensity),R.castShadow){let Z=R.shadow,ne=t.get(R);ne.shadowIntensity=Z.intensity,ne.shadowBias=Z.bias,ne.shadowNormalBias=Z.normalBias,ne.shadowRadius=Z.radius,ne.shadowMapSize=Z.mapSize,i.directionalShadow[g]=ne,i.directionalShadowMap[g]=K,i.directionalShadowMatrix[g]=R.shadow.matrix,E++}i.directional[g]=$,g++}else if(R.isSpotLight){let $=e.get(R);$.position.setFromMatrixPosition(R.matrixWorld),$.color.copy(D).multiplyScalar(H),$.distance=k,$.coneCos=Math.cos(R.angle),$.penumbraCos=Math.cos(R.angle*(1-R.penumbra)),$.decay=R.decay,i.spot[v]=$;let Z=R.shadow;if(R.map&&(i.spotLightMap[S]=R.map,S++,Z.updateMatrices(R),R.castShadow&&N++),i.spotLightMatrix[v]=Z.matrix,R.castShadow){let ne=t.get(R);ne.shadowIntensity=Z.intensity,ne.shadowBias=Z.bias,ne.shadowNormalBias=Z.normalBias,ne.shadowRadius=Z.radius,ne.shadowMapSize=Z.mapSize,i.spotShadow[v]=ne,i.spotShadowMap[v]=K,x++}v++}else if(R.isRectAreaLight){let $=e.get(R);$.color.copy(D).multiplyScalar(H),$.halfWidth.set(R.width*.5,0,0),$.halfHeight.set(0,R.height*.5,0),i.rectArea[A]=$,A++}else if(R.isPointLight){let $=e.get(R);if($.color.copy(R.color).multiplyScalar(R.intensity),$.distance=R.distance,$.decay=R.decay,R.castShadow){let Z=R.shadow,ne=t.get(R);ne.shadowIntensity=Z.intensity,ne.shadowBias=Z.bias,ne.shadowNormalBias=Z.normalBias,ne.shadowRadius=Z.radius,ne.shadowMapSize=Z.mapSize,ne.shadowCameraNear=Z.camera.near,ne.shadowCameraFar=Z.camera.far,i.pointShadow[m]=ne,i.pointShadowMap[m]=K,i.pointShadowMatrix[m]=R.shadow.matrix,w++}i.point[m]=$,m++}else if(R.isHemisphereLight){let $=e.get(R);$.skyColor.copy(R.color).multiplyScalar(H),$.groundColor.copy(R.groundColor).multiplyScalar(H),i.hemi[_]=$,_++}}A>0&&(n.has("OES_texture_float_linear")===!0?(i.rectAreaLTC1=_e.LTC_FLOAT_1,i.rectAreaLTC2=_e.LTC_FLOAT_2):(i.rectAreaLTC1=_e.LTC_HALF_1,i.rectAreaLTC2=_e.LTC_HALF_2)),i.ambient[0]=h,i.ambient[1]=f,i.ambient[2]=u;let P=i.hash;(P.sunLength!==d||P.directionalLength!==g||P.pointLength!==m||P.spotLength!==v||P.rectAreaLength!==A||P.hemiLength!==_||P.numSunShadows!==p||P.numDirectionalShadows!==E||P.numPointShadows!==w||P.numSpotShadows!==x||P.numSpotMaps!==S||P.numLightProbes!==T)&&(i.sun.length=d,i.directional.length=g,i.spot.length=v,i.rectArea.length=A,i.point.length=m,i.hemi.length=_,i.sunShadow.length=p,i.sunShadowMap.length=p,i.sunShadowMatrix.length=b,i.sunShadowCascade.length=b,i.directionalShadow.length=E,i.directionalShadowMap.length=E,i.directionalShadowMatrix.length=E,i.pointShadow.length=w,i.pointShadowMap.length=w,i.pointShadowMatrix.length=w,i.spotShadow.length=x,i.spotShadowMap.length=x,i.spotLightMatrix.length=x+S-N,i.spotLightMap.length=S,i.numSpotLightShadowsWithMaps=N,i.numLightProbes=T,P.sunLength=d,P.directionalLength=g,P.pointLength=m,P.spotLength=v,P.rectAreaLength=A,P.hemiLength=_,P.numSunShadows=p,P.numDirectionalShadows=E,P.numPointShadows=w,P.numSpotShadows=x,P.numSpotMaps=S,P.numLightProbes=T,i.version=Zw++)}function l(c,h){let f=0,u=0,d=0,p=0,b=0,g=0,m=h.matrixWorldInverse;for(let v=0,A=c.length;v<A;v++){let _=c[v];if(_.isSunLight){let E=i.sun[f];E.direction.setFromMatrixPosition(_.matrixWorld),E.direction.transformDirection(m),f++}else if(_.isDirectionalLight){let E=i.directional[u];E.direction.setFromMatrixPosition(_.matrixWorld),r.setFromMatrixPosition(_.target.matrixWorld),E.direction.sub(r),E.direction.transformDirection(m),u++}else if(_.isSpotLight){let E=i.spot[p];E.position.setFromMatrixPosition(_.matrixWorld),E.position.applyMatrix4(m),E.direction.setFromMatrixPosition(_.matrixWorld),r.setFromMatrixPosition(_.target.matrixWorld),E.direction.sub(r),E.direction.transformDirection(m),p++}else if(_.isRectAreaLight){let E=i.rectArea[b];E.position.setFromMatrixPosition(_.matrixWorld),E.position.applyMatrix4(m),a.identity(),s.copy(_.matrixWorld),s.premultiply(m),a.extractRotation(s),E.halfWidth.set(_.width*.5,0,0),E.halfHeight.set(0,_.height*.5,0),E.halfWidth.applyMatrix4(a),E.halfHeight.applyMatrix4(a),b++}else if(_.isPointLight){let E=i.point[d];E.position.setFromMatrixPosition(_.matrixWorld),E.position.applyMatrix4(m),d++}else if(_.isHemisphereLight){let E=i.hemi[g];E.direction.setFromMatrixPosition(_.matrixWorld),E.direction.transformDirection(m),g++}}}return{setup:o,setupView:l,state:i}}function F0(n){let e=new Jw(n),t=[],i=[],r=[];function s(f){h.camera=f,t.length=0,i.length=0,r.length=0}function a(f){f.isLightProbeGrid?r.push(f):t.push(f)}function o(f){i.push(f)}function l(){e.setup(t),r.sort((f,u)=>f.priority-u.priority||f.id-u.id)}function c(f){e.setupView(t,f)}let h={lightsArray:t,shadowsArray:i,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:h,setupLights:l,setupLightsView:c,pushLight:a,pushShadow:o}}function jw(n){let e=new WeakMap;function t(r,s=0){let a=e.get(r),o;return a===void 0?(o=new F0(n),e.set(r,[o])):s>=a.length?(o=new F0(n),a.push(o)):o=a[s],o}function i(){e=new WeakMap}return{get:t,dispose:i}}var Qw=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,eA=`uniform sampler2D shadow_pass;
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
}`,tA=[new B(1,0,0),new B(-1,0,0),new B(0,1,0),new B(0,-1,0),new B(0,0,1),new B(0,0,-1)],nA=[new B(0,-1,0),new B(0,-1,0),new B(0,0,1),new B(0,0,-1),new B(0,-1,0),new B(0,-1,0)],O0=new Qe,Ua=new B,Ef=new B;function iA(n,e,t){let i=new Ei,r=new Pe,s=new Pe,a=new mt,o=new Dl,l=new Fl,c={},h=t.maxTextureSize,f={[Ni]:Jt,[Jt]:Ni,[_n]:_n},u=new kn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Pe},radius:{value:4}},vertexShader:Qw,fragmentShader:eA}),d=u.clone();d.defines.HORIZONTAL_PASS=1;let p=new St;p.setAttribute("position",new Mt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let b=new Kt(p,u),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Ra;let m=this.type;this.render=function(w,x,S){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||w.length===0)return;this.type===Ig&&(Le("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Ra);let N=n.getRenderTarget(),T=n.getActiveCubeFace(),P=n.getActiveMipmapLevel(),I=n.state;I.setBlending(or),I.buffers.depth.getReversed()===!0?I.buffers.color.setClear(0,0,0,0):I.buffers.color.setClear(1,1,1,1),I.buffers.depth.setTest(!0),I.setScissorTest(!1);let O=m!==this.type;O&&x.traverse(function(R){R.material&&(Array.isArray(R.material)?R.material.forEach(D=>D.needsUpdate=!0):R.material.needsUpdate=!0)});for(let R=0,D=w.length;R<D;R++){let H=w[R],k=H.shadow;if(k===void 0){Le("WebGLShadowMap:",H,"has no shadow.");continue}if(k.autoUpdate===!1&&k.needsUpdate===!1)continue;r.copy(k.mapSize);let K=k.getFrameExtents();r.multiply(K),s.copy(k.mapSize),(r.x>h||r.y>h)&&(r.x>h&&(s.x=Math.floor(h/K.x),r.x=s.x*K.x,k.mapSize.x=s.x),r.y>h&&(s.y=Math.floor(h/K.y),r.y=s.y*K.y,k.mapSize.y=s.y));let $=n.state.buffers.depth.getReversed();if(k.camera._reversedDepth=$,k.map===null||O===!0){if(k.map!==null&&(k.map.depthTexture!==null&&(k.map.depthTexture.dispose(),k.map.depthTexture=null),k.map.dispose()),this.type===bs){if(H.isPointLight){Le("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}k.map=new ln(r.x,r.y,{format:Di,type:Ln,minFilter:Yt,magFilter:Yt,generateMipmaps:!1}),k.map.texture.name=H.name+".shadowMap",k.map.depthTexture=new ai(r.x,r.y,vn),k.map.depthTexture.name=H.name+".shadowMapDepth",k.map.depthTexture.format=ii,k.map.depthTexture.compareFunction=null,k.map.depthTexture.minFilter=Dt,k.map.depthTexture.magFilter=Dt}else H.isPointLight?(k.map=new ka(r.x),k.map.depthTexture=new ba(r.x,In)):(k.map=new ln(r.x,r.y),k.map.depthTexture=new ai(r.x,r.y,In)),k.map.depthTexture.name=H.name+".shadowMap",k.map.depthTexture.format=ii,this.type===Ra?(k.map.depthTexture.compareFunction=$?of:af,k.map.depthTexture.minFilter=Yt,k.map.depthTexture.magFilter=Yt):(k.map.depthTexture.compareFunction=null,k.map.depthTexture.minFilter=Dt,k.map.depthTexture.magFilter=Dt);k.camera.updateProjectionMatrix()}k.map.isWebGLCubeRenderTarget!==!0&&(k.map.width!==r.x||k.map.height!==r.y)&&k.map.setSize(r.x,r.y);let Z=k.map.isWebGLCubeRenderTarget?6:k.getViewportCount();H.isPointLight!==!0&&k.updateMatrices(H,S);let ne=(k.camera.layers.mask&4294967294)!==0?k.camera.layers:S.layers;for(let ee=0;ee<Z;ee++){let Me=k.getCamera(ee);if(H.isPointLight){let X=k.camera,ie=k.matrix,le=H.distance||X.far;le!==X.far&&(X.far=le,X.updateProjectionMatrix()),Ua.setFromMatrixPosition(H.matrixWorld),X.position.copy(Ua),Ef.copy(X.position),Ef.add(tA[ee]),X.up.copy(nA[ee]),X.lookAt(Ef),X.updateMatrixWorld(),ie.makeTranslation(-Ua.x,-Ua.y,-Ua.z),O0.multiplyMatrices(X.projectionMatrix,X.matrixWorldInverse),k._frustum.setFromProjectionMatrix(O0,X.coordinateSystem,X.reversedDepth)}if(k.map.isWebGLCubeRenderTarget)n.setRenderTarget(k.map,ee),n.clear();else{ee===0&&(n.setRenderTarget(k.map),n.clear());let X=k.getViewport(ee);a.set(s.x*X.x,s.y*X.y,s.x*X.z,s.y*X.w),I.viewport(a)}i=k.getFrustum(ee),_(x,S,Me,H,ne,this.type)}k.isPointLightShadow!==!0&&this.type===bs&&v(k,S),k.needsUpdate=!1}m=this.type,g.needsUpdate=!1,n.setRenderTarget(N,T,P)};function v(w,x){let S=e.update(b);u.defines.VSM_SAMPLES!==w.blurSamples&&(u.defines.VSM_SAMPLES=w.blurSamples,d.defines.VSM_SAMPLES=w.blurSamples,u.needsUpdate=!0,d.needsUpdate=!0),w.mapPass===null?w.mapPass=new ln(r.x,r.y,{format:Di,type:Ln}):(w.mapPass.width!==w.map.width||w.mapPass.height!==w.map.height)&&w.mapPass.setSize(w.map.width,w.map.height),u.uniforms.shadow_pass.value=w.map.depthTexture,u.uniforms.resolution.value.set(w.map.width,w.map.height),u.uniforms.radius.value=w.radius,n.setRenderTarget(w.mapPass),n.clear(),n.renderBufferDirect(x,null,S,u,b,null),d.uniforms.shadow_pass.value=w.mapPass.texture,d.uniforms.resolution.value.set(w.map.width,w.map.height),d.uniforms.radius.value=w.radius,n.setRenderTarget(w.map),n.clear(),n.renderBufferDirect(x,null,S,d,b,null)}function A(w,x,S,N){let T=null,P=S.isPointLight===!0?w.customDistanceMaterial:w.customDepthMaterial;if(P!==void 0)T=P;else if(T=S.isPointLight===!0?l:o,n.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let I=T.uuid,O=x.uuid,R=c[I];R===void 0&&(R={},c[I]=R);let D=R[O];D===void 0&&(D=T.clone(),R[O]=D,x.addEventListener("dispose",E)),T=D}if(T.visible=x.visible,T.wireframe=x.wireframe,N===bs?T.side=x.shadowSide!==null?x.shadowSide:x.side:T.side=x.shadowSide!==null?x.shadowSide:f[x.side],T.alphaMap=x.alphaMap,T.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,T.map=x.map,T.clipShadows=x.clipShadows,T.clippingPlanes=x.clippingPlanes,T.clipIntersection=x.clipIntersection,T.displacementMap=x.displacementMap,T.displacementScale=x.displacementScale,T.displacementBias=x.displacementBias,T.wireframeLinewidth=x.wireframeLinewidth,T.linewidth=x.linewidth,S.isPointLight===!0&&T.isMeshDistanceMaterial===!0){let I=n.properties.get(T);I.light=S}return T}function _(w,x,S,N,T,P){if(w.visible===!1)return;if(w.layers.test(T)&&(w.isMesh||w.isLine||w.isPoints)&&(w.castShadow||w.receiveShadow&&P===bs)&&(!w.frustumCulled||w.intersectsFrustum(i))){w.modelViewMatrix.multiplyMatrices(S.matrixWorldInverse,w.matrixWorld);let R=e.update(w),D=w.material;if(Array.isArray(D)){let H=R.groups;for(let k=0,K=H.length;k<K;k++){let $=H[k],Z=D[$.materialIndex];if(Z&&Z.visible){let ne=A(w,Z,N,P);w.onBeforeShadow(n,w,x,S,R,ne,$),n.renderBufferDirect(S,null,R,ne,w,$),w.onAfterShadow(n,w,x,S,R,ne,$)}}}else if(D.visible){let H=A(w,D,N,P);w.onBeforeShadow(n,w,x,S,R,H,null),n.renderBufferDirect(S,null,R,H,w,null),w.onAfterShadow(n,w,x,S,R,H,null)}}let O=w.children;for(let R=0,D=O.length;R<D;R++)_(O[R],x,S,N,T,P)}function E(w){w.target.removeEventListener("dispose",E);for(let S in c){let N=c[S],T=w.target.uuid;T in N&&(N[T].dispose(),delete N[T])}}}function rA(n,e){function t(){let L=!1,j=new mt,q=null,fe=new mt(0,0,0,0);return{setMask:function(oe){q!==oe&&!L&&(n.colorMask(oe,oe,oe,oe),q=oe)},setLocked:function(oe){L=oe},setClear:function(oe,he,Re,Ge,ae){ae===!0&&(oe*=Ge,he*=Ge,Re*=Ge),j.set(oe,he,Re,Ge),fe.equals(j)===!1&&(n.clearColor(oe,he,Re,Ge),fe.copy(j))},reset:function(){L=!1,q=null,fe.set(-1,0,0,0)}}}function i(){let L=!1,j=!1,q=null,fe=null,oe=null;return{setReversed:function(he){if(j!==he){let Re=e.get("EXT_clip_control");he?Re.clipControlEXT(Re.LOWER_LEFT_EXT,Re.ZERO_TO_ONE_EXT):Re.clipControlEXT(Re.LOWER_LEFT_EXT,Re.NEGATIVE_ONE_TO_ONE_EXT),j=he;let Ge=oe;oe=null,this.setClear(Ge)}},getReversed:function(){return j},setTest:function(he){he?te(n.DEPTH_TEST):Se(n.DEPTH_TEST)},setMask:function(he){q!==he&&!L&&(n.depthMask(he),q=he)},setFunc:function(he){if(j&&(he=h0[he]),fe!==he){switch(he){case gl:n.depthFunc(n.NEVER);break;case bl:n.depthFunc(n.ALWAYS);break;case xl:n.depthFunc(n.LESS);break;case ts:n.depthFunc(n.LEQUAL);break;case yl:n.depthFunc(n.EQUAL);break;case _l:n.depthFunc(n.GEQUAL);break;case vl:n.depthFunc(n.GREATER);break;case Ml:n.depthFunc(n.NOTEQUAL);break;default:n.depthFunc(n.LEQUAL)}fe=he}},setLocked:function(he){L=he},setClear:function(he){oe!==he&&(oe=he,j&&(he=1-he),n.clearDepth(he))},reset:function(){L=!1,q=null,fe=null,oe=null,j=!1}}}function r(){let L=!1,j=null,q=null,fe=null,oe=null,he=null,Re=null,Ge=null,ae=null;return{setTest:function(Ie){L||(Ie?te(n.STENCIL_TEST):Se(n.STENCIL_TEST))},setMask:function(Ie){j!==Ie&&!L&&(n.stencilMask(Ie),j=Ie)},setFunc:function(Ie,Ve,ye){(q!==Ie||fe!==Ve||oe!==ye)&&(n.stencilFunc(Ie,Ve,ye),q=Ie,fe=Ve,oe=ye)},setOp:function(Ie,Ve,ye){(he!==Ie||Re!==Ve||Ge!==ye)&&(n.stencilOp(Ie,Ve,ye),he=Ie,Re=Ve,Ge=ye)},setLocked:function(Ie){L=Ie},setClear:function(Ie){ae!==Ie&&(n.clearStencil(Ie),ae=Ie)},reset:function(){L=!1,j=null,q=null,fe=null,oe=null,he=null,Re=null,Ge=null,ae=null}}}let s=new t,a=new i,o=new r,l={},c=new WeakMap,h={},f={},u={},d=new WeakMap,p=[],b=null,g=!1,m=null,v=null,A=null,_=null,E=null,w=null,x=null,S=new ke(0,0,0),N=0,T=!1,P=null,I=null,O=null,R=null,D=null,H=n.getParameter(n.MAX_COMBINED_TEXTURE_IMAGE_UNITS),k=!1,K=0,$=n.getParameter(n.VERSION);$.indexOf("WebGL")!==-1?(K=parseFloat(/^WebGL (\d)/.exec($)[1]),k=K>=1):$.indexOf("OpenGL ES")!==-1&&(K=parseFloat(/^OpenGL ES (\d)/.exec($)[1]),k=K>=2);let Z=null,ne={},ee=n.getParameter(n.SCISSOR_BOX),Me=n.getParameter(n.VIEWPORT),X=new mt().fromArray(ee),ie=new mt().fromArray(Me);function le(L,j,q,fe){let oe=new Uint8Array(4),he=n.createTexture();n.bindTexture(L,he),n.texParameteri(L,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(L,n.TEXTURE_MAG_FILTER,n.NEAREST);for(let Re=0;Re<q;Re++)L===n.TEXTURE_3D||L===n.TEXTURE_2D_ARRAY?n.texImage3D(j,0,n.RGBA,1,1,fe,0,n.RGBA,n.UNSIGNED_BYTE,oe):n.texImage2D(j+Re,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,oe);return he}let be={};be[n.TEXTURE_2D]=le(n.TEXTURE_2D,n.TEXTURE_2D,1),be[n.TEXTURE_CUBE_MAP]=le(n.TEXTURE_CUBE_MAP,n.TEXTURE_CUBE_MAP_POSITIVE_X,6),be[n.TEXTURE_2D_ARRAY]=le(n.TEXTURE_2D_ARRAY,n.TEXTURE_2D_ARRAY,1,1),be[n.TEXTURE_3D]=le(n.TEXTURE_3D,n.TEXTURE_3D,1,1),s.setClear(0,0,0,1),a.setClear(1),o.setClear(0),te(n.DEPTH_TEST),a.setFunc(ts),ht(!1),nt(ku),te(n.CULL_FACE),Je(or);function te(L){h[L]!==!0&&(n.enable(L),h[L]=!0)}function Se(L){h[L]!==!1&&(n.disable(L),h[L]=!1)}function Xe(L,j){return u[L]!==j?(n.bindFramebuffer(L,j),u[L]=j,L===n.DRAW_FRAMEBUFFER&&(u[n.FRAMEBUFFER]=j),L===n.FRAMEBUFFER&&(u[n.DRAW_FRAMEBUFFER]=j),!0):!1}function Te(L,j){let q=p,fe=!1;if(L){q=d.get(j),q===void 0&&(q=[],d.set(j,q));let oe=L.textures;if(q.length!==oe.length||q[0]!==n.COLOR_ATTACHMENT0){for(let he=0,Re=oe.length;he<Re;he++)q[he]=n.COLOR_ATTACHMENT0+he;q.length=oe.length,fe=!0}}else q[0]!==n.BACK&&(q[0]=n.BACK,fe=!0);fe&&n.drawBuffers(q)}function qe(L){return b!==L?(n.useProgram(L),b=L,!0):!1}let et={[lr]:n.FUNC_ADD,[Ng]:n.FUNC_SUBTRACT,[Dg]:n.FUNC_REVERSE_SUBTRACT};et[Fg]=n.MIN,et[Og]=n.MAX;let xe={[Ug]:n.ZERO,[Bg]:n.ONE,[kg]:n.SRC_COLOR,[Hu]:n.SRC_ALPHA,[$g]:n.SRC_ALPHA_SATURATE,[Hg]:n.DST_COLOR,[Vg]:n.DST_ALPHA,[zg]:n.ONE_MINUS_SRC_COLOR,[Wu]:n.ONE_MINUS_SRC_ALPHA,[Wg]:n.ONE_MINUS_DST_COLOR,[Gg]:n.ONE_MINUS_DST_ALPHA,[Xg]:n.CONSTANT_COLOR,[qg]:n.ONE_MINUS_CONSTANT_COLOR,[Yg]:n.CONSTANT_ALPHA,[Zg]:n.ONE_MINUS_CONSTANT_ALPHA};function Je(L,j,q,fe,oe,he,Re,Ge,ae,Ie){if(L===or){g===!0&&(Se(n.BLEND),g=!1);return}if(g===!1&&(te(n.BLEND),g=!0),L!==Lg){if(L!==m||Ie!==T){if((v!==lr||E!==lr)&&(n.blendEquation(n.FUNC_ADD),v=lr,E=lr),Ie)switch(L){case xs:n.blendFuncSeparate(n.ONE,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case zu:n.blendFunc(n.ONE,n.ONE);break;case Vu:n.blendFuncSeparate(n.ZERO,n.ONE_MINUS_SRC_COLOR,n.ZERO,n.ONE);break;case Gu:n.blendFuncSeparate(n.DST_COLOR,n.ONE_MINUS_SRC_ALPHA,n.ZERO,n.ONE);break;default:De("WebGLState: Invalid blending: ",L);break}else switch(L){case xs:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case zu:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE,n.ONE,n.ONE);break;case Vu:De("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Gu:De("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:De("WebGLState: Invalid blending: ",L);break}A=null,_=null,w=null,x=null,S.set(0,0,0),N=0,m=L,T=Ie}return}oe=oe||j,he=he||q,Re=Re||fe,(j!==v||oe!==E)&&(n.blendEquationSeparate(et[j],et[oe]),v=j,E=oe),(q!==A||fe!==_||he!==w||Re!==x)&&(n.blendFuncSeparate(xe[q],xe[fe],xe[he],xe[Re]),A=q,_=fe,w=he,x=Re),(Ge.equals(S)===!1||ae!==N)&&(n.blendColor(Ge.r,Ge.g,Ge.b,ae),S.copy(Ge),N=ae),m=L,T=!1}function tt(L,j){L.side===_n?Se(n.CULL_FACE):te(n.CULL_FACE);let q=L.side===Jt;j&&(q=!q),ht(q),L.blending===xs&&L.transparent===!1?Je(or):Je(L.blending,L.blendEquation,L.blendSrc,L.blendDst,L.blendEquationAlpha,L.blendSrcAlpha,L.blendDstAlpha,L.blendColor,L.blendAlpha,L.premultipliedAlpha),a.setFunc(L.depthFunc),a.setTest(L.depthTest),a.setMask(L.depthWrite),s.setMask(L.colorWrite);let fe=L.stencilWrite;o.setTest(fe),fe&&(o.setMask(L.stencilWriteMask),o.setFunc(L.stencilFunc,L.stencilRef,L.stencilFuncMask),o.setOp(L.stencilFail,L.stencilZFail,L.stencilZPass)),gt(L.polygonOffset,L.polygonOffsetFactor,L.polygonOffsetUnits),L.alphaToCoverage===!0?te(n.SAMPLE_ALPHA_TO_COVERAGE):Se(n.SAMPLE_ALPHA_TO_COVERAGE)}function ht(L){P!==L&&(L?n.frontFace(n.CW):n.frontFace(n.CCW),P=L)}function nt(L){L!==Rg?(te(n.CULL_FACE),L!==I&&(L===ku?n.cullFace(n.BACK):L===Pg?n.cullFace(n.FRONT):n.cullFace(n.FRONT_AND_BACK))):Se(n.CULL_FACE),I=L}function ot(L){L!==O&&(k&&n.lineWidth(L),O=L)}function gt(L,j,q){L?(te(n.POLYGON_OFFSET_FILL),(R!==j||D!==q)&&(R=j,D=q,a.getReversed()&&(j=-j,q=-q),n.polygonOffset(j,q))):Se(n.POLYGON_OFFSET_FILL)}function bt(L){L?te(n.SCISSOR_TEST):Se(n.SCISSOR_TEST)}function hn(L){L===void 0&&(L=n.TEXTURE0+H-1),Z!==L&&(n.activeTexture(L),Z=L)}function un(L,j,q){q===void 0&&(Z===null?q=n.TEXTURE0+H-1:q=Z);let fe=ne[q];fe===void 0&&(fe={type:void 0,texture:void 0},ne[q]=fe),(fe.type!==L||fe.texture!==j)&&(Z!==q&&(n.activeTexture(q),Z=q),n.bindTexture(L,j||be[L]),fe.type=L,fe.texture=j)}function U(){let L=ne[Z];L!==void 0&&L.type!==void 0&&(n.bindTexture(L.type,null),L.type=void 0,L.texture=void 0)}function fn(){try{n.compressedTexImage2D(...arguments)}catch(L){De("WebGLState:",L)}}function dt(){try{n.compressedTexImage3D(...arguments)}catch(L){De("WebGLState:",L)}}function pt(){try{n.texSubImage2D(...arguments)}catch(L){De("WebGLState:",L)}}function ge(){try{n.texSubImage3D(...arguments)}catch(L){De("WebGLState:",L)}}function wt(){try{n.compressedTexSubImage2D(...arguments)}catch(L){De("WebGLState:",L)}}function Ne(){try{n.compressedTexSubImage3D(...arguments)}catch(L){De("WebGLState:",L)}}function Oe(){try{n.texStorage2D(...arguments)}catch(L){De("WebGLState:",L)}}function C(){try{n.texStorage3D(...arguments)}catch(L){De("WebGLState:",L)}}function y(){try{n.texImage2D(...arguments)}catch(L){De("WebGLState:",L)}}function V(){try{n.texImage3D(...arguments)}catch(L){De("WebGLState:",L)}}function se(L){return f[L]!==void 0?f[L]:n.getParameter(L)}function Q(L,j){f[L]!==j&&(n.pixelStorei(L,j),f[L]=j)}function ce(L){X.equals(L)===!1&&(n.scissor(L.x,L.y,L.z,L.w),X.copy(L))}function pe(L){ie.equals(L)===!1&&(n.viewport(L.x,L.y,L.z,L.w),ie.copy(L))}function Y(L,j){let q=c.get(j);q===void 0&&(q=new WeakMap,c.set(j,q));let fe=q.get(L);fe===void 0&&(fe=n.getUniformBlockIndex(j,L.name),n.uniformBlockBinding(j,fe,fe),q.set(L,fe))}function J(L,j,q){let oe=c.get(j).get(L);l[oe]!==q&&(n.bindBufferBase(n.UNIFORM_BUFFER,oe,q),l[oe]=q)}function ue(){n.disable(n.BLEND),n.disable(n.CULL_FACE),n.disable(n.DEPTH_TEST),n.disable(n.POLYGON_OFFSET_FILL),n.disable(n.SCISSOR_TEST),n.disable(n.STENCIL_TEST),n.disable(n.SAMPLE_ALPHA_TO_COVERAGE),n.blendEquation(n.FUNC_ADD),n.blendFunc(n.ONE,n.ZERO),n.blendFuncSeparate(n.ONE,n.ZERO,n.ONE,n.ZERO),n.blendColor(0,0,0,0),n.colorMask(!0,!0,!0,!0),n.clearColor(0,0,0,0),n.depthMask(!0),n.depthFunc(n.LESS),a.setReversed(!1),n.clearDepth(1),n.stencilMask(4294967295),n.stencilFunc(n.ALWAYS,0,4294967295),n.stencilOp(n.KEEP,n.KEEP,n.KEEP),n.clearStencil(0),n.cullFace(n.BACK),n.frontFace(n.CCW),n.polygonOffset(0,0),n.activeTexture(n.TEXTURE0),n.bindFramebuffer(n.FRAMEBUFFER,null),n.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),n.bindFramebuffer(n.READ_FRAMEBUFFER,null),n.useProgram(null),n.lineWidth(1),n.scissor(0,0,n.canvas.width,n.canvas.height),n.viewport(0,0,n.canvas.width,n.canvas.height),n.pixelStorei(n.PACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,!1),n.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),n.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,n.BROWSER_DEFAULT_WEBGL),n.pixelStorei(n.PACK_ROW_LENGTH,0),n.pixelStorei(n.PACK_SKIP_PIXELS,0),n.pixelStorei(n.PACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_ROW_LENGTH,0),n.pixelStorei(n.UNPACK_IMAGE_HEIGHT,0),n.pixelStorei(n.UNPACK_SKIP_PIXELS,0),n.pixelStorei(n.UNPACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_SKIP_IMAGES,0),h={},f={},Z=null,ne={},u={},l={},d=new WeakMap,p=[],b=null,g=!1,m=null,v=null,A=null,_=null,E=null,w=null,x=null,S=new ke(0,0,0),N=0,T=!1,P=null,I=null,O=null,R=null,D=null,X.set(0,0,n.canvas.width,n.canvas.height),ie.set(0,0,n.canvas.width,n.canvas.height),s.reset(),a.reset(),o.reset()}return{buffers:{color:s,depth:a,stencil:o},enable:te,disable:Se,bindFramebuffer:Xe,drawBuffers:Te,useProgram:qe,setBlending:Je,setMaterial:tt,setFlipSided:ht,setCullFace:nt,setLineWidth:ot,setPolygonOffset:gt,setScissorTest:bt,activeTexture:hn,bindTexture:un,unbindTexture:U,compressedTexImage2D:fn,compressedTexImage3D:dt,texImage2D:y,texImage3D:V,pixelStorei:Q,getParameter:se,updateUBOMapping:Y,uniformBlockBinding:J,texStorage2D:Oe,texStorage3D:C,texSubImage2D:pt,texSubImage3D:ge,compressedTexSubImage2D:wt,compressedTexSubImage3D:Ne,scissor:ce,viewport:pe,reset:ue}}function sA(n,e,t,i,r,s,a){let o=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new Pe,h=new WeakMap,f=new Set,u,d=new WeakMap,p=new Set,b=new FinalizationRegistry(C=>p.delete(C)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function m(C,y){return g?new OffscreenCanvas(C,y):aa("canvas")}function v(C,y,V){let se=1,Q=Oe(C);if((Q.width>V||Q.height>V)&&(se=V/Math.max(Q.width,Q.height)),se<1)if(typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&C instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&C instanceof ImageBitmap||typeof VideoFrame<"u"&&C instanceof VideoFrame){let ce=Math.floor(se*Q.width),pe=Math.floor(se*Q.height);u===void 0&&(u=m(ce,pe));let Y=y?m(ce,pe):u;return Y.width=ce,Y.height=pe,Y.getContext("2d").drawImage(C,0,0,ce,pe),Le("WebGLRenderer: Texture has been resized from ("+Q.width+"x"+Q.height+") to ("+ce+"x"+pe+")."),Y}else return"data"in C&&Le("WebGLRenderer: Image in DataTexture is too big ("+Q.width+"x"+Q.height+")."),C;return C}function A(C){return C.generateMipmaps}function _(C){n.generateMipmap(C)}function E(C){return C.isWebGLCubeRenderTarget?n.TEXTURE_CUBE_MAP:C.isWebGL3DRenderTarget?n.TEXTURE_3D:C.isWebGLArrayRenderTarget||C.isCompressedArrayTexture?n.TEXTURE_2D_ARRAY:n.TEXTURE_2D}function w(C,y,V,se,Q,ce=!1){if(C!==null){if(n[C]!==void 0)return n[C];Le("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+C+"'")}let pe;se&&(pe=e.get("EXT_texture_norm16"),pe||Le("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let Y=y;if(y===n.RED&&(V===n.FLOAT&&(Y=n.R32F),V===n.HALF_FLOAT&&(Y=n.R16F),V===n.UNSIGNED_BYTE&&(Y=n.R8),V===n.UNSIGNED_SHORT&&pe&&(Y=pe.R16_EXT),V===n.SHORT&&pe&&(Y=pe.R16_SNORM_EXT)),y===n.RED_INTEGER&&(V===n.UNSIGNED_BYTE&&(Y=n.R8UI),V===n.UNSIGNED_SHORT&&(Y=n.R16UI),V===n.UNSIGNED_INT&&(Y=n.R32UI),V===n.BYTE&&(Y=n.R8I),V===n.SHORT&&(Y=n.R16I),V===n.INT&&(Y=n.R32I)),y===n.RG&&(V===n.FLOAT&&(Y=n.RG32F),V===n.HALF_FLOAT&&(Y=n.RG16F),V===n.UNSIGNED_BYTE&&(Y=n.RG8),V===n.UNSIGNED_SHORT&&pe&&(Y=pe.RG16_EXT),V===n.SHORT&&pe&&(Y=pe.RG16_SNORM_EXT)),y===n.RG_INTEGER&&(V===n.UNSIGNED_BYTE&&(Y=n.RG8UI),V===n.UNSIGNED_SHORT&&(Y=n.RG16UI),V===n.UNSIGNED_INT&&(Y=n.RG32UI),V===n.BYTE&&(Y=n.RG8I),V===n.SHORT&&(Y=n.RG16I),V===n.INT&&(Y=n.RG32I)),y===n.RGB_INTEGER&&(V===n.UNSIGNED_BYTE&&(Y=n.RGB8UI),V===n.UNSIGNED_SHORT&&(Y=n.RGB16UI),V===n.UNSIGNED_INT&&(Y=n.RGB32UI),V===n.BYTE&&(Y=n.RGB8I),V===n.SHORT&&(Y=n.RGB16I),V===n.INT&&(Y=n.RGB32I)),y===n.RGBA_INTEGER&&(V===n.UNSIGNED_BYTE&&(Y=n.RGBA8UI),V===n.UNSIGNED_SHORT&&(Y=n.RGBA16UI),V===n.UNSIGNED_INT&&(Y=n.RGBA32UI),V===n.BYTE&&(Y=n.RGBA8I),V===n.SHORT&&(Y=n.RGBA16I),V===n.INT&&(Y=n.RGBA32I)),y===n.RGB&&(V===n.UNSIGNED_SHORT&&pe&&(Y=pe.RGB16_EXT),V===n.SHORT&&pe&&(Y=pe.RGB16_SNORM_EXT),V===n.UNSIGNED_INT_5_9_9_9_REV&&(Y=n.RGB9_E5),V===n.UNSIGNED_INT_10F_11F_11F_REV&&(Y=n.R11F_G11F_B10F)),y===n.RGBA){let J=ce?sa:Ke.getTransfer(Q);V===n.FLOAT&&(Y=n.RGBA32F),V===n.HALF_FLOAT&&(Y=n.RGBA16F),V===n.UNSIGNED_BYTE&&(Y=J===st?n.SRGB8_ALPHA8:n.RGBA8),V===n.UNSIGNED_SHORT&&pe&&(Y=pe.RGBA16_EXT),V===n.SHORT&&pe&&(Y=pe.RGBA16_SNORM_EXT),V===n.UNSIGNED_SHORT_4_4_4_4&&(Y=n.RGBA4),V===n.UNSIGNED_SHORT_5_5_5_1&&(Y=n.RGB5_A1)}return(Y===n.R16F||Y===n.R32F||Y===n.RG16F||Y===n.RG32F||Y===n.RGBA16F||Y===n.RGBA32F)&&e.get("EXT_color_buffer_float"),Y}function x(C,y){let V;return C?y===null||y===In||y===hr?V=n.DEPTH24_STENCIL8:y===vn?V=n.DEPTH32F_STENCIL8:y===_s&&(V=n.DEPTH24_STENCIL8,Le("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):y===null||y===In||y===hr?V=n.DEPTH_COMPONENT24:y===vn?V=n.DEPTH_COMPONENT32F:y===_s&&(V=n.DEPTH_COMPONENT16),V}function S(C,y){return A(C)===!0||C.isFramebufferTexture&&C.minFilter!==Dt&&C.minFilter!==Yt?Math.log2(Math.max(y.width,y.height))+1:C.mipmaps.length>0?C.mipmaps.length:C.isCompressedTexture&&Array.isArray(C.image)?y.mipmaps.length:1}function N(C){let y=new WeakRef(C);i.get(C).__ref=y,p.add(y),b.register(C,y,y)}function T(C){let y=i.get(C).__ref;y!==void 0&&(p.delete(y),b.unregister(y))}function P(C){O(C.target)}function I(C){R(C.target)}function O(C){C.removeEventListener("dispose",P),T(C),H(C),C.isVideoTexture&&h.delete(C),C.isHTMLTexture&&f.delete(C)}function R(C){C.removeEventListener("dispose",I),T(C),K(C)}function D(){for(let C of p){let y=C.deref();y!==void 0&&(y.isRenderTarget===!0?R(y):O(y))}p.clear(),f.clear()}function H(C){let y=i.get(C);if(y.__webglInit===void 0)return;let V=C.source,se=d.get(V);if(se){let Q=se[y.__cacheKey];Q.usedTimes--,Q.usedTimes===0&&k(C),Object.keys(se).length===0&&d.delete(V)}i.remove(C)}function k(C){let y=i.get(C);n.deleteTexture(y.__webglTexture);let V=C.source,se=d.get(V);delete se[y.__cacheKey],a.memory.textures--}function K(C){let y=i.get(C);y.__depthDisposeCallback&&y.__depthDisposeCallback();let V=C.depthTexture;if(V&&V.renderTarget===C&&O(V),C.isWebGLCubeRenderTarget)for(let Q=0;Q<6;Q++){if(Array.isArray(y.__webglFramebuffer[Q]))for(let ce=0;ce<y.__webglFramebuffer[Q].length;ce++)n.deleteFramebuffer(y.__webglFramebuffer[Q][ce]);else n.deleteFramebuffer(y.__webglFramebuffer[Q]);y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer[Q])}else{if(Array.isArray(y.__webglFramebuffer))for(let Q=0;Q<y.__webglFramebuffer.length;Q++)n.deleteFramebuffer(y.__webglFramebuffer[Q]);else n.deleteFramebuffer(y.__webglFramebuffer);if(y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer),y.__webglMultisampledFramebuffer&&n.deleteFramebuffer(y.__webglMultisampledFramebuffer),y.__webglColorRenderbuffer)for(let Q=0;Q<y.__webglColorRenderbuffer.length;Q++)y.__webglColorRenderbuffer[Q]&&n.deleteRenderbuffer(y.__webglColorRenderbuffer[Q]);y.__webglDepthRenderbuffer&&n.deleteRenderbuffer(y.__webglDepthRenderbuffer)}let se=C.textures;for(let Q=0,ce=se.length;Q<ce;Q++){let pe=i.get(se[Q]);pe.__webglTexture&&(n.deleteTexture(pe.__webglTexture),a.memory.textures--),i.remove(se[Q])}i.remove(C)}let $=0;function Z(){$=0}function ne(){return $}function ee(C){$=C}function Me(){let C=$;return C>=r.maxTextures&&Le("WebGLTextures: Trying to use "+(C+1)+" texture units while this GPU supports only "+r.maxTextures),$+=1,C}function X(C){let y=[];return y.push(C.wrapS),y.push(C.wrapT),y.push(C.wrapR||0),y.push(C.magFilter),y.push(C.minFilter),y.push(C.anisotropy),y.push(C.internalFormat),y.push(C.format),y.push(C.type),y.push(C.generateMipmaps),y.push(C.mipmapsAutoUpdate),y.push(C.premultiplyAlpha),y.push(C.flipY),y.push(C.unpackAlignment),y.push(C.colorSpace),y.join()}function ie(C,y){let V=i.get(C);if(C.isVideoTexture&&wt(C),C.isRenderTargetTexture===!1&&C.isExternalTexture!==!0&&C.version>0&&V.__version!==C.version){let se=C.image;if(se===null)Le("WebGLRenderer: Texture marked for update but no image data found.");else if(se.complete===!1)Le("WebGLRenderer: Texture marked for update but image is incomplete");else{tt(V,C,y);return}}else C.isExternalTexture&&(V.__webglTexture=C.sourceTexture?C.sourceTexture:null);t.bindTexture(n.TEXTURE_2D,V.__webglTexture,n.TEXTURE0+y)}function le(C,y){let V=i.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&V.__version!==C.version){tt(V,C,y);return}else C.isExternalTexture&&(V.__webglTexture=C.sourceTexture?C.sourceTexture:null);t.bindTexture(n.TEXTURE_2D_ARRAY,V.__webglTexture,n.TEXTURE0+y)}function be(C,y){let V=i.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&V.__version!==C.version){tt(V,C,y);return}t.bindTexture(n.TEXTURE_3D,V.__webglTexture,n.TEXTURE0+y)}function te(C,y){let V=i.get(C);if(C.version>0&&V.__version!==C.version){ht(V,C,y);return}t.bindTexture(n.TEXTURE_CUBE_MAP,V.__webglTexture,n.TEXTURE0+y)}let Se={[Sl]:n.REPEAT,[Bn]:n.CLAMP_TO_EDGE,[wl]:n.MIRRORED_REPEAT},Xe={[Dt]:n.NEAREST,[jg]:n.NEAREST_MIPMAP_NEAREST,[Pa]:n.NEAREST_MIPMAP_LINEAR,[Yt]:n.LINEAR,[jl]:n.LINEAR_MIPMAP_NEAREST,[oi]:n.LINEAR_MIPMAP_LINEAR},Te={[n0]:n.NEVER,[lf]:n.ALWAYS,[i0]:n.LESS,[af]:n.LEQUAL,[r0]:n.EQUAL,[of]:n.GEQUAL,[s0]:n.GREATER,[a0]:n.NOTEQUAL};function qe(C,y){if(y.type===vn&&e.has("OES_texture_float_linear")===!1&&(y.magFilter===Yt||y.magFilter===jl||y.magFilter===Pa||y.magFilter===oi||y.minFilter===Yt||y.minFilter===jl||y.minFilter===Pa||y.minFilter===oi)&&Le("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),n.texParameteri(C,n.TEXTURE_WRAP_S,Se[y.wrapS]),n.texParameteri(C,n.TEXTURE_WRAP_T,Se[y.wrapT]),(C===n.TEXTURE_3D||C===n.TEXTURE_2D_ARRAY)&&n.texParameteri(C,n.TEXTURE_WRAP_R,Se[y.wrapR]),n.texParameteri(C,n.TEXTURE_MAG_FILTER,Xe[y.magFilter]),n.texParameteri(C,n.TEXTURE_MIN_FILTER,Xe[y.minFilter]),y.compareFunction&&(n.texParameteri(C,n.TEXTURE_COMPARE_MODE,n.COMPARE_REF_TO_TEXTURE),n.texParameteri(C,n.TEXTURE_COMPARE_FUNC,Te[y.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(y.magFilter===Dt||y.minFilter!==Pa&&y.minFilter!==oi||y.type===vn&&e.has("OES_texture_float_linear")===!1)return;if(y.anisotropy>1||i.get(y).__currentAnisotropy){let V=e.get("EXT_texture_filter_anisotropic");n.texParameterf(C,V.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(y.anisotropy,r.getMaxAnisotropy())),i.get(y).__currentAnisotropy=y.anisotropy}}}function et(C,y){let V=!1;C.__webglInit===void 0&&(C.__webglInit=!0,y.addEventListener("dispose",P),N(y));let se=y.source,Q=d.get(se);Q===void 0&&(Q={},d.set(se,Q));let ce=X(y);if(ce!==C.__cacheKey){Q[ce]===void 0&&(Q[ce]={texture:n.createTexture(),usedTimes:0},a.memory.textures++,V=!0),Q[ce].usedTimes++;let pe=Q[C.__cacheKey];pe!==void 0&&(Q[C.__cacheKey].usedTimes--,pe.usedTimes===0&&k(y)),C.__cacheKey=ce,C.__webglTexture=Q[ce].texture}return V}function xe(C,y,V){return Math.floor(Math.floor(C/V)/y)}function Je(C,y,V,se){let ce=C.updateRanges;if(ce.length===0)t.texSubImage2D(n.TEXTURE_2D,0,0,0,y.width,y.height,V,se,y.data);else{ce.sort((L,j)=>L.start-j.start);let pe=0;for(let L=1;L<ce.length;L++){let j=ce[pe],q=ce[L],fe=j.start+j.count,oe=xe(q.start,y.width,4),he=xe(j.start,y.width,4);q.start<=fe+1&&oe===he&&xe(q.start+q.count-1,y.width,4)===oe?j.count=Math.max(j.count,q.start+q.count-j.start):(++pe,ce[pe]=q)}ce.length=pe+1;let Y=t.getParameter(n.UNPACK_ROW_LENGTH),J=t.getParameter(n.UNPACK_SKIP_PIXELS),ue=t.getParameter(n.UNPACK_SKIP_ROWS);t.pixelStorei(n.UNPACK_ROW_LENGTH,y.width);for(let L=0,j=ce.length;L<j;L++){let q=ce[L],fe=Math.floor(q.start/4),oe=Math.ceil(q.count/4),he=fe%y.width,Re=Math.floor(fe/y.width),Ge=oe,ae=1;t.pixelStorei(n.UNPACK_SKIP_PIXELS,he),t.pixelStorei(n.UNPACK_SKIP_ROWS,Re),t.texSubImage2D(n.TEXTURE_2D,0,he,Re,Ge,ae,V,se,y.data)}C.clearUpdateRanges(),t.pixelStorei(n.UNPACK_ROW_LENGTH,Y),t.pixelStorei(n.UNPACK_SKIP_PIXELS,J),t.pixelStorei(n.UNPACK_SKIP_ROWS,ue)}}function tt(C,y,V){let se=n.TEXTURE_2D;(y.isDataArrayTexture||y.isCompressedArrayTexture)&&(se=n.TEXTURE_2D_ARRAY),y.isData3DTexture&&(se=n.TEXTURE_3D);let Q=et(C,y),ce=y.source;t.bindTexture(se,C.__webglTexture,n.TEXTURE0+V);let pe=i.get(ce);if(ce.version!==pe.__version||Q===!0){if(t.activeTexture(n.TEXTURE0+V),(typeof ImageBitmap<"u"&&y.image instanceof ImageBitmap)===!1){let ae=Ke.getPrimaries(Ke.workingColorSpace),Ie=y.colorSpace===ci?null:Ke.getPrimaries(y.colorSpace),Ve=y.colorSpace===ci||ae===Ie?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,Ve)}t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment);let J=v(y.image,!1,r.maxTextureSize);J=Ne(y,J);let ue=s.convert(y.format,y.colorSpace),L=s.convert(y.type),j=w(y.internalFormat,ue,L,y.normalized,y.colorSpace,y.isVideoTexture);qe(se,y);let q,fe=y.mipmaps,oe=y.isVideoTexture!==!0,he=pe.__version===void 0||Q===!0,Re=ce.dataReady,Ge=S(y,J);if(y.isDepthTexture)j=x(y.format===li,y.type),he&&(oe?t.texStorage2D(n.TEXTURE_2D,1,j,J.width,J.height):t.texImage2D(n.TEXTURE_2D,0,j,J.width,J.height,0,ue,L,null));else if(y.isDataTexture)if(fe.length>0){oe&&he&&t.texStorage2D(n.TEXTURE_2D,Ge,j,fe[0].width,fe[0].height);for(let ae=0,Ie=fe.length;ae<Ie;ae++)q=fe[ae],oe?Re&&t.texSubImage2D(n.TEXTURE_2D,ae,0,0,q.width,q.height,ue,L,q.data):t.texImage2D(n.TEXTURE_2D,ae,j,q.width,q.height,0,ue,L,q.data);y.generateMipmaps=!1}else oe?(he&&t.texStorage2D(n.TEXTURE_2D,Ge,j,J.width,J.height),Re&&Je(y,J,ue,L)):t.texImage2D(n.TEXTURE_2D,0,j,J.width,J.height,0,ue,L,J.data);else if(y.isCompressedTexture)if(y.isCompressedArrayTexture){oe&&he&&t.texStorage3D(n.TEXTURE_2D_ARRAY,Ge,j,fe[0].width,fe[0].height,J.depth);for(let ae=0,Ie=fe.length;ae<Ie;ae++)if(q=fe[ae],y.format!==Nn)if(ue!==null)if(oe){if(Re)if(y.layerUpdates.size>0){let Ve=yf(q.width,q.height,y.format,y.type);for(let ye of y.layerUpdates){let at=q.data.subarray(ye*Ve/q.data.BYTES_PER_ELEMENT,(ye+1)*Ve/q.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ae,0,0,ye,q.width,q.height,1,ue,at)}}else t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ae,0,0,0,q.width,q.height,J.depth,ue,q.data)}else t.compressedTexImage3D(n.TEXTURE_2D_ARRAY,ae,j,q.width,q.height,J.depth,0,q.data,0,0);else Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else oe?Re&&t.texSubImage3D(n.TEXTURE_2D_ARRAY,ae,0,0,0,q.width,q.height,J.depth,ue,L,q.data):t.texImage3D(n.TEXTURE_2D_ARRAY,ae,j,q.width,q.height,J.depth,0,ue,L,q.data);y.layerUpdates.size>0&&y.clearLayerUpdates()}else{oe&&he&&t.texStorage2D(n.TEXTURE_2D,Ge,j,fe[0].width,fe[0].height);for(let ae=0,Ie=fe.length;ae<Ie;ae++)q=fe[ae],y.format!==Nn?ue!==null?oe?Re&&t.compressedTexSubImage2D(n.TEXTURE_2D,ae,0,0,q.width,q.height,ue,q.data):t.compressedTexImage2D(n.TEXTURE_2D,ae,j,q.width,q.height,0,q.data):Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):oe?Re&&t.texSubImage2D(n.TEXTURE_2D,ae,0,0,q.width,q.height,ue,L,q.data):t.texImage2D(n.TEXTURE_2D,ae,j,q.width,q.height,0,ue,L,q.data)}else if(y.isDataArrayTexture)if(oe){if(he&&t.texStorage3D(n.TEXTURE_2D_ARRAY,Ge,j,J.width,J.height,J.depth),Re)if(y.layerUpdates.size>0){let ae=yf(J.width,J.height,y.format,y.type);for(let Ie of y.layerUpdates){let Ve=J.data.subarray(Ie*ae/J.data.BYTES_PER_ELEMENT,(Ie+1)*ae/J.data.BYTES_PER_ELEMENT);t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,Ie,J.width,J.height,1,ue,L,Ve)}y.clearLayerUpdates()}else t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,0,J.width,J.height,J.depth,ue,L,J.data)}else t.texImage3D(n.TEXTURE_2D_ARRAY,0,j,J.width,J.height,J.depth,0,ue,L,J.data);else if(y.isData3DTexture)oe?(he&&t.texStorage3D(n.TEXTURE_3D,Ge,j,J.width,J.height,J.depth),Re&&t.texSubImage3D(n.TEXTURE_3D,0,0,0,0,J.width,J.height,J.depth,ue,L,J.data)):t.texImage3D(n.TEXTURE_3D,0,j,J.width,J.height,J.depth,0,ue,L,J.data);else if(y.isFramebufferTexture){if(he)if(oe)t.texStorage2D(n.TEXTURE_2D,Ge,j,J.width,J.height);else{let ae=J.width,Ie=J.height;for(let Ve=0;Ve<Ge;Ve++)t.texImage2D(n.TEXTURE_2D,Ve,j,ae,Ie,0,ue,L,null),ae>>=1,Ie>>=1}}else if(y.isHTMLTexture){if("texElementImage2D"in n){let ae=n.canvas;if(ae.hasAttribute("layoutsubtree")||ae.setAttribute("layoutsubtree","true"),J.parentNode!==ae){ae.appendChild(J),f.add(y),ae.onpaint=Ie=>{let Ve=Ie.changedElements;for(let ye of f)Ve.includes(ye.image)&&(ye.needsUpdate=!0)},ae.requestPaint();return}if(n.texElementImage2D.length===3)n.texElementImage2D(n.TEXTURE_2D,n.RGBA8,J);else{let Ve=n.RGBA,ye=n.RGBA,at=n.UNSIGNED_BYTE;n.texElementImage2D(n.TEXTURE_2D,0,Ve,ye,at,J)}n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.LINEAR),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)}}else if(fe.length>0){if(oe&&he){let ae=Oe(fe[0]);t.texStorage2D(n.TEXTURE_2D,Ge,j,ae.width,ae.height)}for(let ae=0,Ie=fe.length;ae<Ie;ae++)q=fe[ae],oe?Re&&t.texSubImage2D(n.TEXTURE_2D,ae,0,0,ue,L,q):t.texImage2D(n.TEXTURE_2D,ae,j,ue,L,q);y.generateMipmaps=!1}else if(oe){if(he){let ae=Oe(J);t.texStorage2D(n.TEXTURE_2D,Ge,j,ae.width,ae.height)}Re&&t.texSubImage2D(n.TEXTURE_2D,0,0,0,ue,L,J)}else t.texImage2D(n.TEXTURE_2D,0,j,ue,L,J);A(y)&&y.mipmapsAutoUpdate===!0&&_(se),pe.__version=ce.version,y.onUpdate&&y.onUpdate(y)}C.__version=y.version}function ht(C,y,V){if(y.image.length!==6)return;let se=et(C,y),Q=y.source;t.bindTexture(n.TEXTURE_CUBE_MAP,C.__webglTexture,n.TEXTURE0+V);let ce=i.get(Q);if(Q.version!==ce.__version||se===!0){t.activeTexture(n.TEXTURE0+V);let pe=Ke.getPrimaries(Ke.workingColorSpace),Y=y.colorSpace===ci?null:Ke.getPrimaries(y.colorSpace),J=y.colorSpace===ci||pe===Y?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,J);let ue=y.isCompressedTexture||y.image[0].isCompressedTexture,L=y.image[0]&&y.image[0].isDataTexture,j=[];for(let ye=0;ye<6;ye++)!ue&&!L?j[ye]=v(y.image[ye],!0,r.maxCubemapSize):j[ye]=L?y.image[ye].image:y.image[ye],j[ye]=Ne(y,j[ye]);let q=j[0],fe=s.convert(y.format,y.colorSpace),oe=s.convert(y.type),he=w(y.internalFormat,fe,oe,y.normalized,y.colorSpace),Re=y.isVideoTexture!==!0,Ge=ce.__version===void 0||se===!0,ae=Q.dataReady,Ie=S(y,q);qe(n.TEXTURE_CUBE_MAP,y);let Ve;if(y.isDepthTexture){if(he=x(y.format===li,y.type),Ge)if(Re)t.texStorage2D(n.TEXTURE_CUBE_MAP,1,he,q.width,q.height);else for(let ye=0;ye<6;ye++)t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,he,q.width,q.height,0,fe,oe,null)}else if(ue){Re&&Ge&&t.texStorage2D(n.TEXTURE_CUBE_MAP,Ie,he,q.width,q.height);for(let ye=0;ye<6;ye++){Ve=j[ye].mipmaps;for(let at=0;at<Ve.length;at++){let Pt=Ve[at];y.format!==Nn?fe!==null?Re?ae&&t.compressedTexSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,at,0,0,Pt.width,Pt.height,fe,Pt.data):t.compressedTexImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,at,he,Pt.width,Pt.height,0,Pt.data):Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,at,0,0,Pt.width,Pt.height,fe,oe,Pt.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,at,he,Pt.width,Pt.height,0,fe,oe,Pt.data)}}}else{if(Ve=y.mipmaps,Re&&Ge){Ve.length>0&&Ie++;let ye=Oe(j[0]);t.texStorage2D(n.TEXTURE_CUBE_MAP,Ie,he,ye.width,ye.height)}for(let ye=0;ye<6;ye++)if(L){Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,0,0,j[ye].width,j[ye].height,fe,oe,j[ye].data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,he,j[ye].width,j[ye].height,0,fe,oe,j[ye].data);for(let at=0;at<Ve.length;at++){let hi=Ve[at].image[ye].image;Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,at+1,0,0,hi.width,hi.height,fe,oe,hi.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,at+1,he,hi.width,hi.height,0,fe,oe,hi.data)}}else{Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,0,0,fe,oe,j[ye]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,he,fe,oe,j[ye]);for(let at=0;at<Ve.length;at++){let Pt=Ve[at];Re?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,at+1,0,0,fe,oe,Pt.image[ye]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,at+1,he,fe,oe,Pt.image[ye])}}}A(y)&&y.mipmapsAutoUpdate===!0&&_(n.TEXTURE_CUBE_MAP),ce.__version=Q.version,y.onUpdate&&y.onUpdate(y)}C.__version=y.version}function nt(C,y,V,se,Q,ce){let pe=s.convert(V.format,V.colorSpace),Y=s.convert(V.type),J=w(V.internalFormat,pe,Y,V.normalized,V.colorSpace),ue=i.get(y),L=i.get(V);if(L.__renderTarget=y,!ue.__hasExternalTextures){let j=Math.max(1,y.width>>ce),q=Math.max(1,y.height>>ce);Q===n.TEXTURE_3D||Q===n.TEXTURE_2D_ARRAY?t.texImage3D(Q,ce,J,j,q,y.depth,0,pe,Y,null):t.texImage2D(Q,ce,J,j,q,0,pe,Y,null)}t.bindFramebuffer(n.FRAMEBUFFER,C),ge(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,se,Q,L.__webglTexture,0,pt(y)):(Q===n.TEXTURE_2D||Q>=n.TEXTURE_CUBE_MAP_POSITIVE_X&&Q<=n.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&n.framebufferTexture2D(n.FRAMEBUFFER,se,Q,L.__webglTexture,ce),t.bindFramebuffer(n.FRAMEBUFFER,null)}function ot(C,y,V){if(n.bindRenderbuffer(n.RENDERBUFFER,C),y.depthBuffer){let se=y.depthTexture,Q=se&&se.isDepthTexture?se.type:null,ce=x(y.stencilBuffer,Q),pe=y.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;ge(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,pt(y),ce,y.width,y.height):V?n.renderbufferStorageMultisample(n.RENDERBUFFER,pt(y),ce,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,ce,y.width,y.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,pe,n.RENDERBUFFER,C)}else{let se=y.textures;for(let Q=0;Q<se.length;Q++){let ce=se[Q],pe=s.convert(ce.format,ce.colorSpace),Y=s.convert(ce.type),J=w(ce.internalFormat,pe,Y,ce.normalized,ce.colorSpace);ge(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,pt(y),J,y.width,y.height):V?n.renderbufferStorageMultisample(n.RENDERBUFFER,pt(y),J,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,J,y.width,y.height)}}n.bindRenderbuffer(n.RENDERBUFFER,null)}function gt(C,y,V){let se=y.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(n.FRAMEBUFFER,C),!(y.depthTexture&&y.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let Q=i.get(y.depthTexture);Q.__renderTarget=y;let ce=se?y.depthTexture.image[0]:y.depthTexture.image;(!Q.__webglTexture||ce.width!==y.width||ce.height!==y.height)&&(ce.width=y.width,ce.height=y.height,y.depthTexture.needsUpdate=!0),se?te(y.depthTexture,0):ie(y.depthTexture,0);let pe=Q.__webglTexture,Y=pt(y),J=se?n.TEXTURE_CUBE_MAP_POSITIVE_X+V:n.TEXTURE_2D,ue=y.depthTexture.format===li?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;if(y.depthTexture.format===ii)ge(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,ue,J,pe,0,Y):n.framebufferTexture2D(n.FRAMEBUFFER,ue,J,pe,0);else if(y.depthTexture.format===li)ge(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,ue,J,pe,0,Y):n.framebufferTexture2D(n.FRAMEBUFFER,ue,J,pe,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function bt(C){let y=i.get(C),V=C.isWebGLCubeRenderTarget===!0;if(y.__boundDepthTexture!==C.depthTexture){let se=C.depthTexture;if(y.__depthDisposeCallback&&y.__depthDisposeCallback(),se){let Q=()=>{delete y.__boundDepthTexture,delete y.__depthDisposeCallback,se.removeEventListener("dispose",Q)};se.addEventListener("dispose",Q),y.__depthDisposeCallback=Q}y.__boundDepthTexture=se}if(C.depthTexture&&!y.__autoAllocateDepthBuffer)if(V)for(let se=0;se<6;se++)gt(y.__webglFramebuffer[se],C,se);else C.texture.mipmaps.length>0?gt(y.__webglFramebuffer[0],C,0):gt(y.__webglFramebuffer,C,0);else if(V){y.__webglDepthbuffer=[];for(let se=0;se<6;se++)if(t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[se]),y.__webglDepthbuffer[se]===void 0)y.__webglDepthbuffer[se]=n.createRenderbuffer(),ot(y.__webglDepthbuffer[se],C,!1);else{let Q=C.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ce=y.__webglDepthbuffer[se];n.bindRenderbuffer(n.RENDERBUFFER,ce),n.framebufferRenderbuffer(n.FRAMEBUFFER,Q,n.RENDERBUFFER,ce)}}else if(C.texture.mipmaps.length>0?t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[0]):t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer),y.__webglDepthbuffer===void 0)y.__webglDepthbuffer=n.createRenderbuffer(),ot(y.__webglDepthbuffer,C,!1);else{let Q=C.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ce=y.__webglDepthbuffer;n.bindRenderbuffer(n.RENDERBUFFER,ce),n.framebufferRenderbuffer(n.FRAMEBUFFER,Q,n.RENDERBUFFER,ce)}t.bindFramebuffer(n.FRAMEBUFFER,null)}function hn(C,y,V){let se=i.get(C);y!==void 0&&nt(se.__webglFramebuffer,C,C.texture,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,0),V!==void 0&&bt(C)}function un(C){let y=C.texture,V=i.get(C),se=i.get(y);C.addEventListener("dispose",I),N(C);let Q=C.textures,ce=C.isWebGLCubeRenderTarget===!0,pe=Q.length>1;if(pe||(se.__webglTexture===void 0&&(se.__webglTexture=n.createTexture()),se.__version=y.version,a.memory.textures++),ce){V.__webglFramebuffer=[];for(let Y=0;Y<6;Y++)if(y.mipmaps.length>0){V.__webglFramebuffer[Y]=[];for(let J=0;J<y.mipmaps.length;J++)V.__webglFramebuffer[Y][J]=n.createFramebuffer()}else V.__webglFramebuffer[Y]=n.createFramebuffer()}else{if(y.mipmaps.length>0){V.__webglFramebuffer=[];for(let Y=0;Y<y.mipmaps.length;Y++)V.__webglFramebuffer[Y]=n.createFramebuffer()}else V.__webglFramebuffer=n.createFramebuffer();if(pe)for(let Y=0,J=Q.length;Y<J;Y++){let ue=i.get(Q[Y]);ue.__webglTexture===void 0&&(ue.__webglTexture=n.createTexture(),a.memory.textures++)}if(C.samples>0&&ge(C)===!1){V.__webglMultisampledFramebuffer=n.createFramebuffer(),V.__webglColorRenderbuffer=[],t.bindFramebuffer(n.FRAMEBUFFER,V.__webglMultisampledFramebuffer);for(let Y=0;Y<Q.length;Y++){let J=Q[Y];V.__webglColorRenderbuffer[Y]=n.createRenderbuffer(),n.bindRenderbuffer(n.RENDERBUFFER,V.__webglColorRenderbuffer[Y]);let ue=s.convert(J.format,J.colorSpace),L=s.convert(J.type),j=w(J.internalFormat,ue,L,J.normalized,J.colorSpace,C.isXRRenderTarget===!0),q=pt(C);n.renderbufferStorageMultisample(n.RENDERBUFFER,q,j,C.width,C.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Y,n.RENDERBUFFER,V.__webglColorRenderbuffer[Y])}n.bindRenderbuffer(n.RENDERBUFFER,null),C.depthBuffer&&(V.__webglDepthRenderbuffer=n.createRenderbuffer(),ot(V.__webglDepthRenderbuffer,C,!0)),t.bindFramebuffer(n.FRAMEBUFFER,null)}}if(ce){t.bindTexture(n.TEXTURE_CUBE_MAP,se.__webglTexture),qe(n.TEXTURE_CUBE_MAP,y);for(let Y=0;Y<6;Y++)if(y.mipmaps.length>0)for(let J=0;J<y.mipmaps.length;J++)nt(V.__webglFramebuffer[Y][J],C,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Y,J);else nt(V.__webglFramebuffer[Y],C,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Y,0);A(y)?_(n.TEXTURE_CUBE_MAP):y.mipmaps.length>0&&n.texParameteri(n.TEXTURE_CUBE_MAP,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}else if(pe){for(let Y=0,J=Q.length;Y<J;Y++){let ue=Q[Y],L=i.get(ue),j=n.TEXTURE_2D;(C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(j=C.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(j,L.__webglTexture),qe(j,ue),nt(V.__webglFramebuffer,C,ue,n.COLOR_ATTACHMENT0+Y,j,0),A(ue)&&_(j)}t.unbindTexture()}else{let Y=n.TEXTURE_2D;if((C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(Y=C.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(Y,se.__webglTexture),qe(Y,y),y.mipmaps.length>0)for(let J=0;J<y.mipmaps.length;J++)nt(V.__webglFramebuffer[J],C,y,n.COLOR_ATTACHMENT0,Y,J);else nt(V.__webglFramebuffer,C,y,n.COLOR_ATTACHMENT0,Y,0);A(y)?_(Y):y.mipmaps.length>0&&n.texParameteri(Y,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}C.depthBuffer&&bt(C)}function U(C){let y=C.textures;for(let V=0,se=y.length;V<se;V++){let Q=y[V];if(A(Q)&&Q.mipmapsAutoUpdate===!0){let ce=E(C),pe=i.get(Q).__webglTexture;t.bindTexture(ce,pe),_(ce),t.unbindTexture()}}}let fn=[];function dt(C){if(C.samples>0){if(ge(C)===!1){let y=C.textures,V=C.width,se=C.height,Q=n.COLOR_BUFFER_BIT,ce=C.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,pe=i.get(C),Y=y.length>1;if(Y)for(let ue=0;ue<y.length;ue++)t.bindFramebuffer(n.FRAMEBUFFER,pe.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+ue,n.RENDERBUFFER,null),t.bindFramebuffer(n.FRAMEBUFFER,pe.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+ue,n.TEXTURE_2D,null,0);t.bindFramebuffer(n.READ_FRAMEBUFFER,pe.__webglMultisampledFramebuffer),C.texture.mipmaps.length>0?t.bindFramebuffer(n.DRAW_FRAMEBUFFER,pe.__webglFramebuffer[0]):t.bindFramebuffer(n.DRAW_FRAMEBUFFER,pe.__webglFramebuffer);for(let ue=0;ue<y.length;ue++){if(C.resolveDepthBuffer&&(C.depthBuffer&&(Q|=n.DEPTH_BUFFER_BIT),C.stencilBuffer&&C.resolveStencilBuffer&&(Q|=n.STENCIL_BUFFER_BIT)),Y){n.framebufferRenderbuffer(n.READ_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,pe.__webglColorRenderbuffer[ue]);let L=i.get(y[ue]).__webglTexture;n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,L,0)}n.blitFramebuffer(0,0,V,se,0,0,V,se,Q,n.NEAREST),l===!0&&(fn.length=0,fn.push(n.COLOR_ATTACHMENT0+ue),C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&fn.push(ce),n.invalidateFramebuffer(n.READ_FRAMEBUFFER,fn))}if(t.bindFramebuffer(n.READ_FRAMEBUFFER,null),t.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),Y)for(let ue=0;ue<y.length;ue++){t.bindFramebuffer(n.FRAMEBUFFER,pe.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+ue,n.RENDERBUFFER,pe.__webglColorRenderbuffer[ue]);let L=i.get(y[ue]).__webglTexture;t.bindFramebuffer(n.FRAMEBUFFER,pe.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+ue,n.TEXTURE_2D,L,0)}t.bindFramebuffer(n.DRAW_FRAMEBUFFER,pe.__webglMultisampledFramebuffer)}else if(C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&l){let y=C.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;n.invalidateFramebuffer(n.DRAW_FRAMEBUFFER,[y])}}}function pt(C){return Math.min(r.maxSamples,C.samples)}function ge(C){let y=i.get(C);return C.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&y.__useRenderToTexture!==!1}function wt(C){let y=a.render.frame;h.get(C)!==y&&(h.set(C,y),C.update())}function Ne(C,y){let V=C.colorSpace,se=C.format,Q=C.type;return C.isCompressedTexture===!0||C.isVideoTexture===!0||V!==ra&&V!==ci&&(Ke.getTransfer(V)===st?(se!==Nn||Q!==en)&&Le("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):De("WebGLTextures: Unsupported texture color space:",V)),y}function Oe(C){return typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement?(c.width=C.naturalWidth||C.width,c.height=C.naturalHeight||C.height):typeof VideoFrame<"u"&&C instanceof VideoFrame?(c.width=C.displayWidth,c.height=C.displayHeight):(c.width=C.width,c.height=C.height),c}this.allocateTextureUnit=Me,this.resetTextureUnits=Z,this.getTextureUnits=ne,this.setTextureUnits=ee,this.setTexture2D=ie,this.setTexture2DArray=le,this.setTexture3D=be,this.setTextureCube=te,this.rebindTextures=hn,this.setupRenderTarget=un,this.updateRenderTargetMipmap=U,this.updateMultisampleRenderTarget=dt,this.setupDepthRenderbuffer=bt,this.setupFrameBufferTexture=nt,this.useMultisampledRTT=ge,this.dispose=D}function aA(n,e){function t(i,r=ci){let s,a=Ke.getTransfer(r);if(i===en)return n.UNSIGNED_BYTE;if(i===ec)return n.UNSIGNED_SHORT_4_4_4_4;if(i===tc)return n.UNSIGNED_SHORT_5_5_5_1;if(i===tf)return n.UNSIGNED_INT_5_9_9_9_REV;if(i===nf)return n.UNSIGNED_INT_10F_11F_11F_REV;if(i===Qu)return n.BYTE;if(i===ef)return n.SHORT;if(i===_s)return n.UNSIGNED_SHORT;if(i===Ql)return n.INT;if(i===In)return n.UNSIGNED_INT;if(i===vn)return n.FLOAT;if(i===Ln)return n.HALF_FLOAT;if(i===rf)return n.ALPHA;if(i===sf)return n.RGB;if(i===Nn)return n.RGBA;if(i===ii)return n.DEPTH_COMPONENT;if(i===li)return n.DEPTH_STENCIL;if(i===nc)return n.RED;if(i===ic)return n.RED_INTEGER;if(i===Di)return n.RG;if(i===rc)return n.RG_INTEGER;if(i===sc)return n.RGBA_INTEGER;if(i===Ia||i===La||i===Na||i===Da)if(a===st)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(i===Ia)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(i===La)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(i===Na)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(i===Da)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(i===Ia)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(i===La)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(i===Na)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(i===Da)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(i===ac||i===oc||i===lc||i===cc)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(i===ac)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(i===oc)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(i===lc)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(i===cc)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(i===hc||i===uc||i===fc||i===dc||i===pc||i===Fa||i===mc)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(i===hc||i===uc)return a===st?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(i===fc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(i===dc)return s.COMPRESSED_R11_EAC;if(i===pc)return s.COMPRESSED_SIGNED_R11_EAC;if(i===Fa)return s.COMPRESSED_RG11_EAC;if(i===mc)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(i===gc||i===bc||i===xc||i===yc||i===_c||i===vc||i===Mc||i===Sc||i===wc||i===Ac||i===Ec||i===Tc||i===Cc||i===Rc)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(i===gc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(i===bc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(i===xc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(i===yc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(i===_c)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(i===vc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(i===Mc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(i===Sc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(i===wc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(i===Ac)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(i===Ec)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(i===Tc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(i===Cc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(i===Rc)return a===st?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(i===Pc||i===Ic||i===Lc)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(i===Pc)return a===st?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(i===Ic)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(i===Lc)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(i===Nc||i===Dc||i===Oa||i===Fc)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(i===Nc)return s.COMPRESSED_RED_RGTC1_EXT;if(i===Dc)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(i===Oa)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(i===Fc)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return i===hr?n.UNSIGNED_INT_24_8:n[i]!==void 0?n[i]:null}return{convert:t}}var oA=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,lA=`
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

}`,Nf=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let i=new xa(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=i}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,i=new kn({vertexShader:oA,fragmentShader:lA,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new Kt(new ar(20,20),i)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},Df=class extends Rn{constructor(e,t){super();let i=this,r=null,s=1,a=null,o="local-floor",l=1,c=null,h=null,f=null,u=null,d=null,p=null,b=typeof XRWebGLBinding<"u",g=new Nf,m={},v=t.getContextAttributes(),A=null,_=null,E=[],w=[],x=new Pe,S=null,N=null,T=new qt;T.viewport=new mt;let P=new qt;P.viewport=new mt;let I=[T,P],O=new ql,R=null,D=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(X){let ie=E[X];return ie===void 0&&(ie=new os,E[X]=ie),ie.getTargetRaySpace()},this.getControllerGrip=function(X){let ie=E[X];return ie===void 0&&(ie=new os,E[X]=ie),ie.getGripSpace()},this.getHand=function(X){let ie=E[X];return ie===void 0&&(ie=new os,E[X]=ie),ie.getHandSpace()};function H(X){let ie=w.indexOf(X.inputSource);if(ie===-1)return;let le=E[ie];le!==void 0&&(le.update(X.inputSource,X.frame,c||a),le.dispatchEvent({type:X.type,data:X.inputSource}))}function k(){r.removeEventListener("select",H),r.removeEventListener("selectstart",H),r.removeEventListener("selectend",H),r.removeEventListener("squeeze",H),r.removeEventListener("squeezestart",H),r.removeEventListener("squeezeend",H),r.removeEventListener("end",k),r.removeEventListener("inputsourceschange",K);for(let X=0;X<E.length;X++){let ie=w[X];ie!==null&&(w[X]=null,E[X].disconnect(ie))}R=null,D=null,g.reset();for(let X in m)delete m[X];if(e.setRenderTarget(A),d=null,u=null,f=null,r=null,_=null,Me.stop(),i.isPresenting=!1,e.setPixelRatio(S),e.setSize(x.width,x.height,!1),N!==null){let X=N.camera;X.fov=N.fov,X.zoom=N.zoom,X.updateProjectionMatrix(),N=null}i.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(X){s=X,i.isPresenting===!0&&Le("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(X){o=X,i.isPresenting===!0&&Le("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||a},this.setReferenceSpace=function(X){c=X},this.getBaseLayer=function(){return u!==null?u:d},this.getBinding=function(){return f===null&&b&&(f=new XRWebGLBinding(r,t)),f},this.getFrame=function(){return p},this.getSession=function(){return r},this.setSession=async function(X){if(r=X,r!==null){if(A=e.getRenderTarget(),r.addEventListener("select",H),r.addEventListener("selectstart",H),r.addEventListener("selectend",H),r.addEventListener("squeeze",H),r.addEventListener("squeezestart",H),r.addEventListener("squeezeend",H),r.addEventListener("end",k),r.addEventListener("inputsourceschange",K),v.xrCompatible!==!0&&await t.makeXRCompatible(),S=e.getPixelRatio(),e.getSize(x),b&&"createProjectionLayer"in XRWebGLBinding.prototype){let le=null,be=null,te=null;v.depth&&(te=v.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,le=v.stencil?li:ii,be=v.stencil?hr:In);let Se={colorFormat:t.RGBA8,depthFormat:te,scaleFactor:s};f=this.getBinding(),u=f.createProjectionLayer(Se),r.updateRenderState({layers:[u]}),e.setPixelRatio(1),e.setSize(u.textureWidth,u.textureHeight,!1),_=new ln(u.textureWidth,u.textureHeight,{format:Nn,type:en,depthTexture:new ai(u.textureWidth,u.textureHeight,be,void 0,void 0,void 0,void 0,void 0,void 0,le),stencilBuffer:v.stencil,colorSpace:e.outputColorSpace,samples:v.antialias?4:0,resolveDepthBuffer:u.ignoreDepthValues===!1,resolveStencilBuffer:u.ignoreDepthValues===!1,storeMultisampledDepthBuffer:u.ignoreDepthValues===!1,storeMultisampledStencilBuffer:u.ignoreDepthValues===!1})}else{let le={antialias:v.antialias,alpha:!0,depth:v.depth,stencil:v.stencil,framebufferScaleFactor:s};d=new XRWebGLLayer(r,t,le),r.updateRenderState({baseLayer:d}),e.setPixelRatio(1),e.setSize(d.framebufferWidth,d.framebufferHeight,!1),_=new ln(d.framebufferWidth,d.framebufferHeight,{format:Nn,type:en,colorSpace:e.outputColorSpace,stencilBuffer:v.stencil,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}_.isXRRenderTarget=!0,this.setFoveation(l),c=null,a=await r.requestReferenceSpace(o),Me.setContext(r),Me.start(),i.isPresenting=!0,i.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function K(X){for(let ie=0;ie<X.removed.length;ie++){let le=X.removed[ie],be=w.indexOf(le);be>=0&&(w[be]=null,E[be].disconnect(le))}for(let ie=0;ie<X.added.length;ie++){let le=X.added[ie],be=w.indexOf(le);if(be===-1){for(let Se=0;Se<E.length;Se++)if(Se>=w.length){w.push(le),be=Se;break}else if(w[Se]===null){w[Se]=le,be=Se;break}if(be===-1)break}let te=E[be];te&&te.connect(le)}}function $(X,ie){ie===null?X.matrixWorld.copy(X.matrix):X.matrixWorld.multiplyMatrices(ie.matrixWorld,X.matrix),X.matrixWorldInverse.copy(X.matrixWorld).invert()}this.updateCamera=function(X){if(r===null)return;let ie=X.near,le=X.far;g.texture!==null&&(g.depthNear>0&&(ie=g.depthNear),g.depthFar>0&&(le=g.depthFar)),O.near=P.near=T.near=ie,O.far=P.far=T.far=le,(R!==O.near||D!==O.far)&&(r.updateRenderState({depthNear:O.near,depthFar:O.far}),R=O.near,D=O.far),O.layers.mask=X.layers.mask|6,T.layers.mask=O.layers.mask&-5,P.layers.mask=O.layers.mask&-3;let be=X.parent,te=O.cameras;$(O,be);for(let Se=0;Se<te.length;Se++)$(te[Se],be);O.projectionMatrix.copy(T.projectionMatrix),O.projectionMatrixInverse.copy(T.projectionMatrixInverse),N===null&&X.isPerspectiveCamera&&(N={camera:X,fov:X.fov,zoom:X.zoom}),Z(X,O,be)};function Z(X,ie,le){le===null?X.matrix.copy(ie.matrixWorld):(X.matrix.copy(le.matrixWorld),X.matrix.invert(),X.matrix.multiply(ie.matrixWorld)),X.matrix.decompose(X.position,X.quaternion,X.scale),X.updateMatrixWorld(!0),X.projectionMatrix.copy(ie.projectionMatrix),X.projectionMatrixInverse.copy(ie.projectionMatrixInverse),X.isPerspectiveCamera&&(X.fov=rs*2*Math.atan(1/X.projectionMatrix.elements[5]),X.zoom=1)}this.getCamera=function(){return O},this.getFoveation=function(){if(!(u===null&&d===null))return l},this.setFoveation=function(X){l=X,u!==null&&(u.fixedFoveation=X),d!==null&&d.fixedFoveation!==void 0&&(d.fixedFoveation=X)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh(O)},this.getCameraTexture=function(X){return m[X]};let ne=null;function ee(X,ie){if(h=ie.getViewerPose(c||a),p=ie,h!==null){let le=h.views;d!==null&&(e.setRenderTargetFramebuffer(_,d.framebuffer),e.setRenderTarget(_));let be=!1;le.length!==O.cameras.length&&(O.cameras.length=0,be=!0);for(let Te=0;Te<le.length;Te++){let qe=le[Te],et=null;if(d!==null)et=d.getViewport(qe);else{let Je=f.getViewSubImage(u,qe);et=Je.viewport,Te===0&&(e.setRenderTargetTextures(_,Je.colorTexture,Je.depthStencilTexture),e.setRenderTarget(_))}let xe=I[Te];xe===void 0&&(xe=new qt,xe.layers.enable(Te),xe.viewport=new mt,I[Te]=xe),xe.matrix.fromArray(qe.transform.matrix),xe.matrix.decompose(xe.position,xe.quaternion,xe.scale),xe.projectionMatrix.fromArray(qe.projectionMatrix),xe.projectionMatrixInverse.copy(xe.projectionMatrix).invert(),xe.viewport.set(et.x,et.y,et.width,et.height),Te===0&&(O.matrix.copy(xe.matrix),O.matrix.decompose(O.position,O.quaternion,O.scale)),be===!0&&O.cameras.push(xe)}let te=r.enabledFeatures;if(te&&te.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&b){f=i.getBinding();let Te=f.getDepthInformation(le[0]);Te&&Te.isValid&&Te.texture&&g.init(Te,r.renderState)}if(te&&te.includes("camera-access")&&b){e.state.unbindTexture(),f=i.getBinding();for(let Te=0;Te<le.length;Te++){let qe=le[Te].camera;if(qe){let et=m[qe];et||(et=new xa,m[qe]=et);let xe=f.getCameraImage(qe);et.sourceTexture=xe}}}}for(let le=0;le<E.length;le++){let be=w[le],te=E[le];be!==null&&te!==void 0&&te.update(be,ie,c||a)}ne&&ne(X,ie),ie.detectedPlanes&&i.dispatchEvent({type:"planesdetected",data:ie}),p=null}let Me=new U0;Me.setAnimationLoop(ee),this.setAnimationLoop=function(X){ne=X},this.dispose=function(){}}},cA=new Qe,q0=new Fe;q0.set(-1,0,0,0,1,0,0,0,1);function hA(n,e){function t(g,m){g.matrixAutoUpdate===!0&&g.updateMatrix(),m.value.copy(g.matrix)}function i(g,m){m.color.getRGB(g.fogColor.value,gf(n)),m.isFog?(g.fogNear.value=m.near,g.fogFar.value=m.far):m.isFogExp2&&(g.fogDensity.value=m.density)}function r(g,m,v,A,_){m.isNodeMaterial?m.uniformsNeedUpdate=!1:m.isMeshBasicMaterial?s(g,m):m.isMeshLambertMaterial?(s(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshToonMaterial?(s(g,m),f(g,m)):m.isMeshPhongMaterial?(s(g,m),h(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshStandardMaterial?(s(g,m),u(g,m),m.isMeshPhysicalMaterial&&d(g,m,_)):m.isMeshMatcapMaterial?(s(g,m),p(g,m)):m.isMeshDepthMaterial?s(g,m):m.isMeshDistanceMaterial?(s(g,m),b(g,m)):m.isMeshNormalMaterial?s(g,m):m.isLineBasicMaterial?(a(g,m),m.isLineDashedMaterial&&o(g,m)):m.isPointsMaterial?l(g,m,v,A):m.isSpriteMaterial?c(g,m):m.isShadowMaterial?(g.color.value.copy(m.color),g.opacity.value=m.opacity):m.isShaderMaterial&&(m.uniformsNeedUpdate=!1)}function s(g,m){g.opacity.value=m.opacity,m.color&&g.diffuse.value.copy(m.color),m.emissive&&g.emissive.value.copy(m.emissive).multiplyScalar(m.emissiveIntensity),m.map&&(g.map.value=m.map,t(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.bumpMap&&(g.bumpMap.value=m.bumpMap,t(m.bumpMap,g.bumpMapTransform),g.bumpScale.value=m.bumpScale,m.side===Jt&&(g.bumpScale.value*=-1)),m.normalMap&&(g.normalMap.value=m.normalMap,t(m.normalMap,g.normalMapTransform),g.normalScale.value.copy(m.normalScale),m.side===Jt&&g.normalScale.value.negate()),m.displacementMap&&(g.displacementMap.value=m.displacementMap,t(m.displacementMap,g.displacementMapTransform),g.displacementScale.value=m.displacementScale,g.displacementBias.value=m.displacementBias),m.emissiveMap&&(g.emissiveMap.value=m.emissiveMap,t(m.emissiveMap,g.emissiveMapTransform)),m.specularMap&&(g.specularMap.value=m.specularMap,t(m.specularMap,g.specularMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest);let v=e.get(m),A=v.envMap,_=v.envMapRotation;A&&(g.envMap.value=A,g.envMapRotation.value.setFromMatrix4(cA.makeRotationFromEuler(_)).transpose(),A.isCubeTexture&&A.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(q0),g.reflectivity.value=m.reflectivity,g.ior.value=m.ior,g.refractionRatio.value=m.refractionRatio),m.lightMap&&(g.lightMap.value=m.lightMap,g.lightMapIntensity.value=m.lightMapIntensity,t(m.lightMap,g.lightMapTransform)),m.aoMap&&(g.aoMap.value=m.aoMap,g.aoMapIntensity.value=m.aoMapIntensity,t(m.aoMap,g.aoMapTransform))}function a(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,m.map&&(g.map.value=m.map,t(m.map,g.mapTransform))}function o(g,m){g.dashSize.value=m.dashSize,g.totalSize.value=m.dashSize+m.gapSize,g.scale.value=m.scale}function l(g,m,v,A){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.size.value=m.size*v,g.scale.value=A*.5,m.map&&(g.map.value=m.map,t(m.map,g.uvTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function c(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.rotation.value=m.rotation,m.map&&(g.map.value=m.map,t(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function h(g,m){g.specular.value.copy(m.specular),g.shininess.value=Math.max(m.shininess,1e-4)}function f(g,m){m.gradientMap&&(g.gradientMap.value=m.gradientMap)}function u(g,m){g.metalness.value=m.metalness,m.metalnessMap&&(g.metalnessMap.value=m.metalnessMap,t(m.metalnessMap,g.metalnessMapTransform)),g.roughness.value=m.roughness,m.roughnessMap&&(g.roughnessMap.value=m.roughnessMap,t(m.roughnessMap,g.roughnessMapTransform)),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)}function d(g,m,v){g.ior.value=m.ior,m.diffuseRoughness>0&&(g.diffuseRoughness.value=m.diffuseRoughness,m.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=m.diffuseRoughnessMap,t(m.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),m.sheen>0&&(g.sheenColor.value.copy(m.sheenColor).multiplyScalar(m.sheen),g.sheenRoughness.value=m.sheenRoughness,m.sheenColorMap&&(g.sheenColorMap.value=m.sheenColorMap,t(m.sheenColorMap,g.sheenColorMapTransform)),m.sheenRoughnessMap&&(g.sheenRoughnessMap.value=m.sheenRoughnessMap,t(m.sheenRoughnessMap,g.sheenRoughnessMapTransform))),m.clearcoat>0&&(g.clearcoat.value=m.clearcoat,g.clearcoatRoughness.value=m.clearcoatRoughness,m.clearcoatMap&&(g.clearcoatMap.value=m.clearcoatMap,t(m.clearcoatMap,g.clearcoatMapTransform)),m.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=m.clearcoatRoughnessMap,t(m.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),m.clearcoatNormalMap&&(g.clearcoatNormalMap.value=m.clearcoatNormalMap,t(m.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(m.clearcoatNormalScale),m.side===Jt&&g.clearcoatNormalScale.value.negate())),m.dispersion>0&&(g.dispersion.value=m.dispersion),m.retroreflectivity>0&&(g.retroreflectivity.value=m.retroreflectivity),m.iridescence>0&&(g.iridescence.value=m.iridescence,g.iridescenceIOR.value=m.iridescenceIOR,g.iridescenceThicknessMinimum.value=m.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=m.iridescenceThicknessMaximum,m.iridescenceMap&&(g.iridescenceMap.value=m.iridescenceMap,t(m.iridescenceMap,g.iridescenceMapTransform)),m.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=m.iridescenceThicknessMap,t(m.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),m.transmission>0&&(g.transmission.value=m.transmission,g.transmissionSamplerMap.value=v.texture,g.transmissionSamplerSize.value.set(v.width,v.height),m.transmissionMap&&(g.transmissionMap.value=m.transmissionMap,t(m.transmissionMap,g.transmissionMapTransform)),g.thickness.value=m.thickness,m.thicknessMap&&(g.thicknessMap.value=m.thicknessMap,t(m.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=m.attenuationDistance,g.attenuationColor.value.copy(m.attenuationColor)),m.anisotropy>0&&(g.anisotropyVector.value.set(m.anisotropy*Math.cos(m.anisotropyRotation),m.anisotropy*Math.sin(m.anisotropyRotation)),m.anisotropyMap&&(g.anisotropyMap.value=m.anisotropyMap,t(m.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=m.specularIntensity,g.specularColor.value.copy(m.specularColor),m.specularColorMap&&(g.specularColorMap.value=m.specularColorMap,t(m.specularColorMap,g.specularColorMapTransform)),m.specularIntensityMap&&(g.specularIntensityMap.value=m.specularIntensityMap,t(m.specularIntensityMap,g.specularIntensityMapTransform))}function p(g,m){m.matcap&&(g.matcap.value=m.matcap)}function b(g,m){let v=e.get(m).light;g.referencePosition.value.setFromMatrixPosition(v.matrixWorld),g.nearDistance.value=v.shadow.camera.near,g.farDistance.value=v.shadow.camera.far}return{refreshFogUniforms:i,refreshMaterialUniforms:r}}function uA(n,e,t,i){let r={},s={};function a(v,A){let _=A.program;i.uniformBlockBinding(v,_,r[v.id])}function o(v,A){let _=r[v.id];_===void 0&&(p(v),_=l(v),r[v.id]=_,v.addEventListener("dispose",g));let E=A.program;i.updateUBOMapping(v,E);let w=e.render.frame;s[v.id]!==w&&(c(v),s[v.id]=w)}function l(v){let A=n.createBuffer(),_=v.__size,E=v.usage;return n.bindBuffer(n.UNIFORM_BUFFER,A),n.bufferData(n.UNIFORM_BUFFER,_,E),n.bindBuffer(n.UNIFORM_BUFFER,null),A}function c(v){let A=r[v.id],_=v.uniforms,E=v.__cache;n.bindBuffer(n.UNIFORM_BUFFER,A);for(let w=0,x=_.length;w<x;w++){let S=_[w];if(Array.isArray(S))for(let N=0,T=S.length;N<T;N++)h(S[N],w,N,E);else h(S,w,0,E)}n.bindBuffer(n.UNIFORM_BUFFER,null)}function h(v,A,_,E){if(u(v,A,_,E)===!0){let w=v.__offset,x=v.value;if(Array.isArray(x)){let S=0;for(let N=0;N<x.length;N++){let T=x[N],P=b(T,!0);f(T,v.__data,S),S+=P.storage/Float32Array.BYTES_PER_ELEMENT}}else f(x,v.__data,0);n.bufferSubData(n.UNIFORM_BUFFER,w,v.__data)}}function f(v,A,_){typeof v=="number"||typeof v=="boolean"?A[_]=v:v.isMatrix3?(A[_]=v.elements[0],A[_+1]=v.elements[1],A[_+2]=v.elements[2],A[_+3]=0,A[_+4]=v.elements[3],A[_+5]=v.elements[4],A[_+6]=v.elements[5],A[_+7]=0,A[_+8]=v.elements[6],A[_+9]=v.elements[7],A[_+10]=v.elements[8],A[_+11]=0):ArrayBuffer.isView(v)?A.set(v.subarray(0,A.length-_),_):v.toArray(A,_)}function u(v,A,_,E){let w=v.value,x=A+"_"+_;if(Array.isArray(w)){E[x]===void 0&&(E[x]=[]);let S=E[x],N=!1;for(let T=0;T<w.length;T++)d(w[T],S,T)===!0&&(N=!0);return N}return d(w,E,x)}function d(v,A,_){if(A[_]===void 0)return typeof v=="number"||typeof v=="boolean"?A[_]=v:ArrayBuffer.isView(v)?A[_]=v.slice():A[_]=v.clone(),!0;{let E=A[_];if(typeof v=="number"||typeof v=="boolean"){if(E!==v)return A[_]=v,!0}else{if(ArrayBuffer.isView(v))return!0;if(E.equals(v)===!1)return E.copy(v),!0}}return!1}function p(v){let A=v.uniforms,_=0,E=16;for(let x=0,S=A.length;x<S;x++){let N=Array.isArray(A[x])?A[x]:[A[x]];for(let T=0,P=N.length;T<P;T++){let I=N[T],O=Array.isArray(I.value)?I.value:[I.value],R=Array.isArray(A[x])||Array.isArray(I.value),D=_;for(let k=0,K=O.length;k<K;k++){let $=O[k],Z=b($,R),ne=_%E,ee=ne%Z.boundary,Me=ne+ee;_+=ee,Me!==0&&E-Me<Z.storage&&(_+=E-Me),k===0&&(D=_),_+=Z.storage}let H=I.type==="int"?Int32Array:I.type==="uint"?Uint32Array:Float32Array;I.__data=new H((_-D)/Float32Array.BYTES_PER_ELEMENT),I.__offset=D}}let w=_%E;return w>0&&(_+=E-w),v.__size=_,v.__cache={},this}function b(v,A){let _={boundary:0,storage:0};return typeof v=="number"||typeof v=="boolean"?(_.boundary=4,_.storage=4):v.isVector2?(_.boundary=8,_.storage=8):v.isVector3||v.isColor?(_.boundary=16,_.storage=12):v.isVector4?(_.boundary=16,_.storage=16):v.isMatrix3?(_.boundary=16,_.storage=48):v.isMatrix4?(_.boundary=16,_.storage=64):v.isTexture?Le("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(v)?(_.boundary=16,_.storage=v.byteLength):Le("WebGLRenderer: Unsupported uniform value type.",v),A===!0&&(_.boundary=16,_.storage=Math.ceil(_.storage/16)*16),_}function g(v){let A=v.target;A.removeEventListener("dispose",g),n.deleteBuffer(r[A.id]),delete r[A.id],delete s[A.id]}function m(){for(let v in r)n.deleteBuffer(r[v]);r={},s={}}return{bind:a,update:o,dispose:m}}var fA=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),Vn=null;function dA(){return Vn===null&&(Vn=new da(fA,16,16,Di,Ln),Vn.name="DFG_LUT",Vn.minFilter=Yt,Vn.magFilter=Yt,Vn.wrapS=Bn,Vn.wrapT=Bn,Vn.generateMipmaps=!1,Vn.needsUpdate=!0),Vn}var Vc=class{constructor(e={}){let{canvas:t=o0(),context:i=null,depth:r=!0,stencil:s=!1,alpha:a=!1,antialias:o=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:h="default",failIfMajorPerformanceCaveat:f=!1,reversedDepthBuffer:u=!1,outputBufferType:d=en}=e;this.isWebGLRenderer=!0;let p;if(i!==null){if(typeof WebGLRenderingContext<"u"&&i instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");p=i.getContextAttributes().alpha}else p=a;let b=d,g=new Set([sc,rc,ic]),m=new Set([en,In,_s,hr,ec,tc]),v=new Uint32Array(4),A=new Int32Array(4),_={textures:[],min:[],max:[],resolution:[]},E=null,w=null,x=[],S=[],N=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=zn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let T=this,P=!1,I=null,O=null,R=null,D=null;this._outputColorSpace=Bt;let H=0,k=0,K=null,$=-1,Z=null,ne=new mt,ee=new mt,Me=null,X=new ke(0),ie=0,le=t.width,be=t.height,te=1,Se=null,Xe=null,Te=new mt(0,0,le,be),qe=new mt(0,0,le,be),et=!1,xe=new Ei,Je=new Pl,tt=!1,ht=!1,nt=new Qe,ot=new B,gt=new mt,bt={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},hn=!1;function un(){return K===null?te:1}let U=i;function fn(M,F){return t.getContext(M,F)}let dt,pt,ge,wt,Ne,Oe,C,y,V,se,Q,ce,pe,Y,J,ue,L,j,q,fe,oe,he,Re;try{let M={alpha:!0,depth:r,stencil:s,antialias:o,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:h,failIfMajorPerformanceCaveat:f};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Ie,!1),t.addEventListener("webglcontextrestored",Ve,!1),t.addEventListener("webglcontextcreationerror",ye,!1),U===null){let F="webgl2";if(U=fn(F,M),U===null)throw fn(F)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Ge()}catch(M){throw t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",Ve,!1),t.removeEventListener("webglcontextcreationerror",ye,!1),De("WebGLRenderer: "+M.message),M}function Ge(){dt=new wS(U),dt.init(),oe=new aA(U,dt),pt=new dS(U,dt,e,oe),ge=new rA(U,dt),pt.reversedDepthBuffer&&u&&ge.buffers.depth.setReversed(!0),O=U.createFramebuffer(),R=U.createFramebuffer(),D=U.createFramebuffer(),wt=new TS(U),Ne=new Ww,Oe=new sA(U,dt,ge,Ne,pt,oe,wt),C=new SS(T),y=new Rv(U),he=new uS(U,y),V=new AS(U,y,wt,he),se=new RS(U,V,y,he,wt),j=new CS(U,pt,Oe),J=new pS(Ne),Q=new Hw(T,C,dt,pt,he,J),ce=new hA(T,Ne),pe=new Xw,Y=new jw(dt),L=new hS(T,C,ge,se,p,l),ue=new iA(T,se,pt),Re=new uA(U,wt,pt,ge),q=new fS(U,dt,wt),fe=new ES(U,dt,wt),wt.programs=Q.programs,T.capabilities=pt,T.extensions=dt,T.properties=Ne,T.renderLists=pe,T.shadowMap=ue,T.state=ge,T.info=wt}b!==en&&(N=new IS(b,t.width,t.height,o,r,s));let ae=new Df(T,U);this.xr=ae,this.getContext=function(){return U},this.getContextAttributes=function(){return U.getContextAttributes()},this.forceContextLoss=function(){let M=dt.get("WEBGL_lose_context");M&&M.loseContext()},this.forceContextRestore=function(){let M=dt.get("WEBGL_lose_context");M&&M.restoreContext()},this.getPixelRatio=function(){return te},this.setPixelRatio=function(M){M!==void 0&&(te=M,this.setSize(le,be,!1))},this.getSize=function(M){return M.set(le,be)},this.setSize=function(M,F,W=!0){if(ae.isPresenting){Le("WebGLRenderer: Can't change size while VR device is presenting.");return}le=M,be=F,t.width=Math.floor(M*te),t.height=Math.floor(F*te),W===!0&&(t.style.width=M+"px",t.style.height=F+"px"),N!==null&&N.setSize(t.width,t.height),this.setViewport(0,0,M,F)},this.getDrawingBufferSize=function(M){return M.set(le*te,be*te).floor()},this.setDrawingBufferSize=function(M,F,W){le=M,be=F,te=W,t.width=Math.floor(M*W),t.height=Math.floor(F*W),this.setViewport(0,0,M,F)},this.setEffects=function(M){if(b===en){De("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(M){for(let F=0;F<M.length;F++)if(M[F].isOutputPass===!0){Le("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}N.setEffects(M||[])},this.getCurrentViewport=function(M){return M.copy(ne)},this.getViewport=function(M){return M.copy(Te)},this.setViewport=function(M,F,W,z){M.isVector4?Te.set(M.x,M.y,M.z,M.w):Te.set(M,F,W,z),ge.viewport(ne.copy(Te).multiplyScalar(un()).round())},this.getScissor=function(M){return M.copy(qe)},this.setScissor=function(M,F,W,z){M.isVector4?qe.set(M.x,M.y,M.z,M.w):qe.set(M,F,W,z),ge.scissor(ee.copy(qe).multiplyScalar(un()).round())},this.getScissorTest=function(){return et},this.setScissorTest=function(M){ge.setScissorTest(et=M)},this.setOpaqueSort=function(M){Se=M},this.setTransparentSort=function(M){Xe=M},this.getClearColor=function(M){return M.copy(L.getClearColor())},this.setClearColor=function(){L.setClearColor(...arguments)},this.getClearAlpha=function(){return L.getClearAlpha()},this.setClearAlpha=function(){L.setClearAlpha(...arguments)},this.clear=function(M=!0,F=!0,W=!0){let z=0;if(M){let G=!1;if(K!==null){let me=K.texture.format;G=g.has(me)}if(G){let me=K.texture.type,we=m.has(me),de=L.getClearColor(),ve=L.getClearAlpha(),Ce=de.r,Be=de.g,Ye=de.b;we?(v[0]=Ce,v[1]=Be,v[2]=Ye,v[3]=ve,U.clearBufferuiv(U.COLOR,0,v)):(A[0]=Ce,A[1]=Be,A[2]=Ye,A[3]=ve,U.clearBufferiv(U.COLOR,0,A))}else z|=U.COLOR_BUFFER_BIT}F&&(z|=U.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),W&&(z|=U.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),z!==0&&U.clear(z)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(M){M.setRenderer(this),I=M},this.dispose=function(){t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",Ve,!1),t.removeEventListener("webglcontextcreationerror",ye,!1),L.dispose(),pe.dispose(),Y.dispose(),Oe.dispose(),Ne.dispose(),C.dispose(),se.dispose(),V.dispose(),he.dispose(),Re.dispose(),Q.dispose(),ae.dispose(),ae.removeEventListener("sessionstart",Hf),ae.removeEventListener("sessionend",Wf),Ui.stop()};function Ie(M){M.preventDefault(),oa("WebGLRenderer: Context Lost."),P=!0}function Ve(){oa("WebGLRenderer: Context Restored."),P=!1;let M=wt.autoReset,F=ue.enabled,W=ue.autoUpdate,z=ue.needsUpdate,G=ue.type;Ge(),wt.autoReset=M,ue.enabled=F,ue.autoUpdate=W,ue.needsUpdate=z,ue.type=G}function ye(M){De("WebGLRenderer: A WebGL context could not be created. Reason: ",M.statusMessage)}function at(M){let F=M.target;F.removeEventListener("dispose",at),Pt(F)}function Pt(M){hi(M),Ne.remove(M)}function hi(M){let F=Ne.get(M).programs;F!==void 0&&(F.forEach(function(W){Q.releaseProgram(W)}),M.isShaderMaterial&&Q.releaseShaderCache(M))}this.renderBufferDirect=function(M,F,W,z,G,me){F===null&&(F=bt);let we=G.isMesh&&G.matrixWorld.determinantAffine()<0,de=Cb(M,F,W,z,G);ge.setMaterial(z,we);let ve=W.index,Ce=1;if(z.wireframe===!0){if(ve=V.getWireframeAttribute(W),ve===void 0)return;Ce=2}let Be=W.drawRange,Ye=W.attributes.position,Ae=Be.start*Ce,Ze=(Be.start+Be.count)*Ce;me!==null&&(Ae=Math.max(Ae,me.start*Ce),Ze=Math.min(Ze,(me.start+me.count)*Ce)),ve!==null?(Ae=Math.max(Ae,0),Ze=Math.min(Ze,ve.count)):Ye!=null&&(Ae=Math.max(Ae,0),Ze=Math.min(Ze,Ye.count));let _t=Ze-Ae;if(_t<0||_t===1/0)return;he.setup(G,z,de,W,ve);let ut,lt=q;if(ve!==null&&(ut=y.get(ve),lt=fe,lt.setIndex(ut)),G.isMesh)z.wireframe===!0?(ge.setLineWidth(z.wireframeLinewidth*un()),lt.setMode(U.LINES)):lt.setMode(U.TRIANGLES);else if(G.isLine){let zt=z.linewidth;zt===void 0&&(zt=1),ge.setLineWidth(zt*un()),G.isLineSegments?lt.setMode(U.LINES):G.isLineLoop?lt.setMode(U.LINE_LOOP):lt.setMode(U.LINE_STRIP)}else G.isPoints?lt.setMode(U.POINTS):G.isSprite&&lt.setMode(U.TRIANGLES);if(G.isBatchedMesh)if(dt.get("WEBGL_multi_draw"))lt.renderMultiDraw(G._multiDrawStarts,G._multiDrawCounts,G._multiDrawCount);else{let zt=G._multiDrawStarts,Ee=G._multiDrawCounts,$t=G._multiDrawCount,it=ve?y.get(ve).bytesPerElement:1,Bi=Ne.get(z).currentProgram.getUniforms();for(let Vt=0;Vt<$t;Vt++)Bi.setValue(U,"_gl_DrawID",Vt),lt.render(zt[Vt]/it,Ee[Vt])}else if(G.isInstancedMesh)lt.renderInstances(Ae,_t,G.count);else if(W.isInstancedBufferGeometry){let zt=W._maxInstanceCount!==void 0?W._maxInstanceCount:1/0,Ee=Math.min(W.instanceCount,zt);lt.renderInstances(Ae,_t,Ee)}else lt.render(Ae,_t)};function Gf(M,F,W,z){I!==null&&M.isNodeMaterial&&I.setObject(z,M),tt===!0&&J.setState(M,W,!1),M.transparent===!0&&M.side===_n&&M.forceSinglePass===!1?(M.side=Jt,M.needsUpdate=!0,Ts(M,F,z),M.side=Ni,M.needsUpdate=!0,Ts(M,F,z),M.side=_n):Ts(M,F,z)}this.compile=function(M,F,W=null){W===null&&(W=M),I!==null&&I.renderStart(M,F,W),w=Y.get(W),w.init(F),S.push(w),W.traverseVisible(function(G){G.isLight&&G.layers.test(F.layers)&&(w.pushLight(G),G.castShadow&&w.pushShadow(G))}),M!==W&&M.traverseVisible(function(G){G.isLight&&G.layers.test(F.layers)&&(w.pushLight(G),G.castShadow&&w.pushShadow(G))}),w.setupLights(),I!==null&&I.updateLights(w.state.lightsArray),ht=this.localClippingEnabled,tt=J.init(this.clippingPlanes,ht),tt===!0&&J.setGlobalState(this.clippingPlanes,F),I!==null&&ue.render(w.state.shadowsArray,W,F);let z=new Set;return M.traverse(function(G){if(!(G.isMesh||G.isPoints||G.isLine||G.isSprite))return;let me=G.material;if(me)if(Array.isArray(me))for(let we=0;we<me.length;we++){let de=me[we];Gf(de,W,F,G),z.add(de)}else Gf(me,W,F,G),z.add(me)}),w=S.pop(),I!==null&&I.renderEnd(),z},this.compileAsync=function(M,F,W=null){let z=this.compile(M,F,W);return new Promise(G=>{function me(){if(z.forEach(function(we){let ve=Ne.get(we).currentProgram;(ve===void 0||ve.isReady())&&z.delete(we)}),z.size===0){G(M);return}setTimeout(me,10)}dt.get("KHR_parallel_shader_compile")!==null?me():setTimeout(me,10)})};let th=null;function Eb(M){th&&th(M)}function Hf(){Ui.stop()}function Wf(){Ui.start()}let Ui=new U0;Ui.setAnimationLoop(Eb),typeof self<"u"&&Ui.setContext(self),this.setAnimationLoop=function(M){th=M,ae.setAnimationLoop(M),M===null?Ui.stop():Ui.start()},ae.addEventListener("sessionstart",Hf),ae.addEventListener("sessionend",Wf),this.render=function(M,F){if(F!==void 0&&F.isCamera!==!0){De("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(P===!0)return;I!==null&&I.renderStart(M,F);let W=ae.enabled===!0&&ae.isPresenting===!0,z=N!==null&&(K===null||W)&&N.begin(T,K);if(M.matrixWorldAutoUpdate===!0&&M.updateMatrixWorld(),F.parent===null&&F.matrixWorldAutoUpdate===!0&&F.updateMatrixWorld(),ae.enabled===!0&&ae.isPresenting===!0&&(N===null||N.isCompositing()===!1)&&(ae.cameraAutoUpdate===!0&&ae.updateCamera(F),F=ae.getCamera()),M.isScene===!0&&M.onBeforeRender(T,M,F,K),w=Y.get(M,S.length),w.init(F),w.state.textureUnits=Oe.getTextureUnits(),S.push(w),nt.multiplyMatrices(F.projectionMatrix,F.matrixWorldInverse),F.isArrayCamera?Je.setFromArrayCamera(F):xe.setFromProjectionMatrix(nt,bn,F.reversedDepth),ht=this.localClippingEnabled,tt=J.init(this.clippingPlanes,ht),E=pe.get(M,x.length),E.init(),x.push(E),this.info.render.frame++,ae.enabled===!0&&ae.isPresenting===!0){let we=T.xr.getDepthSensingMesh();we!==null&&nh(we,F,-1/0,T.sortObjects)}nh(M,F,0,T.sortObjects),E.finish(),I!==null&&I.updateLights(w.state.lightsArray),T.sortObjects===!0&&E.sort(Se,Xe),hn=ae.enabled===!1||ae.isPresenting===!1||ae.hasDepthSensing()===!1,hn&&L.addToRenderList(E,M),this.info.autoReset===!0&&this.info.reset(),tt===!0&&J.beginShadows();let G=w.state.shadowsArray;if(ue.render(G,M,F),tt===!0&&J.endShadows(),(z&&N.hasRenderPass())===!1){let we=E.opaque,de=E.transmissive;if(w.setupLights(),F.isArrayCamera){let ve=F.cameras;if(de.length>0)for(let Ce=0,Be=ve.length;Ce<Be;Ce++){let Ye=ve[Ce];Xf(we,de,M,Ye)}hn&&L.render(M);for(let Ce=0,Be=ve.length;Ce<Be;Ce++){let Ye=ve[Ce];$f(E,M,Ye,Ye.viewport)}}else de.length>0&&Xf(we,de,M,F),hn&&L.render(M),$f(E,M,F)}K!==null&&k===0&&(Oe.updateMultisampleRenderTarget(K),Oe.updateRenderTargetMipmap(K)),z&&N.end(T),M.isScene===!0&&M.onAfterRender(T,M,F),he.resetDefaultState(),$=-1,Z=null,S.pop(),S.length>0?(w=S[S.length-1],Oe.setTextureUnits(w.state.textureUnits),tt===!0&&J.setGlobalState(T.clippingPlanes,w.state.camera)):w=null,x.pop(),x.length>0?E=x[x.length-1]:E=null,I!==null&&I.renderEnd()};function nh(M,F,W,z){if(M.visible===!1)return;if(M.layers.test(F.layers)){if(M.isGroup)W=M.renderOrder;else if(M.isLOD)M.autoUpdate===!0&&M.update(F);else if(M.isLight)w.pushLight(M),M.castShadow&&w.pushShadow(M);else if(M.isSprite){let we=F.isArrayCamera?Je:xe;if(!M.frustumCulled||M.intersectsFrustum(we)){z&&gt.setFromMatrixPosition(M.matrixWorld).applyMatrix4(nt);let de=se.update(M),ve=M.material;ve.visible&&E.push(M,de,ve,W,gt.z,null,F)}}else if(M.isMesh||M.isLine||M.isPoints){let we=F.isArrayCamera?Je:xe;if(!M.frustumCulled||M.intersectsFrustum(we)){let de=se.update(M),ve=M.material;if(z&&(M.boundingSphere!==void 0?(M.boundingSphere===null&&M.computeBoundingSphere(),gt.copy(M.boundingSphere.center)):(de.boundingSphere===null&&de.computeBoundingSphere(),gt.copy(de.boundingSphere.center)),gt.applyMatrix4(M.matrixWorld).applyMatrix4(nt)),Array.isArray(ve)){let Ce=de.groups;for(let Be=0,Ye=Ce.length;Be<Ye;Be++){let Ae=Ce[Be],Ze=ve[Ae.materialIndex];Ze&&Ze.visible&&E.push(M,de,Ze,W,gt.z,Ae,F)}}else ve.visible&&E.push(M,de,ve,W,gt.z,null,F)}}}let me=M.children;for(let we=0,de=me.length;we<de;we++)nh(me[we],F,W,z)}function $f(M,F,W,z){let{opaque:G,transmissive:me,transparent:we}=M;w.setupLightsView(W),tt===!0&&J.setGlobalState(T.clippingPlanes,W),z&&ge.viewport(ne.copy(z)),G.length>0&&qa(G,F,W),me.length>0&&qa(me,F,W),we.length>0&&qa(we,F,W),ge.buffers.depth.setTest(!0),ge.buffers.depth.setMask(!0),ge.buffers.color.setMask(!0),ge.setPolygonOffset(!1)}function Xf(M,F,W,z){if((W.isScene===!0?W.overrideMaterial:null)!==null)return;if(w.state.transmissionRenderTarget[z.id]===void 0){let Ae=dt.has("EXT_color_buffer_half_float")||dt.has("EXT_color_buffer_float");w.state.transmissionRenderTarget[z.id]=new ln(1,1,{generateMipmaps:!0,type:Ae?Ln:en,minFilter:oi,samples:Math.max(4,pt.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Ke.workingColorSpace})}let me=w.state.transmissionRenderTarget[z.id],we=z.viewport||ne;me.setSize(we.z*T.transmissionResolutionScale,we.w*T.transmissionResolutionScale);let de=T.getRenderTarget(),ve=T.getActiveCubeFace(),Ce=T.getActiveMipmapLevel();T.setRenderTarget(me),T.getClearColor(X),ie=T.getClearAlpha(),ie<1&&T.setClearColor(16777215,.5),T.clear(),hn&&L.render(W);let Be=T.toneMapping;T.toneMapping=zn;let Ye=z.viewport;if(z.viewport!==void 0&&(z.viewport=void 0),w.setupLightsView(z),tt===!0&&J.setGlobalState(T.clippingPlanes,z),qa(M,W,z),Oe.updateMultisampleRenderTarget(me),Oe.updateRenderTargetMipmap(me),dt.has("WEBGL_multisampled_render_to_texture")===!1){let Ae=!1;for(let Ze=0,_t=F.length;Ze<_t;Ze++){let ut=F[Ze],{object:lt,geometry:zt,material:Ee,group:$t}=ut;if(Ee.side===_n&&lt.layers.test(z.layers)){let it=Ee.side;Ee.side=Jt,Ee.needsUpdate=!0,qf(lt,W,z,zt,Ee,$t),Ee.side=it,Ee.needsUpdate=!0,Ae=!0}}Ae===!0&&(Oe.updateMultisampleRenderTarget(me),Oe.updateRenderTargetMipmap(me))}T.setRenderTarget(de,ve,Ce),T.setClearColor(X,ie),Ye!==void 0&&(z.viewport=Ye),T.toneMapping=Be}function qa(M,F,W){let z=F.isScene===!0?F.overrideMaterial:null;for(let G=0,me=M.length;G<me;G++){let we=M[G],{object:de,geometry:ve,group:Ce}=we,Be=we.material;Be.allowOverride===!0&&z!==null&&(Be=z),de.layers.test(W.layers)&&qf(de,F,W,ve,Be,Ce)}}function qf(M,F,W,z,G,me){I!==null&&G.isNodeMaterial&&I.setObject(M,G),M.onBeforeRender(T,F,W,z,G,me),M.modelViewMatrix.multiplyMatrices(W.matrixWorldInverse,M.matrixWorld),M.normalMatrix.getNormalMatrix(M.modelViewMatrix),G.onBeforeRender(T,F,W,z,M,me),G.transparent===!0&&G.side===_n&&G.forceSinglePass===!1?(G.side=Jt,G.needsUpdate=!0,T.renderBufferDirect(W,F,z,G,M,me),G.side=Ni,G.needsUpdate=!0,T.renderBufferDirect(W,F,z,G,M,me),G.side=_n):T.renderBufferDirect(W,F,z,G,M,me),M.onAfterRender(T,F,W,z,G,me)}function Yf(M){let F=0;for(let W of M)W.texture!==null&&F++;return F}function Ts(M,F,W){F.isScene!==!0&&(F=bt);let z=Ne.get(M),G=w.state.lights,me=w.state.shadowsArray,we=G.state.version,de=Q.getParameters(M,G.state,me,F,W,w.state.lightProbeGridArray),ve=Q.getProgramCacheKey(de),Ce=z.programs;z.environment=M.isMeshStandardMaterial||M.isMeshLambertMaterial||M.isMeshPhongMaterial?F.environment:null,z.fog=F.fog;let Be=M.isMeshStandardMaterial||M.isMeshLambertMaterial&&!M.envMap||M.isMeshPhongMaterial&&!M.envMap;z.envMap=C.get(M.envMap||z.environment,Be),z.envMapRotation=z.environment!==null&&M.envMap===null?F.environmentRotation:M.envMapRotation,Ce===void 0&&(M.addEventListener("dispose",at),Ce=new Map,z.programs=Ce,z.programVariants=new Map);let Ye=Ce.get(ve);if(Ye!==void 0){if(z.currentProgram===Ye&&z.lightsStateVersion===we)return Kf(M,de),Ye}else de.uniforms=Q.getUniforms(M),I!==null&&M.isNodeMaterial&&I.build(M,W,de),M.onBeforeCompile(de,T),Ye=Q.acquireProgram(de,ve),Ce.set(ve,Ye),z.uniforms=de.uniforms;let Ae=z.uniforms;return(!M.isShaderMaterial&&!M.isRawShaderMaterial||M.clipping===!0)&&(Ae.clippingPlanes=J.uniform),Kf(M,de),z.needsLights=Pb(M),z.lightsStateVersion=we,z.needsLights&&(Ae.ambientLightColor.value=G.state.ambient,Ae.lightProbe.value=G.state.probe,Ae.sunLights.value=G.state.sun,Ae.sunLightShadows.value=G.state.sunShadow,Ae.directionalLights.value=G.state.directional,Ae.directionalLightShadows.value=G.state.directionalShadow,Ae.spotLights.value=G.state.spot,Ae.spotLightShadows.value=G.state.spotShadow,Ae.rectAreaLights.value=G.state.rectArea,Ae.ltc_1.value=G.state.rectAreaLTC1,Ae.ltc_2.value=G.state.rectAreaLTC2,Ae.pointLights.value=G.state.point,Ae.pointLightShadows.value=G.state.pointShadow,Ae.hemisphereLights.value=G.state.hemi,Ae.sunShadowMatrix.value=G.state.sunShadowMatrix,Ae.sunShadowCascade.value=G.state.sunShadowCascade,Ae.directionalShadowMatrix.value=G.state.directionalShadowMatrix,Ae.spotLightMatrix.value=G.state.spotLightMatrix,Ae.spotLightMap.value=G.state.spotLightMap,Ae.pointShadowMatrix.value=G.state.pointShadowMatrix),z.numLightProbeGrids=Yf(w.state.lightProbeGridArray),z.currentProgram=Ye,z.uniformsList=null,Ye}function Tb(M,F,W,z,G){let me=Ne.get(M),we=me.currentProgram.id+","+z+","+G,de=me.programVariants.get(we);return de===void 0?(de=Ts(M,F,W),me.programVariants.set(we,de)):(me.currentProgram=de,me.uniformsList=null,me.outputColorSpace=z,me.toneMapping=G),de}function Zf(M){if(M.uniformsList===null){let F=M.currentProgram.getUniforms();M.uniformsList=vs.seqWithValue(F.seq,M.uniforms)}return M.uniformsList}function Kf(M,F){let W=Ne.get(M);W.outputColorSpace=F.outputColorSpace,W.batching=F.batching,W.batchingColor=F.batchingColor,W.instancing=F.instancing,W.instancingColor=F.instancingColor,W.instancingMorph=F.instancingMorph,W.skinning=F.skinning,W.morphTargets=F.morphTargets,W.morphNormals=F.morphNormals,W.morphColors=F.morphColors,W.morphTargetsCount=F.morphTargetsCount,W.numClippingPlanes=F.numClippingPlanes,W.numIntersection=F.numClipIntersection,W.vertexAlphas=F.vertexAlphas,W.vertexTangents=F.vertexTangents,W.toneMapping=F.toneMapping}function Cb(M,F,W,z,G){F.isScene!==!0&&(F=bt),Oe.resetTextureUnits();let me=F.fog,we=z.isMeshStandardMaterial||z.isMeshLambertMaterial||z.isMeshPhongMaterial?F.environment:null,de=K===null?T.outputColorSpace:K.isXRRenderTarget===!0?K.texture.colorSpace:Ke.workingColorSpace,ve=z.isMeshStandardMaterial||z.isMeshLambertMaterial&&!z.envMap||z.isMeshPhongMaterial&&!z.envMap,Ce=C.get(z.envMap||we,ve),Be=z.vertexColors===!0&&!!W.attributes.color&&W.attributes.color.itemSize===4,Ye=!!W.attributes.tangent&&(!!z.normalMap||z.anisotropy>0),Ae=!!W.morphAttributes.position,Ze=!!W.morphAttributes.normal,_t=!!W.morphAttributes.color,ut=zn;z.toneMapped&&(K===null||K.isXRRenderTarget===!0)&&(ut=T.toneMapping);let lt=W.morphAttributes.position||W.morphAttributes.normal||W.morphAttributes.color,zt=lt!==void 0?lt.length:0,Ee=Ne.get(z),$t=w.state.lights;if(tt===!0&&(ht===!0||M!==Z)){let xt=M===Z&&z.id===$;J.setState(z,M,xt)}let it=!1,Bi=!1;z.version===Ee.__version?Ee.needsLights&&Ee.lightsStateVersion!==$t.state.version||G.isBatchedMesh&&Ee.batching===!1||!G.isBatchedMesh&&Ee.batching===!0||G.isBatchedMesh&&Ee.batchingColor===!0&&G._colorsTexture===null||G.isBatchedMesh&&Ee.batchingColor===!1&&G._colorsTexture!==null||G.isInstancedMesh&&Ee.instancing===!1||!G.isInstancedMesh&&Ee.instancing===!0||G.isSkinnedMesh&&Ee.skinning===!1||!G.isSkinnedMesh&&Ee.skinning===!0||G.isInstancedMesh&&Ee.instancingColor===!0&&G.instanceColor===null||G.isInstancedMesh&&Ee.instancingColor===!1&&G.instanceColor!==null||G.isInstancedMesh&&Ee.instancingMorph===!0&&G.morphTexture===null||G.isInstancedMesh&&Ee.instancingMorph===!1&&G.morphTexture!==null||Ee.envMap!==Ce||z.fog===!0&&Ee.fog!==me||Ee.numClippingPlanes!==void 0&&(Ee.numClippingPlanes!==J.numPlanes||Ee.numIntersection!==J.numIntersection)||Ee.vertexAlphas!==Be||Ee.vertexTangents!==Ye||Ee.morphTargets!==Ae||Ee.morphNormals!==Ze||Ee.morphColors!==_t||Ee.morphTargetsCount!==zt||Ee.numLightProbeGrids!==Yf(w.state.lightProbeGridArray)?it=!0:(Ee.outputColorSpace!==de||Ee.toneMapping!==ut)&&(Bi=!0):(it=!0,Ee.__version=z.version);let Vt=Ee.currentProgram;(it===!0||Bi===!0)&&(Vt=Bi===!0?Tb(z,F,G,de,ut):Ts(z,F,G),I&&z.isNodeMaterial&&I.onUpdateProgram(z,Vt,Ee));let Ya=!1,ui=!1,ki=!1,je=Vt.getUniforms(),Ft=Ee.uniforms;if(ge.useProgram(Vt.program)&&(Ya=!0,ui=!0,ki=!0),z.id!==$&&($=z.id,ui=!0),Ya||Z!==M){ge.buffers.depth.getReversed()&&M.reversedDepth!==!0&&(M._reversedDepth=!0,M.updateProjectionMatrix()),je.setValue(U,"projectionMatrix",M.projectionMatrix),je.setValue(U,"viewMatrix",M.matrixWorldInverse);let It=je.map.cameraPosition;It!==void 0&&It.setValue(U,ot.setFromMatrixPosition(M.matrixWorld)),pt.logarithmicDepthBuffer&&je.setValue(U,"logDepthBufFC",2/(Math.log(M.far+1)/Math.LN2)),(z.isMeshPhongMaterial||z.isMeshToonMaterial||z.isMeshLambertMaterial||z.isMeshBasicMaterial||z.isMeshStandardMaterial||z.isShaderMaterial)&&je.setValue(U,"isOrthographic",M.isOrthographicCamera===!0),Z!==M&&(Z=M,ui=!0,ki=!0)}if(Ee.needsLights&&($t.state.sunShadowMap.length>0&&je.setValue(U,"sunShadowMap",$t.state.sunShadowMap,Oe),$t.state.directionalShadowMap.length>0&&je.setValue(U,"directionalShadowMap",$t.state.directionalShadowMap,Oe),$t.state.spotShadowMap.length>0&&je.setValue(U,"spotShadowMap",$t.state.spotShadowMap,Oe),$t.state.pointShadowMap.length>0&&je.setValue(U,"pointShadowMap",$t.state.pointShadowMap,Oe)),G.isSkinnedMesh){je.setOptional(U,G,"bindMatrix"),je.setOptional(U,G,"bindMatrixInverse");let xt=G.skeleton;xt&&(xt.boneTexture===null&&xt.computeBoneTexture(),je.setValue(U,"boneTexture",xt.boneTexture,Oe))}G.isBatchedMesh&&(je.setOptional(U,G,"batchingTexture"),je.setValue(U,"batchingTexture",G._matricesTexture,Oe),je.setOptional(U,G,"batchingIdTexture"),je.setValue(U,"batchingIdTexture",G._indirectTexture,Oe),je.setOptional(U,G,"batchingColorTexture"),G._colorsTexture!==null&&je.setValue(U,"batchingColorTexture",G._colorsTexture,Oe));let Mn=W.morphAttributes;if((Mn.position!==void 0||Mn.normal!==void 0||Mn.color!==void 0)&&j.update(G,W,Vt),(ui||Ee.receiveShadow!==G.receiveShadow)&&(Ee.receiveShadow=G.receiveShadow,je.setValue(U,"receiveShadow",G.receiveShadow)),(z.isMeshStandardMaterial||z.isMeshLambertMaterial||z.isMeshPhongMaterial)&&z.envMap===null&&F.environment!==null&&(Ft.envMapIntensity.value=F.environmentIntensity),Ft.dfgLUT!==void 0&&(Ft.dfgLUT.value=dA()),ui){if(je.setValue(U,"toneMappingExposure",T.toneMappingExposure),Ee.needsLights&&Rb(Ft,ki),me&&z.fog===!0&&ce.refreshFogUniforms(Ft,me),ce.refreshMaterialUniforms(Ft,z,te,be,w.state.transmissionRenderTarget[M.id]),Ee.needsLights&&Ee.numLightProbeGrids>0){let xt=_,It=0;for(let Hn of w.state.lightProbeGridArray)Hn.texture!==null&&(xt.textures[It]=Hn.texture,xt.min[It]=Hn.boundingBox.min,xt.max[It]=Hn.boundingBox.max,xt.resolution[It]=Hn.resolution,It++);for(let Hn in xt)xt[Hn].length=It;Ft.probesSH.value=xt.textures,Ft.probesMin.value=xt.min,Ft.probesMax.value=xt.max,Ft.probesResolution.value=xt.resolution}vs.upload(U,Zf(Ee),Ft,Oe)}if(z.isShaderMaterial&&z.uniformsNeedUpdate===!0&&(vs.upload(U,Zf(Ee),Ft,Oe),z.uniformsNeedUpdate=!1),z.isSpriteMaterial&&je.setValue(U,"center",G.center),je.setValue(U,"modelViewMatrix",G.modelViewMatrix),je.setValue(U,"normalMatrix",G.normalMatrix),je.setValue(U,"modelMatrix",G.matrixWorld),z.uniformsGroups!==void 0){let xt=z.uniformsGroups;for(let It=0,Hn=xt.length;It<Hn;It++){let jf=xt[It];Re.update(jf,Vt),Re.bind(jf,Vt)}}return Vt}function Rb(M,F){M.ambientLightColor.needsUpdate=F,M.lightProbe.needsUpdate=F,M.sunLights.needsUpdate=F,M.sunLightShadows.needsUpdate=F,M.directionalLights.needsUpdate=F,M.directionalLightShadows.needsUpdate=F,M.pointLights.needsUpdate=F,M.pointLightShadows.needsUpdate=F,M.spotLights.needsUpdate=F,M.spotLightShadows.needsUpdate=F,M.rectAreaLights.needsUpdate=F,M.hemisphereLights.needsUpdate=F}function Pb(M){return M.isMeshLambertMaterial||M.isMeshToonMaterial||M.isMeshPhongMaterial||M.isMeshStandardMaterial||M.isShadowMaterial||M.isShaderMaterial&&M.lights===!0}this.getActiveCubeFace=function(){return H},this.getActiveMipmapLevel=function(){return k},this.getRenderTarget=function(){return K},this.setRenderTargetTextures=function(M,F,W){let z=Ne.get(M);z.__autoAllocateDepthBuffer=M.resolveDepthBuffer===!1,z.__autoAllocateDepthBuffer===!1&&(z.__useRenderToTexture=!1),Ne.get(M.texture).__webglTexture=F,Ne.get(M.depthTexture).__webglTexture=z.__autoAllocateDepthBuffer?void 0:W,z.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(M,F){let W=Ne.get(M);W.__webglFramebuffer=F,W.__useDefaultFramebuffer=F===void 0},this.setRenderTarget=function(M,F=0,W=0){K=M,H=F,k=W;let z=null,G=!1,me=!1;if(M){let de=Ne.get(M);if(de.__useDefaultFramebuffer!==void 0){ge.bindFramebuffer(U.FRAMEBUFFER,de.__webglFramebuffer),ne.copy(M.viewport),ee.copy(M.scissor),Me=M.scissorTest,ge.viewport(ne),ge.scissor(ee),ge.setScissorTest(Me),$=-1;return}else if(de.__webglFramebuffer===void 0)Oe.setupRenderTarget(M);else if(de.__hasExternalTextures)Oe.rebindTextures(M,Ne.get(M.texture).__webglTexture,Ne.get(M.depthTexture).__webglTexture);else if(M.depthBuffer){let Be=M.depthTexture;if(de.__boundDepthTexture!==Be){if(Be!==null&&Ne.has(Be)&&(M.width!==Be.image.width||M.height!==Be.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Oe.setupDepthRenderbuffer(M)}}let ve=M.texture;(ve.isData3DTexture||ve.isDataArrayTexture||ve.isCompressedArrayTexture)&&(me=!0);let Ce=Ne.get(M).__webglFramebuffer;M.isWebGLCubeRenderTarget?(Array.isArray(Ce[F])?z=Ce[F][W]:z=Ce[F],G=!0):M.samples>0&&Oe.useMultisampledRTT(M)===!1?z=Ne.get(M).__webglMultisampledFramebuffer:Array.isArray(Ce)?z=Ce[W]:z=Ce,ne.copy(M.viewport),ee.copy(M.scissor),Me=M.scissorTest}else ne.copy(Te).multiplyScalar(te).floor(),ee.copy(qe).multiplyScalar(te).floor(),Me=et;if(W!==0&&(z=O),ge.bindFramebuffer(U.FRAMEBUFFER,z)&&ge.drawBuffers(M,z),ge.viewport(ne),ge.scissor(ee),ge.setScissorTest(Me),G){let de=Ne.get(M.texture);U.framebufferTexture2D(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_CUBE_MAP_POSITIVE_X+F,de.__webglTexture,W)}else if(me){let de=F;for(let ve=0;ve<M.textures.length;ve++){let Ce=Ne.get(M.textures[ve]);U.framebufferTextureLayer(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0+ve,Ce.__webglTexture,W,de)}}else if(M!==null&&W!==0){let de=Ne.get(M.texture);U.framebufferTexture2D(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,de.__webglTexture,W)}$=-1};function Jf(M){let F=Ne.get(M);return(F.__readFormat!==M.format||F.__readType!==M.type)&&(F.__readFormat=M.format,F.__readType=M.type,F.__formatReadable=pt.textureFormatReadable(M.format),F.__typeReadable=pt.textureTypeReadable(M.type)),F}this.readRenderTargetPixels=function(M,F,W,z,G,me,we,de=0){if(!(M&&M.isWebGLRenderTarget)){De("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let ve=Ne.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&we!==void 0&&(ve=ve[we],Array.isArray(ve)&&(ve=ve[0])),ve){ge.bindFramebuffer(U.FRAMEBUFFER,ve);try{let Ce=M.textures[de],Be=Ce.format,Ye=Ce.type;M.textures.length>1&&U.readBuffer(U.COLOR_ATTACHMENT0+de);let Ae=Jf(Ce);if(Ae.__formatReadable===!1){De("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Ae.__typeReadable===!1){De("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}F>=0&&F<=M.width-z&&W>=0&&W<=M.height-G&&U.readPixels(F,W,z,G,oe.convert(Be),oe.convert(Ye),me)}finally{let Ce=K!==null?Ne.get(K).__webglFramebuffer:null;ge.bindFramebuffer(U.FRAMEBUFFER,Ce)}}},this.readRenderTargetPixelsAsync=async function(M,F,W,z,G,me,we,de=0){if(!(M&&M.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let ve=Ne.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&we!==void 0&&(ve=ve[we],Array.isArray(ve)&&(ve=ve[0])),ve)if(F>=0&&F<=M.width-z&&W>=0&&W<=M.height-G){ge.bindFramebuffer(U.FRAMEBUFFER,ve);let Ce=M.textures[de],Be=Ce.format,Ye=Ce.type;M.textures.length>1&&U.readBuffer(U.COLOR_ATTACHMENT0+de);let Ae=Jf(Ce);if(Ae.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Ae.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let Ze=U.createBuffer();U.bindBuffer(U.PIXEL_PACK_BUFFER,Ze),U.bufferData(U.PIXEL_PACK_BUFFER,me.byteLength,U.STREAM_READ),U.readPixels(F,W,z,G,oe.convert(Be),oe.convert(Ye),0),U.bindBuffer(U.PIXEL_PACK_BUFFER,null);let _t=K!==null?Ne.get(K).__webglFramebuffer:null;ge.bindFramebuffer(U.FRAMEBUFFER,_t);let ut=U.fenceSync(U.SYNC_GPU_COMMANDS_COMPLETE,0);return U.flush(),await c0(U,ut,4),U.bindBuffer(U.PIXEL_PACK_BUFFER,Ze),U.getBufferSubData(U.PIXEL_PACK_BUFFER,0,me),U.bindBuffer(U.PIXEL_PACK_BUFFER,null),U.deleteBuffer(Ze),U.deleteSync(ut),me}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(M,F=null,W=0){let z=Math.pow(2,-W),G=Math.floor(M.image.width*z),me=Math.floor(M.image.height*z),we=F!==null?F.x:0,de=F!==null?F.y:0;Oe.setTexture2D(M,0),U.copyTexSubImage2D(U.TEXTURE_2D,W,0,0,we,de,G,me),ge.unbindTexture()},this.copyTextureToTexture=function(M,F,W=null,z=null,G=0,me=0){let we,de,ve,Ce,Be,Ye,Ae,Ze,_t,ut=M.isCompressedTexture?M.mipmaps[me]:M.image;if(W!==null)we=W.max.x-W.min.x,de=W.max.y-W.min.y,ve=W.isBox3?W.max.z-W.min.z:1,Ce=W.min.x,Be=W.min.y,Ye=W.isBox3?W.min.z:0;else{let je=Math.pow(2,-G);we=Math.floor(ut.width*je),de=Math.floor(ut.height*je),M.isDataArrayTexture?ve=ut.depth:M.isData3DTexture?ve=Math.floor(ut.depth*je):ve=1,Ce=0,Be=0,Ye=0}z!==null?(Ae=z.x,Ze=z.y,_t=z.z):(Ae=0,Ze=0,_t=0);let lt=oe.convert(F.format),zt=oe.convert(F.type),Ee;F.isData3DTexture?(Oe.setTexture3D(F,0),Ee=U.TEXTURE_3D):F.isDataArrayTexture||F.isCompressedArrayTexture?(Oe.setTexture2DArray(F,0),Ee=U.TEXTURE_2D_ARRAY):(Oe.setTexture2D(F,0),Ee=U.TEXTURE_2D),ge.activeTexture(U.TEXTURE0),ge.pixelStorei(U.UNPACK_FLIP_Y_WEBGL,F.flipY),ge.pixelStorei(U.UNPACK_PREMULTIPLY_ALPHA_WEBGL,F.premultiplyAlpha),ge.pixelStorei(U.UNPACK_ALIGNMENT,F.unpackAlignment);let $t=ge.getParameter(U.UNPACK_ROW_LENGTH),it=ge.getParameter(U.UNPACK_IMAGE_HEIGHT),Bi=ge.getParameter(U.UNPACK_SKIP_PIXELS),Vt=ge.getParameter(U.UNPACK_SKIP_ROWS),Ya=ge.getParameter(U.UNPACK_SKIP_IMAGES);ge.pixelStorei(U.UNPACK_ROW_LENGTH,ut.width),ge.pixelStorei(U.UNPACK_IMAGE_HEIGHT,ut.height),ge.pixelStorei(U.UNPACK_SKIP_PIXELS,Ce),ge.pixelStorei(U.UNPACK_SKIP_ROWS,Be),ge.pixelStorei(U.UNPACK_SKIP_IMAGES,Ye);let ui=M.isDataArrayTexture||M.isData3DTexture,ki=F.isDataArrayTexture||F.isData3DTexture;if(M.isDepthTexture){let je=Ne.get(M),Ft=Ne.get(F),Mn=Ne.get(je.__renderTarget),xt=Ne.get(Ft.__renderTarget);ge.bindFramebuffer(U.READ_FRAMEBUFFER,Mn.__webglFramebuffer),ge.bindFramebuffer(U.DRAW_FRAMEBUFFER,xt.__webglFramebuffer);for(let It=0;It<ve;It++)ui&&(U.framebufferTextureLayer(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Ne.get(M).__webglTexture,G,Ye+It),U.framebufferTextureLayer(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Ne.get(F).__webglTexture,me,_t+It)),U.blitFramebuffer(Ce,Be,Ce+we,Be+de,Ae,Ze,Ae+we,Ze+de,U.DEPTH_BUFFER_BIT,U.NEAREST);ge.bindFramebuffer(U.READ_FRAMEBUFFER,null),ge.bindFramebuffer(U.DRAW_FRAMEBUFFER,null)}else if(G!==0||M.isRenderTargetTexture||Ne.has(M)){let je=Ne.get(M),Ft=Ne.get(F);ge.bindFramebuffer(U.READ_FRAMEBUFFER,R),ge.bindFramebuffer(U.DRAW_FRAMEBUFFER,D);for(let Mn=0;Mn<ve;Mn++)ui?U.framebufferTextureLayer(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,je.__webglTexture,G,Ye+Mn):U.framebufferTexture2D(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,je.__webglTexture,G),ki?U.framebufferTextureLayer(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Ft.__webglTexture,me,_t+Mn):U.framebufferTexture2D(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,Ft.__webglTexture,me),G!==0?U.blitFramebuffer(Ce,Be,Ce+we,Be+de,Ae,Ze,Ae+we,Ze+de,U.COLOR_BUFFER_BIT,U.NEAREST):ki?U.copyTexSubImage3D(Ee,me,Ae,Ze,_t+Mn,Ce,Be,we,de):U.copyTexSubImage2D(Ee,me,Ae,Ze,Ce,Be,we,de);ge.bindFramebuffer(U.READ_FRAMEBUFFER,null),ge.bindFramebuffer(U.DRAW_FRAMEBUFFER,null)}else ki?M.isDataTexture||M.isData3DTexture?U.texSubImage3D(Ee,me,Ae,Ze,_t,we,de,ve,lt,zt,ut.data):F.isCompressedArrayTexture?U.compressedTexSubImage3D(Ee,me,Ae,Ze,_t,we,de,ve,lt,ut.data):U.texSubImage3D(Ee,me,Ae,Ze,_t,we,de,ve,lt,zt,ut):M.isDataTexture?U.texSubImage2D(U.TEXTURE_2D,me,Ae,Ze,we,de,lt,zt,ut.data):M.isCompressedTexture?U.compressedTexSubImage2D(U.TEXTURE_2D,me,Ae,Ze,ut.width,ut.height,lt,ut.data):U.texSubImage2D(U.TEXTURE_2D,me,Ae,Ze,we,de,lt,zt,ut);ge.pixelStorei(U.UNPACK_ROW_LENGTH,$t),ge.pixelStorei(U.UNPACK_IMAGE_HEIGHT,it),ge.pixelStorei(U.UNPACK_SKIP_PIXELS,Bi),ge.pixelStorei(U.UNPACK_SKIP_ROWS,Vt),ge.pixelStorei(U.UNPACK_SKIP_IMAGES,Ya),me===0&&F.generateMipmaps===!0&&F.mipmapsAutoUpdate===!0&&U.generateMipmap(Ee),ge.unbindTexture()},this.initRenderTarget=function(M){Ne.get(M).__webglFramebuffer===void 0&&Oe.setupRenderTarget(M)},this.initTexture=function(M){M.isCubeTexture?Oe.setTextureCube(M,0):M.isData3DTexture?Oe.setTexture3D(M,0):M.isDataArrayTexture||M.isCompressedArrayTexture?Oe.setTexture2DArray(M,0):Oe.setTexture2D(M,0),ge.unbindTexture()},this.resetState=function(){H=0,k=0,K=null,ge.reset(),he.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return bn}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Ke._getDrawingBufferColorSpace(e),t.unpackColorSpace=Ke._getUnpackColorSpace()}};var Y0={type:"change"},Of={type:"start"},K0={type:"end"},Wc=new si,Z0=new an,pA=Math.cos(70*mf.DEG2RAD),Rt=new B,tn=2*Math.PI,rt={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},Ff=1e-6,$c=class extends Ca{constructor(e,t=null){super(e,t),this.state=rt.NONE,this.target=new B,this.cursor=new B,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:Ii.ROTATE,MIDDLE:Ii.DOLLY,RIGHT:Ii.PAN},this.touches={ONE:Li.ROTATE,TWO:Li.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new B,this._lastQuaternion=new on,this._lastTargetPosition=new B,this._quat=new on().setFromUnitVectors(e.up,new B(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new gs,this._sphericalDelta=new gs,this._scale=1,this._panOffset=new B,this._rotateStart=new Pe,this._rotateEnd=new Pe,this._rotateDelta=new Pe,this._panStart=new Pe,this._panEnd=new Pe,this._panDelta=new Pe,this._dollyStart=new Pe,this._dollyEnd=new Pe,this._dollyDelta=new Pe,this._dollyDirection=new B,this._mouse=new Pe,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=gA.bind(this),this._onPointerDown=mA.bind(this),this._onPointerUp=bA.bind(this),this._onContextMenu=wA.bind(this),this._onMouseWheel=_A.bind(this),this._onKeyDown=vA.bind(this),this._onTouchStart=MA.bind(this),this._onTouchMove=SA.bind(this),this._onMouseDown=xA.bind(this),this._onMouseMove=yA.bind(this),this._interceptControlDown=AA.bind(this),this._interceptControlUp=EA.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=rt.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(Y0),this.update(),this.state=rt.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;Rt.copy(t).sub(this.target),Rt.applyQuaternion(this._quat),this._spherical.setFromVector3(Rt),this.autoRotate&&this.state===rt.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let i=this.minAzimuthAngle,r=this.maxAzimuthAngle;isFinite(i)&&isFinite(r)&&(i<-Math.PI?i+=tn:i>Math.PI&&(i-=tn),r<-Math.PI?r+=tn:r>Math.PI&&(r-=tn),i<=r?this._spherical.theta=Math.max(i,Math.min(r,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(i+r)/2?Math.max(i,this._spherical.theta):Math.min(r,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let s=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let a=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),s=a!=this._spherical.radius}if(Rt.setFromSpherical(this._spherical),Rt.applyQuaternion(this._quatInverse),t.copy(this.target).add(Rt),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let a=null;if(this.object.isPerspectiveCamera){let o=Rt.length();a=this._clampDistance(o*this._scale);let l=o-a;this.object.position.addScaledVector(this._dollyDirection,l),this.object.updateMatrixWorld(),s=!!l}else if(this.object.isOrthographicCamera){let o=new B(this._mouse.x,this._mouse.y,0);o.unproject(this.object);let l=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),s=l!==this.object.zoom;let c=new B(this._mouse.x,this._mouse.y,0);c.unproject(this.object),this.object.position.sub(c).add(o),this.object.updateMatrixWorld(),a=Rt.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;a!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(a).add(this.object.position):(Wc.origin.copy(this.object.position),Wc.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(Wc.direction))<pA?this.object.lookAt(this.target):(Z0.setFromNormalAndCoplanarPoint(this.object.up,this.target),Wc.intersectPlane(Z0,this.target))))}else if(this.object.isOrthographicCamera){let a=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),a!==this.object.zoom&&(this.object.updateProjectionMatrix(),s=!0)}return this._scale=1,this._performCursorZoom=!1,s||this._lastPosition.distanceToSquared(this.object.position)>Ff||8*(1-this._lastQuaternion.dot(this.object.quaternion))>Ff||this._lastTargetPosition.distanceToSquared(this.target)>Ff?(this.dispatchEvent(Y0),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?tn/60*this.autoRotateSpeed*e:tn/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){Rt.setFromMatrixColumn(t,0),Rt.multiplyScalar(-e),this._panOffset.add(Rt)}_panUp(e,t){this.screenSpacePanning===!0?Rt.setFromMatrixColumn(t,1):(Rt.setFromMatrixColumn(t,0),Rt.crossVectors(this.object.up,Rt)),Rt.multiplyScalar(e),this._panOffset.add(Rt)}_pan(e,t){let i=this.domElement;if(this.object.isPerspectiveCamera){let r=this.object.position;Rt.copy(r).sub(this.target);let s=Rt.length();s*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*s/i.clientHeight,this.object.matrix),this._panUp(2*t*s/i.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/i.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/i.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let i=this.domElement.getBoundingClientRect(),r=e-i.left,s=t-i.top,a=i.width,o=i.height;this._mouse.x=r/a*2-1,this._mouse.y=-(s/o)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(tn*this._rotateDelta.x/t.clientHeight),this._rotateUp(tn*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(tn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-tn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(tn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-tn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._rotateStart.set(i,r)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panStart.set(i,r)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyStart.set(0,s)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let i=this._getSecondPointerPosition(e),r=.5*(e.pageX+i.x),s=.5*(e.pageY+i.y);this._rotateEnd.set(r,s)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(tn*this._rotateDelta.x/t.clientHeight),this._rotateUp(tn*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panEnd.set(i,r)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyEnd.set(0,s),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let a=(e.pageX+t.x)*.5,o=(e.pageY+t.y)*.5;this._updateZoomParameters(a,o)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new Pe,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,i={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:i.deltaY*=16;break;case 2:i.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(i.deltaY*=10),i}};function mA(n){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(n.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(n)&&(this._addPointer(n),n.pointerType==="touch"?this._onTouchStart(n):this._onMouseDown(n),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function gA(n){this.enabled!==!1&&(n.pointerType==="touch"?this._onTouchMove(n):this._onMouseMove(n))}function bA(n){switch(this._removePointer(n),this._pointers.length){case 0:this.domElement.releasePointerCapture(n.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(K0),this.state=rt.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function xA(n){let e;switch(n.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case Ii.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(n),this.state=rt.DOLLY;break;case Ii.ROTATE:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=rt.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=rt.ROTATE}break;case Ii.PAN:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=rt.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=rt.PAN}break;default:this.state=rt.NONE}this.state!==rt.NONE&&this.dispatchEvent(Of)}function yA(n){switch(this.state){case rt.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(n);break;case rt.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(n);break;case rt.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(n);break}}function _A(n){this.enabled===!1||this.enableZoom===!1||this.state!==rt.NONE||(n.preventDefault(),this.dispatchEvent(Of),this._handleMouseWheel(this._customWheelEvent(n)),this.dispatchEvent(K0))}function vA(n){this.enabled!==!1&&this._handleKeyDown(n)}function MA(n){switch(this._trackPointer(n),this._pointers.length){case 1:switch(this.touches.ONE){case Li.ROTATE:if(this.enableRotate===!1){this.state=rt.NONE;break}this._handleTouchStartRotate(n),this.state=rt.TOUCH_ROTATE;break;case Li.PAN:if(this.enablePan===!1){this.state=rt.NONE;break}this._handleTouchStartPan(n),this.state=rt.TOUCH_PAN;break;default:this.state=rt.NONE}break;case 2:switch(this.touches.TWO){case Li.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(n),this.state=rt.TOUCH_DOLLY_PAN;break;case Li.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(n),this.state=rt.TOUCH_DOLLY_ROTATE;break;default:this.state=rt.NONE}break;default:this.state=rt.NONE}this.state!==rt.NONE&&this.dispatchEvent(Of)}function SA(n){switch(this._trackPointer(n),this.state){case rt.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(n),this.update();break;case rt.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(n),this.update();break;case rt.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(n),this.update();break;case rt.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(n),this.update();break;default:this.state=rt.NONE}}function wA(n){this.enabled!==!1&&n.preventDefault()}function AA(n){n.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function EA(n){n.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function eb(n,e,t,i=2,r=.25){let s=Xc(n),a=Xc(e),o=t&&s>0&&a>0?a/s:1;o=Math.min(Math.max(o,r),1/r);let l=o<=1?i:i/o,c=o<=1?i*o:i;return{xs:n,ys:e,halfX:l/2,halfY:c/2}}function Xc(n){return n.length>1?n[n.length-1]-n[0]:0}function tb(n,e,t){let i=Xc(n);return i>0?(t-n[0])/i*2*e-e:0}function J0(n,e,t){let i=Xc(n);return i>0&&e>0?n[0]+(t+e)/(2*e)*i:n.length?n[0]:0}function Ss(n,e){return tb(n.xs,n.halfX,e)}function ws(n,e){return tb(n.ys,n.halfY,e)}function nb(n,e,t){return[J0(n.xs,n.halfX,e),J0(n.ys,n.halfY,t)]}function j0(n,e){let t=n.length;if(t===0)return 0;if(t===1)return n[0];let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function Q0(n,e){let t=n.length;if(t<=1||!(e>n[0]))return 0;if(e>=n[t-1])return t-1;let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function ib(n,e,t){let i=e?Math.log10(n[0]):n[0],r=e?Math.log10(n[1]):n[1];if(!(Number.isFinite(i)&&Number.isFinite(r)&&r>i)){let s=Number.isFinite(i)?i:Number.isFinite(r)?r:0,a=Math.abs(s)*1e-6||1e-6;i=s-a,r=s+a}return{lo:i,hi:r,log:e,height:t}}function Va(n,e){if(!Number.isFinite(e))return NaN;let i=((n.log?e>0?Math.log10(e):-1/0:e)-n.lo)/(n.hi-n.lo);return(i<=0?0:i>=1?1:i)*n.height}var Ga=(()=>{let n=new Float32Array(256);for(let e=0;e<256;e++){let t=e/255;n[e]=t<=.04045?t/12.92:Math.pow((t+.055)/1.055,2.4)}return n})();function rb(n,e){let t=n*e;return{nx:n,ny:e,positions:new Float32Array(t*3),normals:new Float32Array(t*3),colors:new Float32Array(t*3),index:new Uint32Array(Math.max(0,n-1)*Math.max(0,e-1)*6),indexCount:0,vertexCount:0,finite:new Uint8Array(t),indexChanged:!0,filled:!1}}function sb(n,e,t,i,r,s=!0){let{nx:a,ny:o,positions:l,normals:c,colors:h,index:f,finite:u}=n;if(e.length!==a*o)throw new Error(`grid has ${e.length} values, expected ny * nx = ${o} * ${a}`);let d=new Float32Array(a),p=new Float32Array(o);for(let w=0;w<a;w++)d[w]=Ss(t,t.xs[w]);for(let w=0;w<o;w++)p[w]=ws(t,t.ys[w]);let b=r?r.lut:null,g=s?Ga:null,m=n.filled;for(let w=0,x=0;w<o;w++)for(let S=0;S<a;S++,x++){let N=e[x],T=Va(i,N),P=T===T,I=P?1:0;u[x]!==I&&(m=!1),u[x]=I;let O=x*3;if(l[O]=d[S],l[O+1]=p[w],l[O+2]=P?T:0,b&&r)if(P){let R=r.lutOffset(N);g?(h[O]=g[b[R]],h[O+1]=g[b[R+1]],h[O+2]=g[b[R+2]]):(h[O]=b[R]/255,h[O+1]=b[R+1]/255,h[O+2]=b[R+2]/255)}else h[O]=h[O+1]=h[O+2]=.5}for(let w=0,x=0;w<o;w++)for(let S=0;S<a;S++,x++){let N=x*3,T=0,P=0;if(u[x]){let O=S>0&&u[x-1]?x-1:x,R=S<a-1&&u[x+1]?x+1:x;O!==R&&(T=(l[R*3+2]-l[O*3+2])/(l[R*3]-l[O*3]));let D=w>0&&u[x-a]?x-a:x,H=w<o-1&&u[x+a]?x+a:x;D!==H&&(P=(l[H*3+2]-l[D*3+2])/(l[H*3+1]-l[D*3+1])),Number.isFinite(T)||(T=0),Number.isFinite(P)||(P=0)}let I=Math.sqrt(T*T+P*P+1);c[N]=-T/I,c[N+1]=-P/I,c[N+2]=1/I}if(n.indexChanged=!m,n.filled=!0,m)return;let v=0,A=new Uint8Array(a*o),_=(w,x,S)=>{f[v++]=w,f[v++]=x,f[v++]=S,A[w]=A[x]=A[S]=1};for(let w=0;w<o-1;w++)for(let x=0;x<a-1;x++){let S=w*a+x,N=S+1,T=S+a,P=T+1,I=u[S],O=u[N],R=u[T],D=u[P],H=I+O+R+D;H===4?(_(S,N,P),_(S,P,T)):H===3&&(I?O?R?_(S,N,T):_(S,N,P):_(S,P,T):_(N,P,T))}let E=0;for(let w=0;w<A.length;w++)E+=A[w];n.indexCount=v,n.vertexCount=E}function ab(n,e){let{normals:t,colors:i}=n,[r,s,a]=e.dir,o=Math.hypot(r,s,a)||1,l=r/o,c=s/o,h=a/o;for(let f=0;f<i.length;f+=3){let u=t[f]*l+t[f+1]*c+t[f+2]*h,d=e.ambient+e.diffuse*(u>0?u:0);i[f]*=d,i[f+1]*=d,i[f+2]*=d}}var TA=0,CA=1,RA=2;function ob(n,e,t){let i=e.xs.length,r=0;for(let l=0;l<n.length;l++)Number.isFinite(n[l])||r++;let s=new Float32Array(r*3),a=new Uint8Array(r),o=0;for(let l=0;l<n.length;l++){let c=n[l];if(Number.isFinite(c))continue;let h=l%i,f=(l-h)/i;s[o*3]=Ss(e,e.xs[h]),s[o*3+1]=ws(e,e.ys[f]),s[o*3+2]=t,a[o]=c!==c?TA:c>0?CA:RA,o++}return{positions:s,kinds:a,count:r}}function PA(n,e,t,i,r){let s=e.xs.length,a=e.ys.length,o=Q0(e.xs,i),l=Q0(e.ys,r),c=Math.min(Math.floor(o),Math.max(s-2,0)),h=Math.min(Math.floor(l),Math.max(a-2,0)),f=s>1?o-c:0,u=a>1?l-h:0,d=0,p=0;for(let b=0;b<=1;b++)for(let g=0;g<=1;g++){let m=Math.min(c+g,s-1),v=Math.min(h+b,a-1),A=(g?f:1-f)*(b?u:1-u);if(A<=0)continue;let _=Va(t,n[v*s+m]);_===_&&(d+=A*_,p+=A)}return p>0?d/p:NaN}function lb(n,e,t,i,r){let s=new Float32Array(n.length*3);return n.forEach((a,o)=>{let l=Va(i,a.planeLoss);l!==l&&(l=PA(e,t,i,a.x,a.y)),l!==l&&(l=r),s[o*3]=Ss(t,a.x),s[o*3+1]=ws(t,a.y),s[o*3+2]=l}),s}function Uf(n,e,t,i=1/0){let{nx:r,ny:s,positions:a,finite:o}=n;if(r<2||s<2||!n.filled||n.indexCount===0)return null;let[l,c,h]=[e[0],e[1],e[2]],[f,u,d]=[t[0],t[1],t[2]],p=T=>a[T*3],b=T=>a[T*r*3+1],g=0,m=i,v=(T,P,I,O)=>{if(P===0)return T>=I&&T<=O;let R=(I-T)/P,D=(O-T)/P;return R>D&&([R,D]=[D,R]),R>g&&(g=R),D<m&&(m=D),g<=m};if(!v(l,f,p(0),p(r-1))||!v(c,u,b(0),b(s-1)))return null;let A=(T,P,I)=>{let O=0,R=P-2;for(;O<R;){let D=O+R+1>>1;T(D)<=I?O=D:R=D-1}return O},_=A(p,r,l+g*f),E=A(b,s,c+g*u),w=f>0?1:f<0?-1:0,x=u>0?1:u<0?-1:0,S=null,N=(T,P,I)=>{let O=a[T*3],R=a[T*3+1],D=a[T*3+2],H=a[P*3]-O,k=a[P*3+1]-R,K=a[P*3+2]-D,$=a[I*3]-O,Z=a[I*3+1]-R,ne=a[I*3+2]-D,ee=u*ne-d*Z,Me=d*$-f*ne,X=f*Z-u*$,ie=H*ee+k*Me+K*X;if(Math.abs(ie)<1e-14)return;let le=1/ie,be=l-O,te=c-R,Se=h-D,Xe=(be*ee+te*Me+Se*X)*le;if(Xe<-1e-7||Xe>1+1e-7)return;let Te=te*K-Se*k,qe=Se*H-be*K,et=be*k-te*H,xe=(f*Te+u*qe+d*et)*le;if(xe<-1e-7||Xe+xe>1+1e-7)return;let Je=($*Te+Z*qe+ne*et)*le;Je<0||Je>i||S&&Je>=S.t||(S={t:Je,a:T,b:P,c:I,wa:1-Xe-xe,wb:Xe,wc:xe})};for(let T=r+s+4;T>0;T--){let P=E*r+_,I=P+1,O=P+r,R=O+1,D=o[P]+o[I]+o[O]+o[R];if(D===4?(N(P,I,R),N(P,R,O)):D===3&&(o[P]?o[I]?o[O]?N(P,I,O):N(P,I,R):N(P,R,O):N(I,R,O)),S)return S;let H=w>0?(p(_+1)-l)/f:w<0?(p(_)-l)/f:1/0,k=x>0?(b(E+1)-c)/u:x<0?(b(E)-c)/u:1/0,K=Math.min(H,k);if(!(K<m)||(H<=K&&(_+=w),k<=K&&(E+=x),_<0||E<0||_>r-2||E>s-2))break}return S}function cb(n,e,t){let i=n[e.a],r=n[e.b],s=n[e.c];return t&&i>0&&r>0&&s>0?Math.pow(10,e.wa*Math.log10(i)+e.wb*Math.log10(r)+e.wc*Math.log10(s)):e.wa*i+e.wb*r+e.wc*s}function hb(n,e,t,i,r){let s=t[i*3]-e[0],a=t[i*3+1]-e[1],o=t[i*3+2]-e[2],l=Math.hypot(s,a,o);return l>r?Uf(n,e,[s/l,a/l,o/l],l-r)===null:!0}function ub(n,e,t,i,r,s=1/0){let a=-1,o=s;for(let l=0;l<e;l++){let c=n[l*3]-i[0],h=n[l*3+1]-i[1],f=n[l*3+2]-i[2],u=t(l),d=c*r[0]+h*r[1]+f*r[2],p=c*c+h*h+f*f-d*d;if(p>u*u)continue;let b=Math.sqrt(u*u-p),g=d-b>=0?d-b:d+b;g>=0&&g<=o&&(a=l,o=g)}return a}function fb(n,e,t,i){let r=[],s=i*i;for(let a=0;a*2<n.length;a++){let o=n[a*2]-e,l=n[a*2+1]-t,c=o*o+l*l;c<=s&&r.push([c,a])}return r.sort((a,o)=>a[0]-o[0]||o[1]-a[1]),r.map(a=>a[1])}function db(n,e,t){let i=0;for(let o of n)for(let l of o.lines)i+=Math.max(0,l.length-1);let r=new Float32Array(i*6),s=new Uint16Array(i),a=0;return n.forEach((o,l)=>{for(let c of o.lines){let h=0,f=0;c.forEach(([u,d],p)=>{let b=Ss(e,j0(e.xs,u)),g=ws(e,j0(e.ys,d));if(p>0){let m=a*6;r[m]=h,r[m+1]=f,r[m+2]=t,r[m+3]=b,r[m+4]=g,r[m+5]=t,s[a++]=l}h=b,f=g})}}),{positions:r,level:s,segments:i}}var IA=2,Xa=1,As=-.22,LA=10,pb=30,NA=78,mb=-60*Math.PI/180,gb=28*Math.PI/180,Bf=6.2,Ha=new B(0,0,(As+Xa)/2-.05),DA={dir:[-2,-3,6],ambient:.5,diffuse:.6},qc=10*Math.PI/180,bb=.85,xb=.028,yb=.055,FA=9,OA=12,_b=`
.tbl-surface { display: inline-block; }
.tbl-surface-canvas { display: block; outline: none; cursor: grab; touch-action: none; border-radius: 2px; }
.tbl-surface-canvas:active { cursor: grabbing; }
.tbl-surface-canvas:focus-visible { outline: 2px solid var(--tbl-accent, #f57c00); outline-offset: 1px; }
.tbl-surface .tbl-readout, .tbl-surface .tbl-legend { margin-left: 0; }
.tbl-surface-hint { color: var(--tbl-muted, #616161); font-size: 11px; margin-top: 2px; }
.tbl-surface-message {
  color: var(--tbl-muted, #616161); font-size: 13px; padding: 24px 16px;
  border: 1px dashed var(--tbl-border, #e0e0e0); border-radius: 3px; max-width: 480px;
}
`,Yc=class{constructor(){this.element=re("div",{class:"tbl-surface"});this.figure=re("div",{class:"tbl-row tbl-surface-figure"});this.canvas=re("canvas",{"data-testid":"surface",class:"tbl-surface-canvas",tabindex:0,role:"img","aria-label":"3D loss surface: drag to orbit, scroll or +/- to zoom, arrow keys to turn, 0 or double-click to reset"});this.colorbar=new _i;this.readout=re("div",{class:"tbl-readout","data-testid":"readout-3d"},[" "]);this.hint=re("div",{class:"tbl-surface-hint"},["drag: orbit · right-drag: pan · scroll / + −: zoom · arrows: turn · 0 or double-click: reset"]);this.legendSlot=re("div");this.message=re("div",{class:"tbl-surface-message","data-testid":"surface-message",hidden:!0});this.renderer=null;this.controls=null;this.glError=null;this.scene=new ca;this.camera=new qt(pb,1.2,.05,100);this.size=[0,0];this.surfaceMaterial=new rr({vertexColors:!0,side:_n,polygonOffset:!0,polygonOffsetFactor:1,polygonOffsetUnits:1});this.surfaceMesh=new Kt(new St,this.surfaceMaterial);this.surf=null;this.floorMaterial=new rr({vertexColors:!0,polygonOffset:!0,polygonOffsetFactor:2,polygonOffsetUnits:2});this.floor=new Kt(UA(new ar(1,1)),this.floorMaterial);this.frameMaterial=new Ti({vertexColors:!0});this.frameLines=new us(new St,this.frameMaterial);this.contourMaterial=new Ti({vertexColors:!0});this.contours=new us(new St,this.contourMaterial);this.dot=kA();this.marksMaterial=new fs({size:7,sizeAttenuation:!1,vertexColors:!0,map:this.dot,alphaTest:.5,transparent:!1});this.marks=new ma(new St,this.marksMaterial);this.pathLineMaterial=new Ti({vertexColors:!0});this.pathLine=new hs(new St,this.pathLineMaterial);this.sphere=new ya(1,12,8);this.pathMaterial=new _a;this.pathDots=new sr(this.sphere,this.pathMaterial,1);this.labels=new Map;this.shown=null;this.theme=null;this.raycaster=new Ta;this.hoverAt=null;this.hoverFrame=0;this.cleanups=[];this.disposed=!1;this.figure.append(this.canvas,this.colorbar.element),this.element.append(this.figure,this.readout,this.legendSlot,this.hint,this.message),this.element.dataset.vertices="0",this.element.dataset.pathPoints="0",this.camera.up.set(0,0,1),this.placeCamera(),this.element.dataset.camera=this.cameraKey(),this.scene.add(new Sa(16777215,5592405,1.9));let e=new Ea(16777215,1.9);if(e.position.set(-2,-3,6),this.scene.add(e),this.floor.position.z=As,this.pathDots.count=0,this.marks.frustumCulled=!1,this.contours.frustumCulled=!1,this.pathLine.frustumCulled=!1,this.pathDots.frustumCulled=!1,this.scene.add(this.floor,this.frameLines,this.contours,this.surfaceMesh,this.marks,this.pathLine,this.pathDots),this.listen(this.canvas,"dblclick",()=>this.resetView()),this.listen(this.canvas,"keydown",t=>this.onKey(t)),this.listen(this.canvas,"pointermove",t=>this.onPointerMove(t)),this.listen(this.canvas,"pointerleave",()=>this.onPointerLeave()),this.cleanups.push(()=>{this.hoverFrame&&cancelAnimationFrame(this.hoverFrame),this.hoverFrame=0}),typeof MutationObserver=="function"){let t=new MutationObserver(()=>{!this.shown||!this.renderer||(this.applyTheme(!0),this.render())});t.observe(document.documentElement,{attributes:!0,attributeFilter:["class","style"]}),this.cleanups.push(()=>t.disconnect())}}draw(e,t){if(this.disposed)return;if(e.header.dims!==2){this.showMessage("3D needs a 2D landscape");return}let i=Ot(e,t.metric);if(!this.ensureRenderer()){this.showMessage(`3D view unavailable: ${this.glError}. The 2D view works without WebGL.`);return}this.message.hidden=!0,this.figure.hidden=!1,this.hint.hidden=!1,this.resize(t),this.applyTheme(!1);let{nx:r,ny:s}=e,[a,o]=e.header.axes,l=e.header.metrics[t.metric]??"",c=eb(a.coords,o.coords,a.unit===o.unit,IA),h=t.scale==="log",f=Pr(i,t.domain,t.scale)??(h?[.1,1]:[0,1]),u=ib(f,h,Xa),d=new xi(f,{scale:t.scale,palette:t.palette}),p=this.surfaceBuffers(r,s);sb(p,i,c,u,d,!0),ab(p,DA);let b=this.surfaceMesh.geometry;for(let O of["position","normal","color"]){let R=b.getAttribute(O);R.needsUpdate=!0}if(p.indexChanged){let O=b.getIndex();O.clearUpdateRanges(),O.addUpdateRange(0,Math.max(1,p.indexCount)),O.needsUpdate=!0,b.setDrawRange(0,p.indexCount)}let g=b.boundingBox??(b.boundingBox=new xn);g.min.set(-c.halfX,-c.halfY,0),g.max.set(c.halfX,c.halfY,Xa);let m=b.boundingSphere??(b.boundingSphere=new yn);g.getBoundingSphere(m),this.floor.scale.set(2*c.halfX+.16,2*c.halfY+.16,1);let v=ob(i,c,As+.004);if(this.fillMarks(v.positions,v.kinds,v.count),t.floorContours){let O=So(f,t.scale,LA),R=db(Uo(i,r,s,O),c,As+.002),D=new Float32Array(R.segments*6),H=O.map(k=>Wa(d.color(k)));for(let k=0;k<R.segments;k++){let K=H[R.level[k]];D.set(K,k*6),D.set(K,k*6+3)}this.fillLines(this.contours,R.positions,D,R.segments*2)}else this.fillLines(this.contours,new Float32Array(0),new Float32Array(0),0);let A=e.header.trajectory,_=t.path&&A&&A.y?Ir(A):[],E=lb(_,i,c,u,As+.01);this.fillPath(_,E);let w=Rr(f,t.scale,4);this.drawFrame(e,c,u,l,w);let x=br(i),S=di(i,f),[N,T]=e.header.center,P=Math.max(60,Math.round(this.size[1]*.6));this.colorbar.draw(d,P,l+(h?" (log)":""),{top:Math.round(this.size[1]*.12),clip:S});let I=_.length;this.legendSlot.replaceChildren(Nr(x,{hatched:!1,note:"no surface there; dots on the floor",center:{text:`centre (${We(N)}, ${We(T)})`,mark:"cross"},clip:{...S,low:d.colorAt(0),high:d.colorAt(1)},path:I>0?{count:I,first:_[0].step,last:_[I-1].step,early:Lr(0,I),late:Lr(I-1,I)}:null})),this.shown={frame:e,values:i,layout:c,hs:u,metricName:l,points:_,pathPositions:E,zTicks:w},this.element.dataset.vertices=String(p.vertexCount),this.element.dataset.pathPoints=String(_.length),this.render()}toPng(){return this.render(),dr(this.element,e=>e===this.readout||e===this.hint)}resetView(){this.controls?this.controls.reset():this.placeCamera(),this.render()}dispose(){if(this.disposed)return;this.disposed=!0,this.cleanups.forEach(i=>i()),this.cleanups.length=0,this.controls?.dispose(),this.controls=null;let e=new Set,t=i=>{i&&!e.has(i)&&(e.add(i),i.dispose())};this.scene.traverse(i=>{let r=i;t(r.geometry);let s=r.material;Array.isArray(s)?s.forEach(t):t(s),i instanceof cs&&t(i.material.map),i instanceof sr&&t(i)}),t(this.sphere),t(this.dot),this.labels.clear(),this.scene.clear(),this.shown=null,this.renderer&&(this.renderer.dispose(),this.renderer.forceContextLoss(),this.renderer=null)}listen(e,t,i){e.addEventListener(t,i),this.cleanups.push(()=>e.removeEventListener(t,i))}ensureRenderer(){if(this.renderer)return!0;if(this.glError)return!1;try{this.renderer=new Vc({canvas:this.canvas,antialias:!BA(),preserveDrawingBuffer:!0})}catch(t){return this.glError=`WebGL could not be started (${t.message||String(t)})`,!1}this.renderer.outputColorSpace=Bt,this.renderer.setPixelRatio(Math.max(1,Math.min(2,window.devicePixelRatio||1)));let e=new $c(this.camera,this.canvas);return e.target.copy(Ha),e.enableDamping=!1,e.minDistance=1.2,e.maxDistance=30,e.update(),e.saveState(),e.addEventListener("change",()=>this.render()),this.controls=e,this.listen(this.canvas,"webglcontextrestored",()=>this.render()),!0}showMessage(e){this.message.textContent=e,this.message.hidden=!1,this.figure.hidden=!0,this.hint.hidden=!0,this.readout.textContent=" ",this.legendSlot.replaceChildren(),this.shown=null,this.element.dataset.vertices="0",this.element.dataset.pathPoints="0"}placeCamera(){let e=Math.cos(gb);this.camera.position.set(Ha.x+Bf*e*Math.cos(mb),Ha.y+Bf*e*Math.sin(mb),Ha.z+Bf*Math.sin(gb)),this.camera.lookAt(Ha)}resize(e){let t=Math.max(120,Math.round(e.fit?e.fit.height:e.maxSide)),i=e.fit?Math.max(160,Math.min(Math.round(e.fit.width)-NA,2*t)):Math.round(t*1.25);this.size[0]===i&&this.size[1]===t||(this.size=[i,t],this.renderer.setSize(i,t),this.camera.aspect=i/t,this.camera.updateProjectionMatrix(),this.clearLabels())}render(){!this.renderer||this.disposed||(this.renderer.render(this.scene,this.camera),this.element.dataset.camera=this.cameraKey())}cameraKey(){let e=this.camera.position;return`${e.x.toFixed(2)},${e.y.toFixed(2)},${e.z.toFixed(2)}`}applyTheme(e){let t=document.documentElement,i=getComputedStyle(t),r=t.classList.contains("tbl-dark"),s={bg:i.getPropertyValue("--tbl-bg").trim()||(r?"#303030":"#ffffff"),fg:i.getPropertyValue("--tbl-fg").trim()||(r?"#eeeeee":"#212121"),muted:i.getPropertyValue("--tbl-muted").trim()||(r?"#bdbdbd":"#616161"),dark:r},a=this.theme;if(!e&&a&&a.bg===s.bg&&a.fg===s.fg&&a.muted===s.muted)return;this.theme=s;let o=kf(s.bg,r?3158064:16777215),l=kf(s.fg,r?15658734:2171169);if(this.renderer?.setClearColor(o,1),this.floorMaterial.color.copy(o).lerp(l,r?.08:.045),this.frameMaterial.color.copy(kf(s.muted,8947848)),e&&this.shown){let c=this.shown;this.drawFrame(c.frame,c.layout,c.hs,c.metricName,c.zTicks)}}surfaceBuffers(e,t){if(this.surf&&this.surf.nx===e&&this.surf.ny===t)return this.surf;let i=rb(e,t),r=new St;return r.setAttribute("position",new Mt(i.positions,3).setUsage(Fi)),r.setAttribute("normal",new Mt(i.normals,3).setUsage(Fi)),r.setAttribute("color",new Mt(i.colors,3).setUsage(Fi)),r.setIndex(new Mt(i.index,1).setUsage(Fi)),this.surfaceMesh.geometry.dispose(),this.surfaceMesh.geometry=r,this.surf=i,i}fillLines(e,t,i,r){let s=zf(e,r);s.getAttribute("position").array.set(t.subarray(0,r*3)),s.getAttribute("color").array.set(i.subarray(0,r*3)),Vf(s,r)}fillMarks(e,t,i){let r=zf(this.marks,i);r.getAttribute("position").array.set(e.subarray(0,i*3));let s=r.getAttribute("color").array,a=[Wa(Zi),Wa(Ki),Wa(Ji)];for(let o=0;o<i;o++)s.set(a[t[o]],o*3);Vf(r,i)}fillPath(e,t){let i=e.length,r=new Float32Array(i*3);for(let o=0;o<i;o++)r.set(Wa(Lr(o,i)),o*3);this.fillLines(this.pathLine,t,r,i),i>this.pathDots.instanceMatrix.count&&(this.scene.remove(this.pathDots),this.pathDots.dispose(),this.pathDots=new sr(this.sphere,this.pathMaterial,Math.max(i,2*this.pathDots.instanceMatrix.count)),this.pathDots.frustumCulled=!1,this.scene.add(this.pathDots));let s=new Qe,a=new ke;for(let o=0;o<i;o++){let l=o===i-1?yb:xb;s.makeScale(l,l,l).setPosition(t[o*3],t[o*3+1],t[o*3+2]),this.pathDots.setMatrixAt(o,s);let c=r.subarray(o*3,o*3+3);this.pathDots.setColorAt(o,a.setRGB(c[0],c[1],c[2]))}this.pathDots.count=i,this.pathDots.instanceMatrix.needsUpdate=!0,this.pathDots.instanceColor&&(this.pathDots.instanceColor.needsUpdate=!0)}drawFrame(e,t,i,r,s){let{halfX:a,halfY:o}=t,l=As,c=[],h=(N,T)=>c.push(...N,...T);h([-a,-o,l],[a,-o,l]),h([a,-o,l],[a,o,l]),h([a,o,l],[-a,o,l]),h([-a,o,l],[-a,-o,l]),h([-a,o,l],[-a,o,Xa]);let f=s.map(N=>Va(i,N.value));for(let N of f)h([-a,o,N],[-a-.05,o,N]);let[u,d]=e.header.center,p=Ss(t,u),b=ws(t,d);Number.isFinite(p)&&Number.isFinite(b)&&(h([p-.06,b,l+.003],[p+.06,b,l+.003]),h([p,b-.06,l+.003],[p,b+.06,l+.003]));let g=new Float32Array(c),m=zf(this.frameLines,g.length/3);m.getAttribute("position").array.set(g),m.getAttribute("color").array.fill(1),Vf(m,g.length/3);let[v,A]=e.header.axes,_=t.xs,E=t.ys,w=[["xt",v.label||"x",new B(0,-o-.32,l),.5,.5],["x0",We(_[0]),new B(-a,-o-.12,l),.5,.5],["x1",We(_[_.length-1]),new B(a,-o-.12,l),.5,.5],["yt",A.label||"y",new B(a+.32,0,l),.5,.5],["y0",We(E[0]),new B(a+.12,-o,l),.5,.5],["y1",We(E[E.length-1]),new B(a+.12,o,l),.5,.5],["zt",r+(i.log?" (log)":""),new B(-a,o,Xa+.14),.5,.5]];s.forEach((N,T)=>w.push([`z${T}`,N.label,new B(-a-.08,o,f[T]),1,.5]));let x=this.theme,S=new Set;for(let[N,T,P,I,O]of w){let R=N.endsWith("t")?x.muted:x.fg,D=`${N}\0${T}\0${R}`;S.add(D);let H=this.labels.get(D);H||(H=zA(T,R,this.labelScale()),this.labels.set(D,H),this.scene.add(H)),H.position.copy(P),H.center.set(I,O)}for(let[N,T]of this.labels)S.has(N)||(this.scene.remove(T),T.material.map?.dispose(),T.material.dispose(),this.labels.delete(N))}labelScale(){let e=this.size[1]||480;return OA/e*2*Math.tan(pb/2*Math.PI/180)}clearLabels(){for(let e of this.labels.values())this.scene.remove(e),e.material.map?.dispose(),e.material.dispose();this.labels.clear()}onKey(e){if(!this.controls||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.controls.target,i=this.camera.position.clone().sub(t),r=i.length(),s=Math.atan2(i.y,i.x),a=Math.acos(Math.min(1,Math.max(-1,i.z/r)));switch(e.key){case"ArrowLeft":s-=qc;break;case"ArrowRight":s+=qc;break;case"ArrowUp":a-=qc/2;break;case"ArrowDown":a+=qc/2;break;case"+":case"=":r*=bb;break;case"-":case"_":r/=bb;break;case"0":e.preventDefault(),e.stopPropagation(),this.resetView();return;default:return}e.preventDefault(),e.stopPropagation(),a=Math.min(Math.PI-.02,Math.max(.02,a)),r=Math.min(this.controls.maxDistance,Math.max(this.controls.minDistance,r)),this.camera.position.set(t.x+r*Math.sin(a)*Math.cos(s),t.y+r*Math.sin(a)*Math.sin(s),t.z+r*Math.cos(a)),this.camera.lookAt(t),this.controls.update(),this.render()}onPointerMove(e){!this.shown||!this.renderer||e.buttons!==0||(this.hoverAt=[e.clientX,e.clientY],!this.hoverFrame&&(this.hoverFrame=requestAnimationFrame(()=>{this.hoverFrame=0;let t=this.hoverAt;this.hoverAt=null,t&&!this.disposed&&this.hover(t[0],t[1])})))}onPointerLeave(){this.hoverFrame&&cancelAnimationFrame(this.hoverFrame),this.hoverFrame=0,this.hoverAt=null,this.readout.textContent=" "}hover(e,t){let i=this.shown,r=this.surf;if(!i||!r)return;let s=this.canvas.getBoundingClientRect();if(!(s.width>0&&s.height>0))return;let a=e-s.left,o=t-s.top;this.raycaster.setFromCamera(new Pe(a/s.width*2-1,1-o/s.height*2),this.camera);let{origin:l,direction:c}=this.raycaster.ray,h=[l.x,l.y,l.z],f=[c.x,c.y,c.z],u=Uf(r,h,f),d=i.points.length,p=_=>_===d-1?yb:xb,b=-1;if(d>0){let _=new Float32Array(d*2),E=new B;for(let x=0;x<d;x++){E.set(i.pathPositions[x*3],i.pathPositions[x*3+1],i.pathPositions[x*3+2]).project(this.camera);let S=E.z>=-1&&E.z<=1;_[x*2]=S?(E.x+1)/2*s.width:1/0,_[x*2+1]=S?(1-E.y)/2*s.height:1/0}let w=[this.camera.position.x,this.camera.position.y,this.camera.position.z];for(let x of fb(_,a,o,FA))if(hb(r,w,i.pathPositions,x,p(x))){b=x;break}b<0&&(b=ub(i.pathPositions,d,p,h,f,u?u.t:1/0))}if(this.element.dataset.hover=b>=0?`path:${b}`:u?"surface":"",b>=0){let _=i.points[b];this.readout.textContent=`step ${_.step}: on-plane loss = ${We(_.planeLoss)}, true loss = ${We(_.trueLoss)}, residual = ${We(_.residual)}`;return}if(!u){this.readout.textContent=" ";return}let[g,m]=nb(i.layout,h[0]+u.t*f[0],h[1]+u.t*f[1]),[v,A]=i.frame.header.axes;this.readout.textContent=`${v.label||"x"} = ${We(g)}, ${A.label||"y"} = ${We(m)}: ${i.metricName} = ${We(cb(i.values,u,i.hs.log))}`}};function Wa(n){return[Ga[n[0]],Ga[n[1]],Ga[n[2]]]}function kf(n,e){let t=new ke(e);if(/^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|[a-z]+)$/i.test(n)){let i=console.warn;console.warn=()=>{};try{t.setStyle(n)}finally{console.warn=i}}return t}function zf(n,e){let t=n.geometry,i=t.getAttribute("position");if(i&&i.count>=e)return t;let r=Math.max(e,2*(i?.count??0),16),s=new St;return s.setAttribute("position",new Mt(new Float32Array(r*3),3).setUsage(Fi)),s.setAttribute("color",new Mt(new Float32Array(r*3),3).setUsage(Fi)),t.dispose(),n.geometry=s,s}function UA(n){let e=n.getAttribute("position").count;return n.setAttribute("color",new Mt(new Float32Array(e*3).fill(1),3)),n}function Vf(n,e){for(let t of["position","color"]){let i=n.getAttribute(t);i&&(i.clearUpdateRanges(),i.addUpdateRange(0,Math.max(e,1)*3),i.needsUpdate=!0)}n.setDrawRange(0,e)}var $a=null;function BA(){if($a!==null)return $a;$a=!1;try{let n=document.createElement("canvas").getContext("webgl");if(n){let e=n.getExtension("WEBGL_debug_renderer_info"),t=String(n.getParameter(e?e.UNMASKED_RENDERER_WEBGL:n.RENDERER));$a=/swiftshader|llvmpipe|softpipe|software|basic render/i.test(t),n.getExtension("WEBGL_lose_context")?.loseContext()}}catch{}return $a}function kA(){let n=document.createElement("canvas");n.width=n.height=32;let e=n.getContext("2d");e&&(e.fillStyle="#ffffff",e.beginPath(),e.arc(16,16,14,0,2*Math.PI),e.fill());let t=new ds(n);return t.colorSpace=Bt,t}function zA(n,e,t){let r=document.createElement("canvas"),s=r.getContext("2d"),a=`${40*.8}px Roboto, "Helvetica Neue", Arial, sans-serif`,o=8;s&&(s.font=a,o=Math.ceil(s.measureText(n).width)+8),r.width=Math.min(2048,o),r.height=40,s&&(s.font=a,s.fillStyle=e,s.textBaseline="middle",s.fillText(n,4,40/2));let l=new ds(r);l.colorSpace=Bt;let c=new cs(new ls({map:l,transparent:!0,depthTest:!1,sizeAttenuation:!1}));return c.scale.set(t*r.width/40,t,1),c.renderOrder=10,c}function Es(n){switch(n){case"2d":return new ko;case"3d":return new Yc;case"1d":return new Fo}}function vb(){return`
${$m}
${_b}
`}var VA=90;function GA(n){return Es(n===2?"2d":"1d")}var Zc=class{constructor(){this.element=re("div",{class:"tbl-compare-area","data-testid":"compare"});this.grid=re("div",{class:"tbl-compare"});this.bar=new _i;this.tiles=new Map;this.bar.element.dataset.testid="shared-colorbar",this.element.append(this.grid,re("div",{class:"tbl-compare-bar"},[this.bar.element]))}show(e,t,i,r){let s=e.map(u=>u.frame).filter(u=>u!==null),a=Math.max(0,...s.map(u=>xm(u,"equal"))),o=ym(e.length,{width:r.width-VA,height:r.height},a);this.grid.style.gridTemplateColumns=`repeat(${o.columns}, max-content)`;let l={...i,fit:o.fit,aspect:"equal",colorbar:!1,overlays:[]},c=new Set(e.map(u=>u.run));for(let[u,d]of this.tiles)c.has(u)||(d.renderer?.dispose(),d.element.remove(),this.tiles.delete(u));let h=[];for(let u of e){let d=this.tiles.get(u.run)??this.newTile(u.run);d.caption.textContent=u.caption;let p=u.frame?u.frame.header.metrics.indexOf(t):-1,b=u.message??(u.frame&&p<0?`no metric "${t}"`:null);if(!u.frame||b)d.message.textContent=b??"no record",d.message.hidden=!1,d.slot.hidden=!0;else{let g=u.frame.header.dims;(!d.renderer||d.dims!==g)&&(d.renderer?.dispose(),d.renderer=GA(g),d.dims=g,d.slot.replaceChildren(d.renderer.element)),d.message.hidden=!0,d.slot.hidden=!1,d.renderer.draw(u.frame,{...l,metric:p})}h.push(d.element)}let f=Array.from(this.grid.children);(f.length!==h.length||f.some((u,d)=>u!==h[d]))&&this.grid.replaceChildren(...h),this.drawBar(s.filter(u=>u.header.dims===2),t,i)}drawBar(e,t,i){let r=this.grid.querySelector(".tbl-tile:not([hidden]) canvas.tbl-plot"),s=this.bar.element.parentElement;if(s.hidden=!i.domain||e.length===0||!r,s.hidden||!i.domain||!r)return;let a=new xi(i.domain,{scale:i.scale,palette:i.palette}),o={below:0,above:0};for(let h of e){let f=h.header.metrics.indexOf(t);if(f<0)continue;let u=di(Ot(h,f),i.domain);o.below+=u.below,o.above+=u.above}let l=r.getBoundingClientRect(),c=Math.max(25,Math.round(l.top-this.element.getBoundingClientRect().top));this.bar.draw(a,Math.max(60,Math.round(l.height)),t+(i.scale==="log"?" (log)":""),{top:c,clip:o})}resetView(){for(let e of this.tiles.values())e.renderer?.resetView()}dispose(){for(let e of this.tiles.values())e.renderer?.dispose();this.tiles.clear(),this.grid.replaceChildren()}newTile(e){let t=re("div",{class:"tbl-tile-name",title:e},[e]),i=re("div",{class:"tbl-tile-caption"}),r=re("div",{class:"tbl-tile-message",hidden:!0}),s=re("div",{class:"tbl-tile-plot"}),o={element:re("div",{class:"tbl-tile","data-run":e},[t,i,r,s]),name:t,caption:i,message:r,slot:s,renderer:null,dims:null};return this.tiles.set(e,o),o}},Kc=class{constructor(){this.element=re("div",{class:"tbl-diff","data-testid":"diff"});this.caption=re("div",{class:"tbl-diff-caption"});this.message=re("div",{class:"tbl-diff-message","data-testid":"diff-message",role:"alert",hidden:!0});this.slot=re("div");this.renderer=null;this.dims=null;this.element.append(this.caption,this.message,this.slot)}get current(){return this.renderer&&!this.slot.hidden?this.renderer:null}show(e,t,i){this.caption.textContent=t,(!this.renderer||this.dims!==e.header.dims)&&(this.renderer?.dispose(),this.renderer=Es(e.header.dims===2?"2d":"1d"),this.dims=e.header.dims,this.slot.replaceChildren(this.renderer.element)),this.message.hidden=!0,this.slot.hidden=!1,this.renderer.draw(e,i)}showMessage(e,t,i){this.caption.textContent=e,this.message.textContent=t,this.message.title=i??"",this.message.hidden=!1,this.slot.hidden=!0}resetView(){this.renderer?.resetView()}dispose(){this.renderer?.dispose(),this.renderer=null,this.dims=null,this.slot.replaceChildren()}};var HA=980,WA=270,$A=64,XA=16,Jc={width:300,height:260},qA=40,jc=class{constructor(){this.element=re("div",{class:"tbl-main",hidden:!0});this.title=re("div",{class:"tbl-title","data-testid":"title"});this.meta=re("div",{class:"tbl-meta"});this.note=re("div",{class:"tbl-note","data-testid":"note"});this.message=re("div",{class:"tbl-message","data-testid":"message"});this.hint=re("div",{class:"tbl-hint","data-testid":"hint",hidden:!0});this.hintText=re("span");this.hintButton=pn("use the log scale","log-hint","Log colour scale for all tiles");this.slot=re("div",{class:"tbl-view"});this.tiles=new Zc;this.diffView=new Kc;this.exportable=null;this.renderer=null;this.rendererKind=null;this.panel=null;this.observer=null;this.cleanups=[];this.hint.append(this.hintText,this.hintButton),this.element.append(this.title,this.meta,this.note,this.message,this.hint,this.slot)}watch(e){let t=0,i=()=>{t||(t=requestAnimationFrame(()=>(t=0,e())))};window.addEventListener("resize",i),this.cleanups.push(()=>window.removeEventListener("resize",i)),typeof ResizeObserver=="function"&&(this.observer=new ResizeObserver(i),this.observer.observe(this.slot))}space(){let e=this.element.parentElement,t=this.element.hidden&&e?e.getBoundingClientRect():this.slot.getBoundingClientRect(),i=Math.floor(this.element.hidden&&e?e.clientWidth-32:t.width),r=(this.element.hidden?t.bottom+qA:t.top)+window.scrollY,s=Math.floor(window.innerHeight-r-XA),a=i>=HA,o={width:Math.max(Jc.width,a?i-WA:i),height:Math.max(Jc.height,a?s:s-$A)};return this.slot.classList.toggle("tbl-wide",a),{fit:o,wide:a,slot:{width:Math.max(Jc.width,i),height:Math.max(Jc.height,s)}}}mainRenderer(e){if(this.show("main"),!this.renderer||this.rendererKind!==e){this.renderer?.dispose(),this.renderer=null;try{this.renderer=Es(e)}catch(t){this.message.textContent=`The ${e.toUpperCase()} view is not available here: ${t.message}`,this.renderer=Es(e==="3d"?"2d":"1d")}this.rendererKind=e,this.slot.replaceChildren(this.renderer.element)}return this.renderer}show(e){if(e!=="tiles"&&this.suggest(null),e===this.panel)return;this.panel=e,e!=="main"&&(this.message.textContent="");let t=e==="main"?this.renderer?.element:e==="tiles"?this.tiles.element:this.diffView.element;this.slot.replaceChildren(...t?[t]:[])}caption(e,t){this.title.textContent=e,this.meta.textContent=t}suggest(e){this.hint.hidden=e===null,this.hintText.textContent=e??""}drawTimed(e){let t=performance.now();e(),performance.mark("tbl-drawn"),window.__TBL_LAST_DRAW_MS=performance.now()-t,window.__TBL_DRAWS=(window.__TBL_DRAWS??0)+1}resetView(){this.renderer?.resetView(),this.tiles.resetView(),this.diffView.resetView()}clear(){this.exportable=null,this.element.hidden=!0,this.note.textContent="",this.message.textContent="",this.suggest(null)}dispose(){this.observer?.disconnect(),this.cleanups.forEach(e=>e()),this.renderer?.dispose(),this.tiles.dispose(),this.diffView.dispose()}};function YA(){try{return window.parent!==window&&window.parent.document.body.classList.contains("dark-mode")}catch{return!1}}function ZA(){return typeof window.matchMedia=="function"&&window.matchMedia("(prefers-color-scheme: dark)").matches}function KA(){return YA()||ZA()}function Mb(n){let e=()=>n.classList.toggle("tbl-dark",KA());e();let t=[];if(typeof window.matchMedia=="function"){let i=window.matchMedia("(prefers-color-scheme: dark)");i.addEventListener("change",e),t.push(()=>i.removeEventListener("change",e))}try{if(window.parent!==window){let i=window.parent.document.body,r=new MutationObserver(e);r.observe(i,{attributes:!0,attributeFilter:["class"]}),t.push(()=>r.disconnect())}}catch{}return()=>t.forEach(i=>i())}var JA=150,Sb="landscape";function wb(n,e){return e!==null&&n.includes(e)?e:n[0]??null}var Qc=class{constructor(e){this.opts=e;this.root=re("div",{class:"tbl-root"});this.state=$n;this.loaded=Vi;this.otherSteps=new Map;this.latestAtPin=null;this.controls=[];this.places={toolbar:re("div",{class:"tbl-toolbar"}),options:re("div",{class:"tbl-toolbar tbl-options"}),evolution:re("div",{class:"tbl-evolution"}),compare:re("div",{class:"tbl-compare-panel"})};this.status=re("span",{class:"tbl-status","data-testid":"status",role:"status"});this.helpButton=pn("?","help",`Keyboard shortcuts: ${Mh.map(([e,t])=>`${e}: ${t}`).join("; ")}`);this.helpPanel=re("div",{class:"tbl-help","data-testid":"help-panel",hidden:!0},Yd());this.resetViewButton=pn("reset view","reset-view","Back to the initial zoom / camera");this.exportButtons={png:pn("PNG","export-png","Save the picture as PNG, titled with run, tag, step and metric"),csv:pn("CSV","export-csv","Save the grid as CSV"),json:pn("JSON","export-json","Save the grid as JSON")};this.exportGroup=re("span",{class:"tbl-export",role:"group","aria-label":"Export"});this.playButton=pn("▶","play","Play / pause (Space)");this.slider=re("input",{type:"range","data-testid":"step-slider",min:0,max:0,step:1,value:0,"aria-label":"Step"});this.stepLabel=re("span",{class:"tbl-step-label","data-testid":"step-label"});this.liveButton=pn("","live-indicator","New steps were logged: jump to the latest (End)");this.empty=re("div",{class:"tbl-empty","data-testid":"empty",hidden:!0},Zd());this.stage=new jc;this.drawnStep=null;this.requestedKey=null;this.seq=0;this.drawnSeq=0;this.selection=0;this.prefetching=!1;this.generation=0;this.inflight=null;this.timer=null;this.urlTimer=null;this.hash=Jd();this.stopTheme=null;this.lastError=null;this.stopped=!1;this.cleanups=[];this.loader=new ro(t=>e.api.landscape(t.run,t.tag,t.step)),this.player=new so({speed:()=>this.state.play.speed,drawn:()=>this.drawnSeq===this.seq,index:()=>this.currentIndex(),count:()=>this.loaded.steps.length,go:t=>this.setIndex(t),changed:t=>{this.playButton.textContent=t?"❚❚":"▶",this.playButton.setAttribute("aria-pressed",String(t))}}),this.build(),this.setStatus("loading","Loading…"),this.wire()}build(){for(let a of xh){if(!a.control)continue;let o=$d(a);o.onChange(l=>this.choose(a,l)),this.controls.push(o)}let e=a=>this.controls.filter(o=>o.option.place===a).map(o=>o.element),{toolbar:t,options:i,evolution:r,compare:s}=this.places;this.helpButton.setAttribute("aria-expanded","false"),t.append(...e("toolbar"),this.status,re("span",{class:"tbl-spacer"}),this.helpButton),this.exportGroup.append("Export",this.exportButtons.png,this.exportButtons.csv,this.exportButtons.json),i.append(...e("options"),this.resetViewButton,this.exportGroup),this.liveButton.hidden=!0,this.liveButton.classList.add("tbl-live"),this.playButton.setAttribute("aria-pressed","false"),this.playButton.classList.add("tbl-play"),r.append(this.playButton,this.slider,this.stepLabel,this.liveButton,...e("evolution")),s.append(...e("compare")),this.root.append(t,this.helpPanel,i,r,s,this.empty,this.stage.element),this.showPanels()}wire(){let e=(r,s,a)=>r.addEventListener(s,a);e(this.resetViewButton,"click",()=>this.stage.resetView());for(let r of["png","csv","json"])e(this.exportButtons[r],"click",()=>{this.export(r)});e(this.playButton,"click",()=>this.player.toggle());let t=0;e(this.slider,"input",()=>{t||(t=requestAnimationFrame(()=>{t=0,this.setIndex(Number(this.slider.value))}))}),e(this.liveButton,"click",()=>this.goLatest()),e(this.helpButton,"click",()=>this.toggleHelp()),e(this.stage.hintButton,"click",()=>this.choose(Fs.scale,"log"));let i=r=>this.onKey(r);document.addEventListener("keydown",i),this.cleanups.push(()=>document.removeEventListener("keydown",i))}choose(e,t){if(this.state=e.set(this.state,t,this.ctx()),e.selects){this.selectionChanged();return}e===Fs.speed&&this.player.retime(),this.saveUrl(),uh(this.state,this.loaded).some(r=>r!==this.state.run&&!this.otherSteps.has(r))?this.refresh():this.update()}ctx(){return Ds(this.state,this.loaded)}start(){this.state=Gd(this.hash.get(),Sb),this.stopTheme=Mb(document.documentElement),this.stage.watch(()=>this.update()),window.__TBL_DRAWS=window.__TBL_DRAWS??0,window.__TBL_APP={setStep:e=>{let t=Xn(this.loaded),i=t.indexOf(e),r=i>=0?i:to(t,e);r>=0&&this.setIndex(r)},steps:()=>Xn(this.loaded)},this.refresh().then(()=>this.schedule())}stop(){this.stopped=!0,this.timer!==null&&clearTimeout(this.timer),this.urlTimer!==null&&clearTimeout(this.urlTimer),this.timer=this.urlTimer=null,this.player.stop(),this.generation++,this.loader.cancelPending(),this.stopTheme?.(),this.cleanups.forEach(e=>e()),this.stage.dispose()}schedule(){this.opts.pollMs<=0||this.stopped||(this.timer=setTimeout(async()=>{!this.inflight&&!document.hidden&&await this.refresh(),this.schedule()},this.opts.pollMs))}selectionChanged(){this.clearView(),this.state={...this.state,step:null},this.latestAtPin=null,this.setStatus("loading","Loading…"),this.saveUrl(),this.refresh()}refresh(){let e=++this.generation,t=this.load(e).finally(()=>{this.inflight===t&&(this.inflight=null)});return this.inflight=t,t}async load(e){let t=()=>e===this.generation&&!this.stopped;try{let i=await this.opts.api.tags();if(!t()||!this.takeTags(i))return;let{run:r,tag:s}=this.state,a=uh(this.state,this.loaded).filter(c=>c!==r),[o,...l]=await Promise.all([this.opts.api.steps(r,s),...a.map(c=>this.opts.api.steps(c,s).catch(()=>null))]);if(!t())return;this.otherSteps.clear(),a.forEach((c,h)=>{let f=l[h];f&&this.otherSteps.set(c,f.steps)}),this.takeSteps(o)}catch(i){if(!t())return;this.fail(i)}}takeTags(e){let t=yh(Object.keys(e).filter(o=>Object.keys(e[o]).length>0));if(t.length===0)return this.showEmpty(),!1;this.empty.hidden=!0;let i=wb(t,this.state.run),r=yh(Object.keys(e[i])),s=wb(r,this.state.tag);(i!==this.state.run||s!==this.state.tag)&&(this.drawnStep!==null?(this.clearView(),this.state={...this.state,step:null},this.latestAtPin=null):this.selection++,this.state={...this.state,run:i,tag:s},this.saveUrl());let a=s===null?[]:t.filter(o=>e[o][s]!==void 0);return this.loaded={...this.loaded,runs:t,tags:r,runsWithTag:a},this.syncControls(),s!==null}takeSteps(e){if(this.showSkipped(e),this.loaded={...this.loaded,steps:e.steps},e.steps.length===0){let t=e.skipped[0];this.setStatus("error",t?`No readable record for this run and tag (step ${t.step}: ${t.error})`:"No readable record for this run and tag.");return}this.lastError=null,this.state.step!==null&&this.latestAtPin===null&&(this.latestAtPin=e.steps[e.steps.length-1].step),this.update()}fail(e){let t=Kd(e);t!==this.lastError&&console.warn("tb-landscape:",e),this.lastError=t,this.setStatus("error",t)}stepsOf(e){return e===this.state.run?this.loaded.steps:this.otherSteps.get(e)??[]}update(){if(this.stopped)return;this.syncControls();let e=_m({state:this.state,loaded:this.loaded,stepsOf:s=>this.stepsOf(s)},this.stage);if(!e)return;if(e.key===this.requestedKey){this.drawnSeq===this.seq&&this.setStatus("ready",this.readyText());return}this.requestedKey=e.key;let t=++this.seq,i=this.selection,r=e.needs.map(s=>this.loader.cached(s.ref)??null);if(r.every(s=>s!==null))this.commit(t,i,e,r);else{this.setStatus("loading",`Loading step ${e.step}…`);let s=e.needs.map((a,o)=>r[o]?Promise.resolve(r[o]):this.loader.load(a.ref).catch(l=>a.optional&&!(l instanceof mr)?null:Promise.reject(l)));Promise.all(s).then(a=>this.commit(t,i,e,a),a=>{t!==this.seq||i!==this.selection||a instanceof mr||(this.requestedKey=null,this.player.stop(),this.fail(a))})}this.prefetch()}commit(e,t,i,r){if(!(e<=this.drawnSeq||t!==this.selection||this.stopped)){this.drawnSeq=e;try{i.draw(r)}catch(s){this.fail(s);return}this.stage.element.hidden=!1,this.drawnStep=i.step;for(let s of Object.values(this.exportButtons))s.disabled=this.stage.exportable===null;e===this.seq?this.setStatus("ready",this.readyText()):this.setStatus("loading",this.status.textContent??""),JSON.stringify(this.stage.space())!==i.space&&requestAnimationFrame(()=>this.update())}}prefetch(){let{run:e,tag:t}=this.state;if(!this.prefetching||e===null||t===null)return;let i=_d(this.loaded.steps,this.currentIndex(),this.loader.cache.maxBytes*.75,r=>id(r.shape),r=>this.loader.isHeld(bi(t,e,r)));this.loader.prefetch(i.map(r=>bi(t,e,r)))}setIndex(e){let t=Xn(this.loaded);if(t.length===0)return;let i=Math.max(0,Math.min(t.length-1,e));this.prefetching=!0;let r=null;i===t.length-1?this.latestAtPin=null:(this.state.step===null&&(this.latestAtPin=t[t.length-1]),r=t[i]),this.state={...this.state,step:r},this.saveUrl(),this.update()}currentIndex(){return zi(Xn(this.loaded),this.state.step)}goLatest(){this.setIndex(this.loaded.steps.length-1)}syncControls(){let e=this.ctx();for(let t of this.controls){let i=t.option,r=t.sync(e);i.adopt&&r!==void 0&&i.codec.format(r)!==i.codec.format(i.get(this.state))&&(this.state=i.set(this.state,r,e),this.saveUrl())}this.syncSteps(),this.showPanels()}syncSteps(){let e=Xn(this.loaded),t=e.length,i=zi(e,this.state.step);this.slider.max=String(Math.max(0,t-1)),this.slider.value=String(Math.max(0,i)),this.slider.disabled=t<2,this.playButton.disabled=t<2;let r=i>=0?e[i]:null;this.slider.setAttribute("aria-valuetext",r===null?"no step":`step ${r}`),this.stepLabel.textContent=r===null?"":`step ${r} (${i+1}/${t})${this.state.step===null?" · latest":""}`;let s=t?e[t-1]:null,a=this.state.step!==null&&s!==null&&this.latestAtPin!==null&&s>this.latestAtPin;this.liveButton.hidden=!a,a&&(this.liveButton.textContent=`● new step ${s}`)}showPanels(){let e=this.ctx(),t=this.loaded.steps.length>0;this.places.options.hidden=!t,this.places.evolution.hidden=!t||e.diffing&&e.state.compare.diff?.kind==="steps",this.places.compare.hidden=!t||e.view!=="compare",this.exportGroup.hidden=e.view==="compare"&&!e.diffing}toggleHelp(){this.helpPanel.hidden=!this.helpPanel.hidden,this.helpButton.setAttribute("aria-expanded",String(!this.helpPanel.hidden))}setView(e){let t=Fs.view;t.control.enabled(this.ctx(),e)&&this.choose(t,e)}onKey(e){if(e.defaultPrevented||this.loaded.steps.length===0&&e.key!=="?")return;let t=e.target instanceof HTMLElement?e.target:document.body,i=t.tagName==="CANVAS"||t.tagName==="svg",r={ctrl:e.ctrlKey,alt:e.altKey,meta:e.metaKey},s=wd(e.key,{tag:t.tagName,type:t.type,editable:t.isContentEditable},r);s&&(i&&(s.kind==="step"||s.kind==="first"||s.kind==="latest")||(e.preventDefault(),s.kind==="step"?this.setIndex(this.currentIndex()+s.delta):s.kind==="first"?this.setIndex(0):s.kind==="latest"?this.goLatest():s.kind==="play"?this.player.toggle():s.kind==="view"?this.setView(s.view):this.toggleHelp()))}async export(e){let t=this.stage.exportable;if(!t)return;let i=cd(t.name,e);try{let r;if(e==="png"){if(!t.renderer)throw new Error("nothing drawn");r=await qd(await t.renderer.toPng(),t.title)}else e==="csv"?r=new Blob([od(t.frame)],{type:"text/csv"}):r=new Blob([ld(t.frame)],{type:"application/json"});Xd(r,i),this.exportGroup.title=`Saved ${i}`}catch(r){this.exportGroup.title=`Export failed: ${r.message}`,this.stage.message.textContent=`Export failed: ${r.message}`}}saveUrl(){this.urlTimer!==null&&clearTimeout(this.urlTimer),this.urlTimer=setTimeout(()=>{this.urlTimer=null;try{let e=this.hash.get(),t=Hd(e,this.state,Sb);t!==e&&this.hash.set(t)}catch(e){console.warn("tb-landscape: cannot write the URL",e)}},JA)}readyText(){let e=this.loaded.steps.length;return`Step ${this.drawnStep} · ${e} step${e===1?"":"s"} logged`}showSkipped(e){let t=e.skipped.length,i=e.skipped[0];this.stage.note.textContent=t===0?"":`${t} record${t===1?"":"s"} could not be read and ${t===1?"is":"are"} not shown (step ${i.step}: ${i.error}${t>1?"; …":""}).`}clearView(){this.selection++,this.player.stop(),this.loader.cancelPending(),this.prefetching=!1,this.drawnStep=null,this.requestedKey=null,this.loaded={...this.loaded,steps:[]},this.otherSteps.clear(),this.stage.clear(),this.showPanels()}showEmpty(){this.clearView(),this.state={...this.state,run:null,tag:null},this.loaded=Vi,this.empty.hidden=!1,this.syncControls(),this.setStatus("empty","No landscape data.")}setStatus(e,t){e!=="error"&&(this.lastError=null),this.status.dataset.state=e,this.status.dataset.step=this.drawnStep===null?"":String(this.drawnStep),this.status.textContent=t}};var Ab=`
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
`;var jA=5e3;function QA(n,e){let t=[new URLSearchParams(n).get("poll"),e];for(let i of t){if(i==null||i==="")continue;let r=Number(i);if(Number.isFinite(r)&&r>=0)return r}return jA}function eE(n){if(!n||n.body)return!0;if(n.editable)return!1;let e=n.tag.toUpperCase();return e!=="INPUT"&&e!=="TEXTAREA"&&e!=="SELECT"}function tE(n=window){try{if(n.parent===n){let e=n.document.activeElement;if(e&&e!==n.document.body&&e!==n.document.documentElement)return!1}else{let e=n.parent.document,t=e.activeElement,i=n.frameElement,r=t===null||t===i?null:{tag:t.tagName,editable:t.isContentEditable,body:t===e.body||t===e.documentElement};if(!eE(r))return!1;i?.focus({preventScroll:!0})}return n.focus(),n.document.body.focus({preventScroll:!0}),!0}catch{return!1}}var eh=null;function sL(){if(eh)return;let n=document.createElement("style");n.textContent=Ab+vb(),document.head.append(n),eh=new Qc({api:new ja,pollMs:QA(window.location.search,window.__TBL_POLL_MS)}),document.body.tabIndex=-1,document.body.append(eh.root),eh.start(),tE()}export{tE as claimFocus,eE as mayTakeFocus,QA as pollInterval,sL as render};
